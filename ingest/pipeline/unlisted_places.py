"""Villages the gazetteer does not list, recognised from how the text introduces them.

GeoNames (populated places of 1,000+ people) misses most villages where rural attacks happen.
A reporter names such a place with the word that says what it is: "the village of Takoubatt",
"Kairu village", "Gidan Dawa, a village in Maru local government area", "Komanda, a town in
Ituri province". Such a name is a settlement of the country the article is about, in the region
the text places it in ("in Ituri province"), else in the region the article names most.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ingest.pipeline.locate import (
    _NOT_LOCATION_BEFORE,
    LEVEL_ADMIN1,
    LEVEL_CITY,
    LEVEL_COUNTRY,
    Located,
    country_for_demonym,
)
from ingest.pipeline.types import GEO_PRECISION_EXACT, GEO_PRECISION_NEAR, Span

_SETTLEMENT = r"(?:village|town|hamlet|settlement|locality)"
# A capitalised name of one to three words, with Arabic-style "al-" and French "de"/"des" inside.
_NAME = (
    r"(?:(?:al|el|ad|ash|as|ar|at|az|an)-)?[A-Z][\w'’]*(?:-[\w'’]+)*"
    r"(?:\s(?:(?:de|des|du|la|el|al)[\s-])?[A-Z][\w'’]*(?:-[\w'’]+)*){0,2}"
)
_PATTERNS = (
    # "the village of Takoubatt", "a town called Natogyi"
    re.compile(
        rf"\b(?:the|a|an)\s+(?:small\s+|remote\s+|nearby\s+|farming\s+|fishing\s+|border\s+)?"
        rf"{_SETTLEMENT}\s+(?:of|called|named)\s+(?P<name>{_NAME})"
    ),
    # "Kairu village", "Ywa Thit village"
    re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})\s+{_SETTLEMENT}\b(?!\s+(?:hall|council|square))"),
    # "Gidan Dawa, a village in Maru", "Kokorou, a rural commune in the same region"
    re.compile(
        rf"(?<![\w'’-])(?P<name>{_NAME}),\s+(?:a|an)\s+(?:[a-z]+\s+){{0,2}}"
        rf"(?:{_SETTLEMENT}|commune)\b"
    ),
)
# Names introduced only by their position: "near Bodhei in Lamu County", "on the road between
# Elwak and Kotulo". They count only when the text then places them in a known region, or (roads)
# names the other end of the road.
_NEAR_IN_REGION = re.compile(rf"\bnear\s+(?P<name>{_NAME})(?=,?\s+in\s)")
_ROAD_FROM = re.compile(
    rf"\b(?:road|highway|route)\s+(?:between|linking|connecting|from)\s+(?P<name>{_NAME})"
    rf"\s+(?:and|to)\s+(?:the\s+(?:town|village)\s+of\s+)?[A-Z]"
)
# Names placed by an apposition that says where they lie, after a locative preposition: "in
# Panyume, in Central Equatoria's Morobo County", "in Djiguibombo, about 20 kilometres east of
# Bandiagara", "at Awdheegle, about 30 km to the north-east", "in Kolofata, near the Nigerian
# border", "in Boulkessi, in central Mali", "in the Barmal district of Paktika province".
_PLACED_CANDIDATE = re.compile(
    rf"(?:\b(?:in|at|near|outside|around|from|nearby)\s+|"
    rf"\b(?:outskirts|entrance|edge|forests?|hills)\s+of\s+)(?:nearby\s+)?(?P<name>{_NAME})"
)
_ZONE_WORD = (
    r"(?i:zone|district|county|region|province|state|division|sub-?division|sub-?prefecture|"
    r"prefecture|department|municipality|commune|chiefdom|territory|governorate|area|"
    r"local\s+government\s+area|LGA|tehsil|township|oblast|raion)"
)
# "the Lainya county commissioner", "Nasir County": a second-level unit named after its seat,
# so the bare name after a preposition ("near Lainya") is that town.
_UNIT_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})\s+(?i:county|district|sub-?county|municipality|tehsil|"
    r"chiefdom|sub-?prefecture|commune)\b"
)
_CAP = r"[A-Z][\w'’-]*"
_PLACED_AFTER = re.compile(
    # ", about 20 kilometres east of ...", " 30 km from ..."
    r"^,?\s+(?:(?:about|some|roughly|around|nearly|just|only|approximately)\s+)?"
    r"\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\b|"
    # ", near the Nigerian border"
    r"^,\s+(?:near|on|along|close\s+to)\s+the\s+(?:[\w-]+\s+){0,2}border\b|"
    # ", in central Mali", ", in northern Burkina Faso"
    r"^,\s+(?:in|near)\s+(?:the\s+)?(?:far\s+)?(?:central|(?:north|south)(?:-?(?:east|west))?ern|"
    r"eastern|western)\s+[A-Z]|"
    # ", in the municipality of Argelia"
    rf"^,\s+in\s+(?:the\s+)?{_ZONE_WORD}\s+of\s+[A-Z]|"
    # ", in Central Equatoria's Morobo County", ", in South Wollo zone", ", in the Damboa area"
    rf"^,?\s+in\s+(?:the\s+)?(?:{_CAP}(?:\s+{_CAP}){{0,2}}'s\s+)?{_CAP}(?:\s+{_CAP}){{0,2}}\s+"
    rf"{_ZONE_WORD}\b"
)
# "in the Barmal district of Paktika province", "in the Rukha district of Panjshir".
_DISTRICT_OF = re.compile(
    rf"\bthe\s+(?P<name>{_NAME})\s+(?:district|sub-?district|county|tehsil|municipality)\s+"
    r"(?:of|in)\s+(?:[A-Z]|the\s+[A-Z])"
)
# "attacked Ocholonya community in Agatu Local Government Area" (Nigerian usage).
_COMMUNITY_IN = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})\s+community\s+(?:in|of)\s+(?:the\s+)?[A-Z]"
)
# "attacked the Djaiba displacement site": a camp named after its place.
_SITE_OF = re.compile(
    rf"\bthe\s+(?P<name>{_NAME})\s+(?:displacement|IDP|displaced\s+persons'?)\s+(?:site|camp)\b"
)
# Words that start a capitalised run but are not part of a place name.
_NOT_NAME = frozenset(
    {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "and",
        "or",
        "but",
        "near",
        "from",
        "to",
        "by",
        "for",
        "with",
        "after",
        "before",
        "during",
        "since",
        "when",
        "while",
        "as",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "it",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "some",
        "many",
        "several",
        "every",
        "each",
        "another",
        "other",
        "new",
        "old",
    }
)
# After the name: "in Ituri province", "in Bungudu local government area", "in Mandalay region".
_IN_PLACE = re.compile(
    r"^(?:\s+village|\s+town)?,?\s+(?:\w+\s+){0,6}?(?:in|of)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+'s\s+)?(?:[a-z]+\s+)?$"
)


def _trim(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in _NOT_NAME:
        words.pop(0)
    return " ".join(words)


def _dominant_country(located: list[Located]) -> str | None:
    # A country named outright ("in Niger") says more than a region's name read in passing.
    votes: Counter[str] = Counter()
    for loc in located:
        if loc.country:
            votes[loc.country] += 2 if loc.level == LEVEL_COUNTRY else 1
    if not votes:
        return None
    (top, n), *rest = [*votes.most_common(2), (None, 0)]
    return top if n > rest[0][1] else None


def unlisted_settlements(text: str, located: list[Located]) -> list[Located]:
    """Settlements introduced as such ("the village of X") that no gazetteer mention covers.

    A gazetteer match of the same name in another country than the article's is replaced: "the
    village of Mangusu" in a Congo story is not Mangusu in the Philippines.
    """
    country = _dominant_country(located)
    taken = {(loc.span.start, loc.span.end): loc for loc in located}
    admin1_votes = Counter(loc.admin1 for loc in located if loc.country == country and loc.admin1)
    found: dict[int, Located] = {}
    unit_names = {_trim(m.group("name")) for m in _UNIT_NAME.finditer(text)}
    for pattern in (
        *_PATTERNS,
        _NEAR_IN_REGION,
        _ROAD_FROM,
        _PLACED_CANDIDATE,
        _DISTRICT_OF,
        _COMMUNITY_IN,
        _SITE_OF,
    ):
        for m in pattern.finditer(text):
            raw = m.group("name")
            name = _trim(raw)
            if not name or len(name) < 3 or country_for_demonym(name):
                continue  # "the central Somali town of ...": a demonym, not a village
            start = m.start("name") + (len(raw) - len(raw.lstrip())) + raw.find(name)
            end = start + len(name)
            if start in found:
                continue
            if pattern is _DISTRICT_OF and not _region_holds(text, m.end(), located):
                continue  # "the Dweilaa district of Damascus": a quarter of a city
            if (
                pattern is _PLACED_CANDIDATE
                and not _placed(text, start, end)
                and name not in unit_names
            ):
                continue
            if pattern in _PLACED_PATTERNS and (
                (
                    _NOT_LOCATION_BEFORE.search(text[max(0, start - 70) : start])
                    and not _MEASURED_FROM.search(text[max(0, start - 40) : start])
                )
                or not _name_like(name)
            ):
                continue
            after = _region_after(text, end, located)
            if pattern is _NEAR_IN_REGION and (after is None or after.level == LEVEL_CITY):
                continue  # "near Kyiv in ...": only a region named right after makes it a place
            region = after or _region_before(start, located)
            if region is not None and country is not None and region.country != country:
                region = None  # "in Mambasa territory" read as Mombasa, Kenya, in a Congo story
            here = country or (region.country if region is not None else None)
            if here is None:
                continue
            overlapping = [loc for (s, e), loc in taken.items() if s < end and start < e]
            told_region = after or _region_in_sentence(text, start, located)
            if any(
                loc.level in (LEVEL_ADMIN1, LEVEL_COUNTRY)
                or (
                    loc.country == here
                    # "In the Bryansk region, ... near the village of Glotovka": not the
                    # Glotovka of another region the index lists.
                    and not (
                        told_region is not None
                        and told_region.country == here
                        and told_region.admin1
                        and loc.admin1
                        and loc.admin1 != told_region.admin1
                    )
                )
                for loc in overlapping
            ):
                continue  # the gazetteer knows it (or it is a region or a country)
            if overlapping and told_region is not None and told_region.country == here:
                region = told_region
            admin1 = (
                region.admin1
                if region is not None
                else (admin1_votes.most_common(1)[0][0] if admin1_votes else None)
            )
            near = re.search(
                r"\b(?:near|outside|close\s+to)\s+(?:the\s+\w+\s+of\s+)?$",
                text[max(0, start - 40) : start],
            )
            found[start] = Located(
                key=f"city:{here}:{name}",
                level=LEVEL_CITY,
                name=name,
                country=here,
                admin1=admin1,
                latitude=None,
                longitude=None,
                district=None,
                precision=GEO_PRECISION_NEAR if near else GEO_PRECISION_EXACT,
                span=Span(start, end),
                kind="city",
            )
    return list(found.values())


_LANDMARK_BEFORE = re.compile(
    r"(?:\d\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\(\s*\d+\s*miles?\s*\)\s+)?(?:[\w-]+\s+)?"
    r"(?:of|from)|\b(?:north|south|east|west)(?:[\s-]*(?:east|west))?\s+of|\bnear|\boutside)\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|capital)\s+of\s+)?$",
    re.IGNORECASE,
)
_PLACED_PATTERNS = (_PLACED_CANDIDATE, _DISTRICT_OF, _COMMUNITY_IN, _SITE_OF)
# "about 5 km from Mboki": a distance measured from the place, not a journey from it.
_MEASURED_FROM = re.compile(r"\d\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+)?from\s+$")


def _region_holds(text: str, pos: int, located: list[Located]) -> bool:
    """What follows "the X district of" is a region or a country, not a city."""
    after = [loc for loc in located if pos - 6 <= loc.span.start <= pos + 30]
    if not after:
        return bool(re.match(r"[^.,;]{0,30}?\b(?:province|region|state|governorate)\b", text[pos:]))
    first = min(after, key=lambda x: x.span.start)
    return first.level in (LEVEL_ADMIN1, LEVEL_COUNTRY)


def _placed(text: str, start: int, end: int) -> bool:
    """The name is followed by an apposition that places it ("X, about 20 km east of Y")."""
    return bool(_PLACED_AFTER.match(text[end : end + 120]))


def _name_like(name: str) -> bool:
    """Capitalised words with lower-case letters (not an acronym, not a common word)."""
    words = name.split()
    return all(any(c.islower() for c in w) for w in words) and name.lower() not in _NOT_NAME


def _region_after(text: str, end: int, located: list[Located]) -> Located | None:
    """The region of "X, a village in <place>" / "X in <place> district", when the text says."""
    after = [
        loc
        for loc in located
        if end <= loc.span.start <= end + 80
        and loc.level != LEVEL_COUNTRY
        # "a town about 160 km north of Addis Ababa": a landmark, not the town's region
        and not _LANDMARK_BEFORE.search(text[max(0, loc.span.start - 50) : loc.span.start])
    ]
    if not after:
        return None
    first = min(after, key=lambda x: x.span.start)
    if first.admin1 and _IN_PLACE.match(text[end : first.span.start]):
        return first
    return None


def _region_in_sentence(text: str, start: int, located: list[Located]) -> Located | None:
    """A region named earlier in the same sentence ("In the Bryansk region, ... Glotovka")."""
    region = _region_before(start, located)
    if region is None or re.search(r"[.!?]\s|\n", text[region.span.end : start]):
        return None
    return region


def _region_before(start: int, located: list[Located]) -> Located | None:
    """The region named last before the village in its passage ("In the Bryansk region, ...")."""
    before = [
        loc for loc in located if start - 300 <= loc.span.end <= start and loc.level == LEVEL_ADMIN1
    ]
    return max(before, key=lambda x: x.span.start) if before else None


def with_unlisted(text: str, located: list[Located]) -> list[Located]:
    """``located`` plus unlisted settlements, foreign-country homonyms of them dropped."""
    extra = unlisted_settlements(text, located)
    if not extra:
        return located
    spans = [(x.span.start, x.span.end) for x in extra]
    kept = [
        loc for loc in located if not any(s < loc.span.end and loc.span.start < e for s, e in spans)
    ]
    # Once introduced ("the village of Kairu"), the bare name elsewhere is the same place.
    seen = {(x.span.start, x.span.end) for x in extra}
    for x in list(extra):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(x.name)}(?![\w’-])", text):
            span = (m.start(), m.end())
            if span in seen or any(s < span[1] and span[0] < e for s, e in spans):
                continue
            clash = [loc for loc in kept if loc.span.start < span[1] and span[0] < loc.span.end]
            if clash and not all(
                loc.level == LEVEL_CITY and loc.country != x.country for loc in clash
            ):
                continue
            # "Mansi's main market" after "the town of Mansi": not Muncie, Indiana.
            kept = [loc for loc in kept if not any(loc is c for c in clash)]
            if _NOT_LOCATION_BEFORE.search(text[max(0, span[0] - 70) : span[0]]) and not (
                _MEASURED_FROM.search(text[max(0, span[0] - 40) : span[0]])
            ):
                continue  # "families from Muidumbe", "evacuated to X": not where it happened
            seen.add(span)
            extra.append(replace(x, span=Span(*span), precision=GEO_PRECISION_EXACT))
    return sorted(kept + extra, key=lambda x: x.span.start)

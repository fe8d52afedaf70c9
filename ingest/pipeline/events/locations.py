"""Which place mentions can be event locations.

A place name is not always a location: a capital standing for its government ("Moscow's
offensive"), a river or a front line ("the Dnipro river", "the Pokrovsk direction"), an area
summed over ("strikes across the Gaza Strip"), or a site named after some faraway town ("the
Naivasha market" in a Sudanese city). Distances ("30 km north of X") make X a reference point.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.pipeline.actor_tables import CAPITALS
from ingest.pipeline.actors import ActorMention
from ingest.pipeline.locate import LEVEL_COUNTRY, Located
from ingest.pipeline.types import GEO_PRECISION_NEAR, Span

# "the Dnipro river", "the Pokrovsk front", "the Kupiansk direction": geography, not a place hit.
_FEATURE_AFTER = re.compile(
    r"^(?:'s)?\s+(?:river|riverbank|river\s+bank|front(?:line)?|front\s+line|direction|axis|"
    r"sector|reservoir|dam|canal|valley|mountains|hills|lake|gulf|bay|sea|strait|corridor|"
    r"pipeline|basin)\b",
    re.IGNORECASE,
)
# "across the Gaza Strip", "throughout Sudan": a total over an area, not one incident's place.
_AGGREGATE_BEFORE = re.compile(
    r"\b(?:across|throughout|all\s+over|nationwide\s+in|around\s+the\s+country\s+of)\s+"
    r"(?:the\s+|much\s+of\s+(?:the\s+)?|all\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "the Naivasha market", "Al-Shifa hospital": a site named after a place, inside the place hit.
_SITE_AFTER = re.compile(
    r"^\s+(?:market|marketplace|hospital|clinic|road|street|avenue|highway|bridge|square|mosque|"
    r"church|school|university|stadium|airport|airbase|air\s+base|station|hotel|prison|camp|"
    r"neighbourhood|neighborhood|quarter|roundabout|junction|gate|plant|factory|depot)\b",
    re.IGNORECASE,
)
# A capital standing for its government: "Moscow's push", "Kyiv's drones".
_POSSESSIVE_PLACE_NOUN = re.compile(
    r"^'s\s+(?:(?:northern|southern|eastern|western|central|main|largest|biggest|old|"
    r"historic)\s+)?(?:outskirts|suburbs?|centre|center|districts?|neighbou?rhoods?|streets|"
    r"residents|mayor|governor|airport|port|city|inhabitants|population|hospitals?|schools?|"
    r"buildings|skyline|metro|outlying|railway|train|power|water|region|oblast|province|"
    r"administration|military\s+administration|authorities|police)\b",
    re.IGNORECASE,
)
# "about 30 kilometres north-east of X": X is a reference point for a place told elsewhere.
_DISTANCE_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\(\s*\d+\s*miles?\s*\)\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]*(?:east|west))?(?:ern)?\s+)?"
    r"(?:of|from)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:(?:city|town|village|capital)\s+of\s+)?)?$",
    re.IGNORECASE,
)
# "on the road between Sinjar and the village of X": the far end of the road is a landmark.
_ROAD_END_BEFORE = re.compile(
    r"\b(?:road|highway|route|stretch|section|track)\s+(?:linking\s+|connecting\s+|between\s+)"
    r"(?:the\s+(?:\w+\s+)?(?:city|town|village)\s+of\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    r"\s+(?:and|to|with)\s+(?:the\s+(?:\w+\s+)?(?:city|town|village)\s+of\s+)?$"
)
# "the central Gaza town of Deir al-Balah", "the Syrian border city of X": the area named before
# a town's own name only says where the town lies.
_QUALIFIES_TOWN_AFTER = re.compile(
    r"^\s+(?:(?!(?:and|or|the|a|an|to|from|with)\s)[a-z]+\s+){0,2}"
    r"(?:town|city|village|camp|refugee\s+camp)\s+of\s+[A-Z]"
)
# "in northern Gaza", "in southern Lebanon": right after a place, the part of a region it lies in.
_PART_OF_REGION_AFTER_PLACE = re.compile(
    r"^(?:\s+(?:refugee\s+)?camp|\s+district|\s+area)?,?\s+in\s+(?:the\s+)?"
    r"(?:far\s+)?(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+$",
    re.IGNORECASE,
)


# "Sinjil, north of Ramallah", "Kafr Malik near Ramallah", "X, 20 km from Y": after a first place,
# a locative phrase only says where that place lies.
_LOCATIVE_AFTER_PLACE = re.compile(
    r"^(?:\s+(?:district|province|region|area|county|state|governorate))?"
    r"(?:,\s*|\s+)(?:(?:about|some|roughly|around|nearly|just)\s+)?"
    r"(?:\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\(\s*\d+\s*miles?\s*\)\s+)?)?"
    r"(?:(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]*(?:east|west))?(?:ern)?\s+of)|"
    r"near|outside|close\s+to|not\s+far\s+from|from|on\s+the\s+outskirts\s+of|"
    r"in\s+the\s+vicinity\s+of|"
    # "El Plateado, in the municipality of Argelia": the unit the place lies in.
    r"in\s+(?:the\s+)?(?:municipality|district|county|province|region|department|commune|"
    r"prefecture|sub-?prefecture|governorate|territory|chiefdom|division|zone)\s+of)\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+|"
    r"the\s+(?:provincial\s+|regional\s+|state\s+|national\s+)?capital,?\s+)?$",
    re.IGNORECASE,
)


# "near Derbissaka, on the road between Zemio and Obo": the road a place lies on.
_ROAD_START_AFTER_PLACE = re.compile(
    r"^,?\s+(?:on|along|off)\s+the\s+(?:main\s+)?(?:road|highway|route|axis)\s+"
    r"(?:linking|connecting|between|from)\s+(?:the\s+(?:\w+\s+)?(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


# "in the town, south of Tubas": a bearing from a landmark, in apposition ("killed four south
# of X" names the incident's area instead).
_BEARING_BEFORE = re.compile(
    r",\s*(?:(?:just|due|immediately|directly)\s+)?(?:north|south|east|west)"
    r"(?:[\s-]*(?:east|west))?\s+of\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|capital)\s+of\s+)?$",
    re.IGNORECASE,
)


def measured_from(norm: str, start: int) -> bool:
    """The place starting at ``start`` is what a distance is measured from ("50 km north of X")."""
    return bool(_DISTANCE_BEFORE.search(norm[max(0, start - 70) : start]))


def is_reference_point(norm: str, loc: Located, previous_end: int | None = None) -> bool:
    """A place only used to measure a distance from ("12 km south of X", "Sinjil, north of X")."""
    if _DISTANCE_BEFORE.search(norm[max(0, loc.span.start - 70) : loc.span.start]):
        return True
    if _ROAD_END_BEFORE.search(norm[max(0, loc.span.start - 90) : loc.span.start]):
        return True
    if _BEARING_BEFORE.search(norm[max(0, loc.span.start - 50) : loc.span.start]):
        return True
    if _QUALIFIES_TOWN_AFTER.match(norm[loc.span.end : loc.span.end + 40]):
        return True
    if previous_end is None or not 0 <= loc.span.start - previous_end <= 60:
        return False
    gap = norm[previous_end : loc.span.start]
    if _ROAD_START_AFTER_PLACE.match(gap):
        return True  # "near Derbissaka, on the road between Zemio and Obo"
    if _IN_UNIT_GAP.match(gap) and _UNIT_AFTER.match(norm[loc.span.end : loc.span.end + 30]):
        return True  # "Mboki, in Obo sub-prefecture": the unit a place lies in
    return bool(_LOCATIVE_AFTER_PLACE.match(gap) or _PART_OF_REGION_AFTER_PLACE.match(gap))


_IN_UNIT_GAP = re.compile(r"^,?\s+in\s+(?:the\s+)?$")
_UNIT_AFTER = re.compile(
    r"^\s+(?:district|sub-?district|county|sub-?division|sub-?prefecture|prefecture|department|"
    r"municipality|commune|chiefdom|territory|zone|division|area|local\s+government\s+area|"
    r"LGA|tehsil|township|raion)\b",
    re.IGNORECASE,
)


# "NARATHIWAT: Two rangers were killed ...", "GAZA CITY, Oct 3 -": a dateline the wire-style
# parser did not take (no agency, no date).
_CAPS_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w .]{0,30})?\s*(?::|\s-\s)")


def _para_start(norm: str, s: int) -> bool:
    return s == 0 or norm[max(0, s - 1)] == "\n" or not norm[max(0, s - 3) : s].strip()


def _country_counts(located: list[Located]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for loc in located:
        if loc.country:
            counts[loc.country] = counts.get(loc.country, 0) + 1
    return counts


_UNIT_WORD_END = re.compile(
    r"\s+(?:region|province|state|division|district|county|oblast|governorate|department|"
    r"prefecture|territory|zone|area)$",
    re.IGNORECASE,
)


def _country_names(norm: str, located: list[Located]) -> dict[str, int]:
    """How many different names of each country's places the text uses ("Momo division" and
    "Momo" are one name, however often told)."""
    names: dict[str, set[str]] = {}
    for loc in located:
        if loc.country:
            surface = _UNIT_WORD_END.sub("", norm[loc.span.start : loc.span.end]).casefold()
            names.setdefault(loc.country, set()).add(surface)
    return {c: len(keys) for c, keys in names.items()}


# "Gaza's civil defence agency", "Sumy's regional council": a body named after a place is a source.
_BODY_OF_PLACE_AFTER = re.compile(
    r"^'s\s+(?:[\w-]+\s+){0,2}?(?:agency|ministry|authorities|authority|council|"
    r"emergency\s+services?|rescue\s+services?|media\s+office|civil\s+defen[cs]e|"
    r"health\s+(?:ministry|department|office|directorate))\b",
    re.IGNORECASE,
)


# "the South Bastar divisional committee", "the Kharkiv brigade": a body or unit named after a
# place is not where something happened.
_UNIT_NAMED_AFTER = re.compile(
    r"^\s+(?:(?:divisional|zonal|regional|area|district|special|state)\s+)?"
    r"(?:committee|command|brigade|battalion|regiment|wing|chapter|faction|front\s+line\s+unit)\b",
    re.IGNORECASE,
)


def _is_location(norm: str, loc: Located, actor_spans: list[tuple[int, int]]) -> bool:
    s, e = loc.span.start, loc.span.end
    before = norm[max(0, s - 40) : s]
    after = norm[e : e + 40]
    if any(a <= s and e <= b for a, b in actor_spans):
        return False  # "Moscow launched": the capital is the attacker
    if _BODY_OF_PLACE_AFTER.match(after) or _UNIT_NAMED_AFTER.match(after):
        return False
    if _FEATURE_AFTER.match(after) or _AGGREGATE_BEFORE.search(before):
        return False
    return not (
        norm[s:e] in CAPITALS and after.startswith("'s") and not _POSSESSIVE_PLACE_NOUN.match(after)
    )


def event_locations(
    norm: str,
    located: list[Located],
    actors: list[ActorMention],
    dateline_span: Span | None = None,
    weapon_spans: list[tuple[int, int]] | None = None,
) -> list[Located]:
    """The mentions in ``located`` that may be event locations (others are dropped)."""
    # "Iskander missiles", "Sinaloa Cartel": a name inside a weapon or an armed group is theirs.
    actor_spans = [(a.start, a.end) for a in actors if a.forces] + list(weapon_spans or [])
    kept = [loc for loc in located if _is_location(norm, loc, actor_spans)]
    counts = _country_counts(kept)
    support = _country_names(norm, located)
    for a in actors:
        if a.country:
            support[a.country] = support.get(a.country, 0) + 1
    dominant = max(counts.values(), default=0)
    out: list[Located] = []
    previous_end: int | None = None
    for loc in kept:
        s, e = loc.span.start, loc.span.end
        prev_end, previous_end = previous_end, e if loc.level != LEVEL_COUNTRY else previous_end
        after = norm[e : e + 40]
        if loc.level != LEVEL_COUNTRY and loc.country:
            # A place in a country the article otherwise never mentions, in an article about
            # another country, is more likely a site's name or a misread village than a place hit.
            lone = support.get(loc.country, 0) <= 1 and counts.get(loc.country, 0) < dominant
            if lone and dominant >= 3:
                continue
            # "the Naivasha market in El Fasher": a site named after a town of another country.
            if _SITE_AFTER.match(after) and any(
                o.country and o.country != loc.country and abs(o.span.start - s) < 200 for o in kept
            ):
                continue
        if (dateline_span is not None and dateline_span.start <= s < dateline_span.end + 2) or (
            _CAPS_DATELINE_AFTER.match(norm, e) and norm[s:e].isupper() and _para_start(norm, s)
        ):
            out.append(replace(loc, kind="dateline"))
            continue
        if is_reference_point(norm, loc, prev_end):
            out.append(
                replace(loc, kind="reference", precision=max(loc.precision, GEO_PRECISION_NEAR))
            )
            continue
        out.append(loc)
    return out

"""Finding place names in text and resolving them with the document's context."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ingest.pipeline.places.demonyms import CASE_SENSITIVE_ALIASES, country_for_demonym
from ingest.pipeline.places.gazetteer import (
    DISTRICT_WORDS,
    REGION_WORDS,
    Gazetteer,
    get_gazetteer,
)
from ingest.pipeline.places.loader import distance_km, load_word_lists
from ingest.pipeline.places.model import Place, PlaceMention
from ingest.pipeline.places.normalize import ARTICLES, fold
from ingest.pipeline.types import (
    GEO_PRECISION_EXACT,
    GEO_PRECISION_NEAR,
    GEO_PRECISION_REGION,
    Span,
)

_TOKEN = re.compile(r"[^\W\d_][\w'’‘\-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
MAX_NAME_TOKENS = 6

# Lower-case words that may sit inside a name ("Deir al Balah", "Rostov on Don").
_CONNECTORS = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "ez", "de", "del", "la"}
    | {"le", "les", "du", "des", "di", "da", "do", "dos", "das", "of", "on", "upon", "sur", "am"}
    | {"im", "bin", "ibn", "bani", "beni", "abu", "umm", "y", "van", "der", "den", "sul"}
)

_SUFFIX_WORDS = REGION_WORDS | DISTRICT_WORDS | {"camp"}
_WORDS = load_word_lists("places_words.txt")
_STOP = _WORDS["stop"]
_FOLLOW_REJECT = _WORDS["follow_reject"]
_TITLES = _WORDS["titles"]
_LOCATIVE = _WORDS["locative"]
_FOLLOW_OK = _WORDS["follow_ok"]
_NEAR_CUE = re.compile(
    r"(?:\bnear(?:by)?|\boutskirts of|\boutside(?: of)?|\bclose to|\bvicinity of|\baround"
    r"|\bnot far from|\bkm (?:\w+ )?(?:of|from)|\bkilomet(?:re|er)s? (?:\w+ )?(?:of|from)"
    r"|\bmiles? (?:\w+ )?(?:of|from)|\b(?:north|south|east|west)(?:-?(?:east|west))? of)\W*"
    r"(?:the\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"^[ \t]$|^ ?- ?$")
_STRONG_POPULATION = 100_000
_MEDIUM_POPULATION = 15_000
_SMALL_POPULATION = 5_000
_MILLION = 1_000_000
_DOMINANT_VOTES = 2.0


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    key: str
    ids: list[int]
    from_span: bool
    cue: bool  # a locative word before it, or a region/district word after it
    sentence_start: bool
    followed_by_proper: bool
    qualifier: str | None = None  # "Texas" in "Paris, Texas"
    suffixed: bool = False  # a region or district word was taken in ("Odesa region")
    preceded_by_proper: bool = False  # "Sam Houston", "Lee Jordan"
    fuzzy: bool = False  # matched by consonant skeleton only


def _is_capitalised(token: str) -> bool:
    if token[0].isupper():
        return True
    # "al-Balah", "el-Fasher": a lower-case article joined to a capitalised name.
    head, _, tail = token.partition("-")
    return head in _CONNECTORS and bool(tail) and tail[0].isupper()


def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Word tokens of ``text`` (cached: the scan and the context both read them)."""
    return _tokens_cached(text)


@lru_cache(maxsize=2)
def _tokens_cached(text: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        end = match.end()
        stripped = _POSSESSIVE.sub("", word) if word[-1] in "'’s" else word
        if stripped != word and (word.endswith(("'s", "’s", "'", "’"))):
            end = match.start() + len(stripped)
            word = stripped
        word = word.rstrip("-")
        end = match.start() + len(word)
        if word:
            out.append((match.start(), end, word))
    return tuple(out)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:"


def _scan(gaz: Gazetteer, text: str, lo: int = 0, hi: int | None = None) -> list[_Candidate]:
    tokens = [t for t in _tokens(text) if t[0] >= lo and (hi is None or t[1] <= hi)]
    out: list[_Candidate] = []
    i = 0
    while i < len(tokens):
        start, _, word = tokens[i]
        if not _is_capitalised(word):
            i += 1
            continue
        found = None
        for n in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            last = tokens[i + n - 1][2]
            if not _is_capitalised(last):
                continue
            if any(
                not _BOUNDARY.match(text[tokens[j][1] : tokens[j + 1][0]])
                for j in range(i, i + n - 1)
            ):
                continue
            if any(
                not _is_capitalised(tokens[j][2]) and tokens[j][2] not in _CONNECTORS
                for j in range(i, i + n)
            ):
                continue
            surface = text[start : tokens[i + n - 1][1]]
            key = fold(surface)
            if gaz.has_key(key) and _allowed(surface, key, n):
                found = (n, key)
                break
        fuzzy_ids: list[int] = []
        if found is None:
            found, fuzzy_ids = _fuzzy_arabic(gaz, text, tokens, i)
        if found is None:
            found, fuzzy_ids = _stem_match(gaz, text, tokens, i)
        if found is None:
            i += 1
            continue
        n, key = found
        end = tokens[i + n - 1][1]
        nxt = tokens[i + n] if i + n < len(tokens) else None
        cue = i > 0 and tokens[i - 1][2].lower() in _LOCATIVE
        ids = fuzzy_ids or list(gaz.ids_for_key(key))
        consumed = n
        took_suffix = False
        if nxt and text[end : nxt[0]] == " " and nxt[2].lower() in _SUFFIX_WORDS:
            suffixed = gaz.candidate_ids(f"{key} {nxt[2].lower()}", fuzzy=False)
            if suffixed:
                ids, end, cue = suffixed, nxt[1], True
                consumed += 1
                took_suffix = True
                nxt = tokens[i + consumed] if i + consumed < len(tokens) else None
        followed = bool(
            nxt
            and text[end : nxt[0]] == " "
            and nxt[2][0].isupper()
            and nxt[2].lower() not in _FOLLOW_OK
            and not gaz.is_region_name(fold(nxt[2]))
        )
        follow_reject = bool(nxt and text[end : nxt[0]] == " " and nxt[2].lower() in _FOLLOW_REJECT)
        title_before = i > 0 and tokens[i - 1][2].lower().rstrip(".") in _TITLES
        if not follow_reject and not title_before:
            candidate = _Candidate(
                start, end, key, ids, False, cue, _sentence_start(text, start), followed
            )
            candidate.suffixed = took_suffix
            candidate.fuzzy = bool(fuzzy_ids)
            if i > 0 and text[tokens[i - 1][1] : start] == " ":
                prev = tokens[i - 1][2]
                tail = prev.partition("-")[2]
                candidate.preceded_by_proper = (
                    prev[0].isupper()
                    and prev.lower() not in _STOP
                    # A sentence's first word is capitalised anyway, unless it names a place
                    # too ("Jordan Henderson"); "Russian-held Kupiansk" is an adjective.
                    and (not _sentence_start(text, tokens[i - 1][0]) or gaz.has_key(fold(prev)))
                    and not (tail and tail[0].islower())
                    and _demonym(prev) is None
                )
            if nxt and text[end : nxt[0]] == ", " and _is_capitalised(nxt[2]):
                candidate.qualifier = nxt[2]
            out.append(candidate)
        i += consumed
    return out


def _fuzzy_arabic(
    gaz: Gazetteer, text: str, tokens: list[tuple[int, int, str]], i: int
) -> tuple[tuple[int, str] | None, list[int]]:
    """Transliteration variants of names with an Arabic article ("Maarat al-Numan")."""
    for n in range(min(4, len(tokens) - i), 1, -1):
        words = [t[2] for t in tokens[i : i + n]]
        if not any(w.lower().split("-")[0] in ARTICLES for w in words[1:]):
            continue
        if not all(_is_capitalised(w) for w in words):
            continue
        if any(text[tokens[j][1] : tokens[j + 1][0]] != " " for j in range(i, i + n - 1)):
            continue
        key = fold(text[tokens[i][0] : tokens[i + n - 1][1]])
        ids = gaz.candidate_ids(key)
        if ids:
            return (n, key), ids
    return None, []


def _stem_match(
    gaz: Gazetteer, text: str, tokens: list[tuple[int, int, str]], i: int
) -> tuple[tuple[int, str] | None, list[int]]:
    """Slavic adjectival names with another ending ("Svyatoshynyi" for "Sviatoshynskyi")."""
    for n in range(min(3, len(tokens) - i), 0, -1):
        words = [t[2] for t in tokens[i : i + n]]
        if not all(_is_capitalised(w) for w in words):
            continue
        if any(text[tokens[j][1] : tokens[j + 1][0]] != " " for j in range(i, i + n - 1)):
            continue
        key = fold(text[tokens[i][0] : tokens[i + n - 1][1]])
        ids = gaz.stem_ids(key)
        if ids:
            return (n, key), list(ids)
    return None, []


def _allowed(surface: str, key: str, n_tokens: int) -> bool:
    if surface.upper() == surface and len(surface) <= 4:
        return surface in CASE_SENSITIVE_ALIASES
    if key.upper() in CASE_SENSITIVE_ALIASES:
        return False  # "Car", "Us": only the upper-case acronyms name countries
    return not (n_tokens == 1 and key in _STOP)


def _from_spans(gaz: Gazetteer, text: str, spans: Sequence[Span]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for span in spans:
        surface = text[span.start : span.end]
        start, end = span.start, span.end
        lead = re.match(r"(?i)the\s+", surface)
        if lead:
            start += lead.end()
        trimmed = _POSSESSIVE.sub("", text[start:end]) if text[end - 1 : end] in "'’s" else ""
        if trimmed and text[start:end].endswith(("'s", "’s")):
            end = start + len(trimmed)
        rest = re.match(r" ([A-Za-z]+)", text[end : end + 20])
        key = fold(text[start:end])
        ids = gaz.candidate_ids(text[start:end], fuzzy=False)
        fuzzy = False
        if not ids:
            inner = _scan(gaz, text, start, end)
            if inner:
                for candidate in inner:
                    candidate.from_span = True
                out.extend(inner)
                continue
            ids = gaz.candidate_ids(text[start:end])
            fuzzy = bool(ids)
        cue = False
        if rest and rest.group(1).lower() in REGION_WORDS | DISTRICT_WORDS:
            suffixed = gaz.candidate_ids(f"{key} {rest.group(1).lower()}", fuzzy=False)
            if suffixed:
                ids, end, cue = suffixed, end + rest.end(), True
        if ids:
            took = end > span.end
            before = re.findall(r"[A-Za-z]+", text[max(0, start - 12) : start])
            cue = cue or bool(before and before[-1].lower() in _LOCATIVE)
            candidate = _Candidate(start, end, key, ids, True, cue, False, False, None, took)
            candidate.fuzzy = fuzzy
            out.append(candidate)
        else:
            # The entity may wrap a place ("the Kharkiv regional administration").
            out.extend(_scan(gaz, text, start, end))
    return out


def _demonym(word: str) -> str | None:
    """Country of a demonym, also as the head of a compound ("Turkish-backed", "Somali-led")."""
    if not word[0].isupper():
        return None
    return country_for_demonym(word) or (
        country_for_demonym(word.split("-")[0]) if "-" in word else None
    )


@dataclass(slots=True)
class _Context:
    """What the whole document says about where it is."""

    weights: dict[str, float]  # country -> support, 1.0 for the best-supported country
    votes: Counter[str]  # country -> raw votes
    local: Counter[str]  # country -> votes from towns and regions (not country names, demonyms)
    own: dict[int, tuple[str, float]]  # candidate position -> the vote it cast itself
    regions: set[tuple[str, str]]  # (country, admin1) named as regions in the text
    # (country, admin1) named only through a town of the same name -> those candidates' positions
    town_regions: dict[tuple[str, str], set[int]]

    def names_region(self, country: str, admin1: str, position: int) -> bool:
        """The text names this region, other than by the candidate at ``position`` itself."""
        if (country, admin1) in self.regions:
            return True
        return bool(self.town_regions.get((country, admin1), set()) - {position})

    def support(self, country: str | None, position: int) -> float:
        """Votes for a country from everything but the candidate at ``position``."""
        if not country:
            return 0.0
        own_country, own_vote = self.own.get(position, ("", 0.0))
        return self.votes.get(country, 0.0) - (own_vote if own_country == country else 0.0)


def _context(gaz: Gazetteer, text: str, candidates: list[_Candidate]) -> _Context:
    votes: Counter[str] = Counter()
    local: Counter[str] = Counter()
    own: dict[int, tuple[str, float]] = {}
    regions: set[tuple[str, str]] = set()
    town_regions: dict[tuple[str, str], set[int]] = {}
    for _, _, word in _tokens(text):
        code = _demonym(word)
        if code:
            votes[code] += 1.0
    for n, cand in enumerate(candidates):
        ranked = gaz.rank(cand.ids, cand.key)
        best = ranked[0]
        kind = gaz.kind(best)
        country = gaz.country_of(best)
        if country is None or cand.preceded_by_proper or cand.followed_by_proper:
            continue
        if kind == "country":
            own[n] = (country, 2.0)
            votes[country] += 2.0
            continue
        # The runner-up only makes the name ambiguous when it lies in another country.
        rivals = [i for i in ranked[1:] if gaz.country_of(i) != country]
        margin = gaz.score(best, cand.key) - (gaz.score(rivals[0], cand.key) if rivals else 0.0)
        if margin < 1.0:
            continue
        population = gaz.population(best)
        if kind == "city" and not cand.sentence_start:
            # "in Arauca": a town that shares its name with its own region names the region too.
            for i in ranked[1:]:
                if (
                    gaz.kind(i) == "admin1"
                    and gaz.country_of(i) == country
                    and gaz.place(i).name == gaz.place(best).admin1
                    and fold(gaz.place(i).name) == cand.key
                ):
                    town_regions.setdefault((country, gaz.place(i).name), set()).add(n)
        if kind == "admin1":
            vote = 1.5
            regions.add((country, gaz.place(best).name))
        elif kind != "city" or population >= _STRONG_POPULATION:
            vote = 1.0
        elif not rivals and population >= _MEDIUM_POPULATION and not cand.sentence_start:
            vote = 0.5  # a town whose name exists in one country only
        else:
            continue
        own[n] = (country, vote)
        votes[country] += vote
        if not gaz.is_capital(gaz.place(best)):  # "Moscow launched drones": the state
            local[country] += vote
    top = max(votes.values()) if votes else 0.0
    weights = {code: count / top for code, count in sorted(votes.items()) if count > 0}
    return _Context(weights, votes, local, own, regions, town_regions)


def find_place_mentions(
    text: str, candidate_spans: Sequence[Span] | None = None
) -> list[PlaceMention]:
    """All place mentions in the text, resolved with the document's countries and cities.

    With ``candidate_spans`` (spaCy GPE/LOC/FAC entities), those spans are resolved first and
    the text is also scanned for names spaCy missed; without them the scan alone is used.
    """
    gaz = get_gazetteer()
    scanned = _scan(gaz, text)
    if candidate_spans is None:
        candidates = scanned
    else:
        # On overlap the longer name wins ("Burkina Faso" over spaCy's "Burkina", "Faso").
        candidates = _from_spans(gaz, text, candidate_spans) + scanned
    candidates.sort(key=lambda c: (c.start, -c.end, not c.from_span))
    context = _context(gaz, text, candidates)
    weights = context.weights
    strong_cities = set()
    for cand in candidates:
        best = gaz.rank(cand.ids, cand.key, weights)[0]
        if gaz.kind(best) == "city" and gaz.population(best) >= _STRONG_POPULATION:
            strong_cities.add(gaz.place(best).name)

    mentions: list[PlaceMention] = []
    last_end = -1
    for n, cand in enumerate(candidates):
        if cand.start < last_end:
            continue
        if mentions and _COORDINATION.match(text[mentions[-1].span.end : cand.start]):
            cand.cue = True  # "in Gao and Ansongo": the second name shares the first one's cue
        if cand.qualifier:
            place = gaz.resolve_qualified(text[cand.start : cand.end], cand.qualifier)
            if place is not None:
                mentions.append(_mention(text, cand, place))
                last_end = cand.end
                continue
        ranked = gaz.rank(cand.ids, cand.key, weights, None, strong_cities, context.regions)
        best = ranked[0]
        if not _accept(gaz, cand, n, ranked, context, strong_cities):
            continue
        mentions.append(_mention(text, cand, gaz.place(best)))
        last_end = cand.end
    return mentions


_COORDINATION = re.compile(r"^(?:,? (?:and|or|as well as) |, |/| to )$")
# Words after a name that make it a river, a front line or an axis of advance, not a town.
_ROLE_AFTER = re.compile(
    r"^\s+(?:(river|riverbank|riverbanks|delta|estuary|reservoir)"
    r"|(front|frontline|front line|sector|salient|bridgehead)"
    r"|(direction|directions|axis|axes))\b",
    re.IGNORECASE,
)
_RIVER_BEFORE = re.compile(r"\briver\s+$", re.IGNORECASE)
# "the Dnipro", "the Don": a town name with an article and no noun after it is a river.
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$")
_BARE_AFTER = re.compile(
    r"^(?:[.,;:)]|\s+(?:near|at|in|on|into|to|from|and|or|between|which|where|that|is|was"
    r"|flows|runs|separates|divides)\b)",
)
# "Belgorod governor Vyacheslav Gladkov", "Kharkiv officials": the place qualifies a title.
_TITLE_AFTER = re.compile(
    r"^(?:'s)?\s+(?:(?:regional|region|oblast|provincial|province|state|city|district|"
    r"military|local)\s+)?(?:governor|governors|mayor|police\s+chief|police\s+commissioner|"
    r"officials?|administration\s+head|administration\s+chief|"
    r"military\s+administration|governor's\s+office|prosecutor|commissioner)\b",
    re.IGNORECASE,
)
ROLE_TITLE = "title"
ROLE_PLACE = "place"
ROLE_RIVER = "river"
ROLE_FRONT = "front"
ROLE_DIRECTION = "direction"
NON_SETTLEMENT_ROLES = frozenset({ROLE_RIVER, ROLE_FRONT, ROLE_DIRECTION})


def _role(text: str, start: int, end: int, place: Place) -> str:
    after = _ROLE_AFTER.match(text[end : end + 30])
    if after:
        return ROLE_RIVER if after.group(1) else ROLE_FRONT if after.group(2) else ROLE_DIRECTION
    if _TITLE_AFTER.match(text[end : end + 50]):
        return ROLE_TITLE
    before = text[max(0, start - 12) : start]
    if _RIVER_BEFORE.search(before):
        return ROLE_RIVER
    if (
        place.kind == "city"
        and text[start:end].rsplit(" ", 1)[-1].lower() not in _SUFFIX_WORDS
        and _THE_BEFORE.search(before)
        and _BARE_AFTER.match(text[end : end + 20])
    ):
        return ROLE_RIVER
    return ROLE_PLACE


def _mention(text: str, cand: _Candidate, place: Place) -> PlaceMention:
    span = Span(cand.start, cand.end)
    return PlaceMention(
        place=place,
        span=span,
        surface=text[cand.start : cand.end],
        role=_role(text, cand.start, cand.end, place),
    )


def is_non_settlement_use(mention: PlaceMention, text: str = "") -> bool:
    """True when the name is used for a river, a front or a direction ("the Dnipro river")."""
    if text:
        return _role(text, mention.span.start, mention.span.end, mention.place) in (
            NON_SETTLEMENT_ROLES
        )
    return mention.role in NON_SETTLEMENT_ROLES


def is_title_use(mention: PlaceMention) -> bool:
    """True when the place only qualifies an official's title ("Belgorod governor ... said")."""
    return mention.role == ROLE_TITLE


def _accept(
    gaz: Gazetteer,
    cand: _Candidate,
    position: int,
    ranked: list[int],
    context: _Context,
    cities: set[str],
) -> bool:
    best = ranked[0]
    kind = gaz.kind(best)
    place = gaz.place(best)
    if kind != "country" and not cand.suffixed and country_for_demonym(cand.key):
        return False  # "Somali police", not Ethiopia's Somali region
    in_context = bool(context.weights.get(place.country or "", 0.0))
    in_region = context.names_region(place.country or "", place.admin1 or "", position)
    if cand.fuzzy and not in_context:
        return False
    # The text is about another country: its towns or regions vote for it, this one's barely.
    own_weight = context.weights.get(place.country or "", 0.0)
    foreign = own_weight < 0.5 and any(
        v >= 1.0 for code, v in context.local.items() if code != place.country
    )
    if cand.suffixed and kind in ("admin1", "area") and foreign:
        return False  # "Lac province" in a Chad story is not Lezhe, Albania
    if kind == "district" and place.population == 0 and foreign:
        return (place.city or "") in cities  # "Nasir" in South Sudan, not a Khartoum suburb
    if _far_from_named_regions(gaz, place, context):
        return False
    if cand.preceded_by_proper and not cand.suffixed:
        return False
    if kind in ("country", "admin1", "area", "camp"):
        if cand.followed_by_proper and not cand.from_span and not cand.suffixed:
            return False  # "Chad Smith", "Georgia Brown"
        return not (cand.sentence_start and cand.followed_by_proper)
    primary = gaz.is_primary(best, cand.key)
    if not primary and " " not in cand.key and len(cand.key) <= 4 and not cand.from_span:
        return False  # short foreign alternates ("Sam" for Damascus)
    if _outvoted(gaz, place, position, context):
        return False
    if kind == "district" and place.population == 0:
        return in_context or (place.city or "") in cities or cand.cue
    strong = place.population >= _STRONG_POPULATION
    if cand.from_span:
        return strong or in_context or place.population >= _SMALL_POPULATION
    if cand.followed_by_proper:
        return False
    if strong:
        return not (cand.sentence_start and not cand.cue and " " not in cand.key)
    if in_region:
        return primary or cand.cue  # a town inside a region the text names
    if not in_context:
        # A medium town whose name exists in one country only, introduced as a place.
        one_country = all(gaz.country_of(i) == place.country for i in ranked)
        return (
            one_country
            and cand.cue
            and primary
            and not cand.sentence_start
            and place.population >= _MEDIUM_POPULATION
        )
    if primary and (place.population >= _SMALL_POPULATION or " " in cand.key):
        return True
    if place.population >= _MEDIUM_POPULATION and len(cand.key) >= 5:
        return True  # a common spelling of a medium town ("Jowhar" for Jawhar)
    return cand.cue and (primary or place.population >= _SMALL_POPULATION)


_FAR_FROM_REGION_KM = 600.0


def _far_from_named_regions(gaz: Gazetteer, place: Place, context: _Context) -> bool:
    """A small town far from every region the text names in its country ("Khurai", Manipur).

    Reports name the region of the places they cover; a homonym hundreds of kilometres from all
    of them is another town of the same name.
    """
    if place.kind not in ("city", "district") or place.population >= _STRONG_POPULATION:
        return False
    named = [r for c, r in context.regions if c == place.country]
    if not named or (place.admin1 or "") in named or gaz.is_capital(place):
        return False
    if (place.country or "", place.admin1 or "") in context.town_regions:
        return False  # its region is named through its main town ("in Arauca")
    for region in named:
        centre = None
        for i in gaz.candidate_ids(region, fuzzy=False):
            if gaz.kind(i) == "admin1" and gaz.country_of(i) == place.country:
                centre = gaz.place(i)
                break
        if centre is None:
            return False
        distance = distance_km(centre, place)
        if distance is None or distance <= _FAR_FROM_REGION_KM:
            return False
    return True


def _outvoted(gaz: Gazetteer, place: Place, position: int, context: _Context) -> bool:
    """A foreign town that only its own name supports, in a text clearly about elsewhere.

    "the Naivasha market" in a report from El Fasher is a local site, not the Kenyan town.
    Capitals and cities of a million people stay: reports name them from afar.
    """
    if place.population >= _MILLION or gaz.is_capital(place):
        return False
    if context.support(place.country, position) > 0:
        return False
    # Only towns and regions count against it: "US strikes near Deir ez-Zor" names an actor.
    others = [v for code, v in context.local.items() if code != place.country]
    return bool(others) and max(others) >= _DOMINANT_VOTES


def precision_for(mention: PlaceMention, text: str) -> int:
    """GEO_PRECISION_* for a mention: the place itself, near it, or only its region."""
    if mention.place.kind in ("country", "admin1", "area"):
        return GEO_PRECISION_REGION
    before = text[max(0, mention.span.start - 40) : mention.span.start]
    if _NEAR_CUE.search(before):
        return GEO_PRECISION_NEAR
    return GEO_PRECISION_EXACT

"""Finding place names in text and resolving them with the document's context."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.pipeline.places.demonyms import CASE_SENSITIVE_ALIASES, country_for_demonym
from ingest.pipeline.places.gazetteer import (
    DISTRICT_WORDS,
    REGION_WORDS,
    Gazetteer,
    get_gazetteer,
)
from ingest.pipeline.places.loader import load_word_lists
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
_SMALL_POPULATION = 5_000


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


def _tokens(text: str) -> list[tuple[int, int, str]]:
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
    return out


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
            i += 1
            continue
        n, key = found
        end = tokens[i + n - 1][1]
        nxt = tokens[i + n] if i + n < len(tokens) else None
        cue = i > 0 and tokens[i - 1][2].lower() in _LOCATIVE
        ids = fuzzy_ids or list(gaz.ids_for_key(key))
        consumed = n
        took_suffix = False
        if nxt and text[end : nxt[0]] == " " and nxt[2].lower() in REGION_WORDS | DISTRICT_WORDS:
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
            and not gaz.has_key(fold(nxt[2]))
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
                candidate.preceded_by_proper = (
                    prev[0].isupper()
                    and prev.lower() not in _STOP
                    and not _sentence_start(text, tokens[i - 1][0])
                    and country_for_demonym(prev) is None
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


def _context(gaz: Gazetteer, text: str, candidates: list[_Candidate]) -> dict[str, float]:
    votes: Counter[str] = Counter()
    for _, _, word in _tokens(text):
        code = country_for_demonym(word)
        if code and word[0].isupper():
            votes[code] += 1.0
    for cand in candidates:
        ranked = gaz.rank(cand.ids, cand.key)
        best = ranked[0]
        kind = gaz.kind(best)
        country = gaz.country_of(best)
        if country is None:
            continue
        if kind == "country":
            votes[country] += 2.0
            continue
        margin = gaz.score(best, cand.key) - (
            gaz.score(ranked[1], cand.key) if len(ranked) > 1 else 0.0
        )
        if margin >= 1.0 and (kind != "city" or gaz.population(best) >= _STRONG_POPULATION):
            votes[country] += 1.5 if kind == "admin1" else 1.0
    if not votes:
        return {}
    top = max(votes.values())
    return {code: count / top for code, count in sorted(votes.items())}


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
    strong_cities = set()
    for cand in candidates:
        best = gaz.rank(cand.ids, cand.key, context)[0]
        if gaz.kind(best) == "city" and gaz.population(best) >= _STRONG_POPULATION:
            strong_cities.add(gaz.place(best).name)

    mentions: list[PlaceMention] = []
    last_end = -1
    for cand in candidates:
        if cand.start < last_end:
            continue
        best = None
        if cand.qualifier:
            place = gaz.resolve_qualified(text[cand.start : cand.end], cand.qualifier)
            if place is not None:
                mentions.append(_mention(text, cand, place))
                last_end = cand.end
                continue
        ranked = gaz.rank(cand.ids, cand.key, context, None, strong_cities)
        best = ranked[0]
        if not _accept(gaz, cand, best, context, strong_cities):
            continue
        mentions.append(_mention(text, cand, gaz.place(best)))
        last_end = cand.end
    return mentions


def _mention(text: str, cand: _Candidate, place: Place) -> PlaceMention:
    span = Span(cand.start, cand.end)
    return PlaceMention(place=place, span=span, surface=text[cand.start : cand.end])


def _accept(
    gaz: Gazetteer, cand: _Candidate, best: int, context: dict[str, float], cities: set[str]
) -> bool:
    kind = gaz.kind(best)
    place = gaz.place(best)
    if kind != "country" and not cand.suffixed and country_for_demonym(cand.key):
        return False  # "Somali police", not Ethiopia's Somali region
    in_context = bool(context.get(place.country or "", 0.0))
    if cand.fuzzy and not in_context:
        return False
    if cand.preceded_by_proper and not cand.suffixed:
        return False
    if kind in ("country", "admin1", "area", "camp"):
        return not (cand.sentence_start and cand.followed_by_proper)
    primary = gaz.is_primary(best, cand.key)
    if not primary and " " not in cand.key and len(cand.key) <= 4 and not cand.from_span:
        return False  # short foreign alternates ("Sam" for Damascus)
    if kind == "district" and place.population == 0:
        return in_context or (place.city or "") in cities or cand.cue
    strong = place.population >= _STRONG_POPULATION
    if cand.from_span:
        return strong or in_context or place.population >= _SMALL_POPULATION
    if cand.followed_by_proper:
        return False
    if strong:
        return not (cand.sentence_start and not cand.cue and " " not in cand.key)
    if not in_context:
        return False
    if primary and (place.population >= _SMALL_POPULATION or " " in cand.key):
        return True
    return cand.cue and (primary or place.population >= _SMALL_POPULATION)


def precision_for(mention: PlaceMention, text: str) -> int:
    """GEO_PRECISION_* for a mention: the place itself, near it, or only its region."""
    if mention.place.kind in ("country", "admin1", "area"):
        return GEO_PRECISION_REGION
    before = text[max(0, mention.span.start - 40) : mention.span.start]
    if _NEAR_CUE.search(before):
        return GEO_PRECISION_NEAR
    return GEO_PRECISION_EXACT

"""Person entities repaired before the person index is built.

The statistical tagger cuts names short ("Min Aung" for "Min Aung Hlaing", "N. Biren" with
"Singh" tagged as a place), keeps a rank inside the name ("Colonel Naw Bu") or tags a rank alone
("Brig", "Major"), and takes many place and group names for people ("in Novi Sad", "the Ain Zara
district", "the Viv Ansanm gang"). These rules read the words around each PERSON entity:

* leading ranks and titles are dropped from the name, and a title alone is no person;
* a name runs on over the capitalised words written right after it ("Min Aung" + "Hlaing");
* a name is a place when the article writes it as one somewhere ("in X", "the town of X",
  "X district", "Wadi X") and never as a person (a title before it, a verb of saying after it);
* a name is a group when a group noun is written right before or after it ("the association
  X", "the X militia", "X front").
"""

from __future__ import annotations

import re

from ingest.pipeline.actor_tables import DEMONYMS
from ingest.pipeline.nlp import Entity
from ingest.pipeline.person_contexts import contextual_person_entities
from ingest.pipeline.titled_names import _TITLE_WORDS

# Ranks and titles that lead a name in running text, lower-cased without a final dot.
_LEADING_TITLES = frozenset(
    {w.rstrip(".") for w in _TITLE_WORDS}
    | {
        "senior",
        "brigadier",
        "lt",
        "maj",
        "brig",
        "gen",
        "col",
        "capt",
        "sgt",
        "cpl",
        "corporal",
        "private",
        "havildar",
        "sepoy",
        "naik",
        "subedar",
        "jawan",
        "constable",
        "marshal",
        "admiral",
        "commodore",
        "warrant",
        "field",
        "lance",
        "staff",
        "vice",
        "deputy",
        "prime",
        "foreign",
        "defence",
        "defense",
        "interior",
        "police",
        "army",
        "national",
        "press",
        "chief",
    }
)
_NAME_WORD = re.compile(r"(?:[A-Z][a-zß-öø-ÿ]+(?:[-'][A-Za-zß-öø-ÿ]+)*|(?:al|el|bin|ibn)-[A-Z]\w+)")
# Capitalised words that end a name rather than continue it.
_STOP_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "Of",
        "For",
        "And",
        "Or",
        "In",
        "On",
        "At",
        "To",
        "By",
        "From",
        "With",
        "Said",
        "Says",
        "Told",
        "Region",
        "Oblast",
        "Province",
        "State",
        "District",
        "City",
        "Office",
        "Ministry",
        "Army",
        "Police",
        "Forces",
        "Council",
        "General",
        "Minister",
        "Administration",
        "Government",
        "Party",
        "Foundation",
        "Institute",
        "University",
        "Hospital",
        "Airport",
        "Street",
        "Road",
        "Square",
        "Camp",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "But",
        "He",
        "She",
        "It",
        "They",
        "We",
        "His",
        "Her",
        "Their",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Jr",
        "Sr",
    ]
)
# A place noun written after a name ("the Barrio Nuevo neighbourhood", "Cal Miskaad range").
_PLACE_NOUN_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)?\s+(?:region|regions|zone|district|districts|"
    r"neighbourhood|neighborhood|neighbourhoods|neighborhoods|area|areas|airport|range|valley|"
    r"camp|market|province|state|county|village|villages|town|city|station|road|street|bridge|"
    r"river|mountains?|hills?|forest|crossing|checkpoint|border|governorate|municipality|"
    r"township|commune|locality|quarter|suburb|junction|highway|port|railway)\b"
)
# A place preposition before a name ("in X", "near X", "the village of X").
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|around|across|towards|toward|inside|into|through)\s+(?:the\s+)?|"
    r"\b(?:town|village|city|district|neighbourhood|neighborhood|area|region|camp|province|"
    r"capital|suburb|hamlet|locality)\s+of\s+|\b(?:north|south|east|west|northeast|northwest|"
    r"southeast|southwest)\s+of\s+)$",
    re.IGNORECASE,
)
# Geographic words that start place names in several languages ("Wadi", "Jabal", "Barrio").
_PLACE_PREFIX = re.compile(
    r"^(?:Wadi|Jabal|Jebel|Djebel|Barangay|Barrio|Kafr|Kfar|Tel|Tell|Deir|Beit|Khirbet|Ain|Bir|"
    r"Mount|Lake|Port|Cape|Fort|Colonia|Hacienda|Puerto|Rio|Sierra|Cerro|Villa|Nueva|Nuevo|"
    r"Ciudad|San|Santa|Santo)\s"
)
# A group noun written right before or after a name.
_GROUP_NOUN = (
    r"association|group|party|movement|militia|militias|organisation|organization|coalition|"
    r"alliance|network|union|front|gang|gangs|brigade|brigades|battalion|regiment|unit|cartel|"
    r"faction|federation|foundation|company|firm|agency|channel|newspaper|outlet|station"
)
_GROUP_BEFORE = re.compile(
    rf"\b(?:{_GROUP_NOUN})\s+$|\b(?:groups|militias|organisations|organizations|parties|gangs|"
    rf"factions)\s+(?:such\s+as|like|including)\s+$",
    re.IGNORECASE,
)
_GROUP_AFTER = re.compile(
    rf"^(?:\s+\([A-Z]{{2,}}\))?(?:\s+(?:armed|mechani[sz]ed|cavalry|infantry|armou?red|"
    rf"artillery|rebel|self-defen[cs]e|criminal|dissident|jihadist|special|cultural|political|"
    rf"youth|ethnic|militia|gang))*\s+(?:{_GROUP_NOUN})\b",
    re.IGNORECASE,
)
# Arabic words that open the names of armed groups ("Jama'at Nusrat al-Islam", "Jaish al-Adl").
_GROUP_PREFIX = re.compile(
    r"^(?:Jama'?at|Jamaat|Harakat|Ansar|Jaish|Jaysh|Liwa|Kata'?ib|Hay'?at|Tahrir|Hizb|Saraya|"
    r"Tanzim|Majlis|Jabhat|Firqat|Quwat)\b"
)
# Evidence of a person: a title before ("spokesman X") or a verb of saying after ("X said").
_SPEECH_AFTER = re.compile(
    r"^(?:,\s+\d+,)?\s+(?:(?:also|later|then)\s+)?(?:said|says|told|added|stated|wrote|posted|"
    r"warned|announced|claimed|denied|condemned|urged|insisted|accused|resigned|died|was\s+born)\b"
)


def _words_after(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the capitalised name words written right after ``end`` (single spaces only)."""
    out: list[tuple[int, int]] = []
    pos = end
    while True:
        m = re.compile(r" (" + _NAME_WORD.pattern + r")(?![\w'-])").match(text, pos)
        if not m or m.group(1) in _STOP_WORDS or m.group(1).lower() in _LEADING_TITLES:
            return out
        out.append((m.start(1), m.end(1)))
        pos = m.end(1)


def _headline_line(text: str, pos: int) -> bool:
    """Is ``pos`` on a line written in title case (a headline), where capitals say nothing?"""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    if line[-1:] in (".", "!", "?", '"', "”"):
        return False  # running text ends its sentences; headlines do not
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 4:
        return False
    return sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7


def _strip_titles(text: str, e: Entity) -> Entity | None:
    """ "Colonel Naw Bu" -> "Naw Bu"; a rank alone ("Brig", "Major") -> None."""
    tokens = list(re.finditer(r"\S+", e.text))
    k = 0
    while k < len(tokens):
        word = tokens[k].group()
        nxt = tokens[k + 1].group().lower().rstrip(".") if k + 1 < len(tokens) else ""
        # A demonym leads a title ("Ukrainian President X"), not a name.
        if word.lower().rstrip(".") in _LEADING_TITLES or (
            word in DEMONYMS and nxt in _LEADING_TITLES
        ):
            k += 1
        else:
            break
    if k == 0:
        return e
    if k == len(tokens):
        return None
    start = e.start + tokens[k].start()
    return Entity(start, e.end, e.label, text[start : e.end])


def _extend(text: str, e: Entity, taken: list[tuple[int, int, str]]) -> Entity:
    """A name runs on over capitalised words right after it that no other name or group holds."""
    if _headline_line(text, e.start):
        return e
    words = len(e.text.split())
    end = e.end
    for a, b in _words_after(text, e.end):
        if words >= 4:
            break
        if any(s < b and a < t and label in ("PERSON", "ORG") for s, t, label in taken):
            break
        if any(s < b and a < t and (s < a or t > b) for s, t, _ in taken):
            break  # part of a longer place name ("Singh" alone may be tagged, "New York" not)
        end, words = b, words + 1
    if end == e.end:
        return e
    return Entity(e.start, end, e.label, text[e.start : end])


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text just before and after a mention, on its own line."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 60]
    return before[before.rfind("\n") + 1 :], after.split("\n", 1)[0]


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Where ``surface`` stands as a whole word or phrase (not inside a longer word).

    A plain scan: a pattern built per name would miss re's cache on every article."""
    out: list[tuple[int, int]] = []
    if not surface:
        return out
    n = len(surface)
    i = text.find(surface)
    while i >= 0:
        prev = text[i - 1] if i else ""
        nxt = text[i + n] if i + n < len(text) else ""
        if not (prev.isalnum() or prev in "_'-") and not (nxt.isalnum() or nxt in "_'-"):
            out.append((i, i + n))
        i = text.find(surface, i + 1)
    return out


def _is_place(text: str, surface: str, place_texts: set[str], surnames: set[str]) -> bool:
    """The article writes ``surface`` as a place somewhere and never as a person."""
    if surface in surnames:
        return False  # the surname of a person named in full elsewhere
    if _PLACE_PREFIX.match(surface) and len(surface.split()) >= 2:
        return True
    if len(surface) >= 4 and surface.isupper():
        return True  # datelines and headlines in capitals
    place = surface in place_texts
    for m_start, m_end in _occurrences(text, surface):
        before, after = _around(text, m_start, m_end)
        prev = re.search(r"(\S+)\s+$", before)
        if prev and prev.group(1).lower().rstrip(".,") in _TITLE_WORDS:
            return False
        of_place = re.search(r"\b(?:of|in|from)\s+(?:the\s+)?$", before)
        if (_SPEECH_AFTER.match(after) and not of_place) or after.startswith("'s "):
            return False
        if _PLACE_NOUN_AFTER.match(after) or _PLACE_BEFORE.search(before):
            place = True
    return place


def _is_group(text: str, e: Entity, surface: str) -> bool:
    """A group noun next to the name ("association X", "X gang"), or a group-like name."""
    if _GROUP_PREFIX.match(surface) or surface.split()[0] in DEMONYMS:
        return True
    for m_start, m_end in _occurrences(text, surface):
        before, after = _around(text, m_start, m_end)
        if _GROUP_BEFORE.search(before) or _GROUP_AFTER.match(after):
            return True
    return False


# "Jane Roe, alias Tiger", "X, known as Y": the second name is the first one's nickname.
_ALIAS = re.compile(
    r"^,?\s+(?:alias|a\.k\.a\.?|aka|also\s+known\s+as|better\s+known\s+as|"
    r"known\s+as|nicknamed)\s+$"
)


def _with_aliases(text: str, ents: list[Entity]) -> list[Entity]:
    """The name before "alias Y" is a person whatever its tag; the nickname Y is no one else."""
    out = list(ents)
    for i, e in enumerate(ents):
        if e.label != "PERSON" or i == 0:
            continue
        j = max(k for k in range(i) if ents[k].end <= e.start) if ents[0].end <= e.start else -1
        if j < 0:
            continue
        prev = ents[j]
        if not _ALIAS.match(text[prev.end : e.start]):
            continue
        if prev.label != "PERSON" and re.fullmatch(
            r"(?:[A-Z][\w'-]+\s+){1,3}[A-Z][\w'-]+", prev.text.strip()
        ):
            out[j] = Entity(prev.start, prev.end, "PERSON", prev.text)
        if out[j].label == "PERSON":
            out[i] = Entity(e.start, e.end, "NICKNAME", e.text)
    return out


def refine_person_entities(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with PERSON entities repaired: titles off, names completed, places/groups out."""
    ents = contextual_person_entities(text, ents)
    ents = _with_aliases(text, ents)
    taken = [(e.start, e.end, e.label) for e in ents]
    place_texts = {e.text.strip() for e in ents if e.label in ("GPE", "LOC", "FAC")}
    surnames = {
        e.text.split()[-1] for e in ents if e.label == "PERSON" and len(e.text.split()) >= 2
    }
    out: list[Entity] = []
    for e in ents:
        if e.label == "NICKNAME":
            continue
        if e.label != "PERSON":
            out.append(e)
            continue
        fixed = _strip_titles(text, e)
        if fixed is None:
            continue
        fixed = _extend(text, fixed, [t for t in taken if t[:2] != (e.start, e.end)])
        surface = re.sub(r"(?:'s|’s|')$", "", fixed.text.strip()).strip()
        if not surface:
            continue
        if _is_place(text, surface, place_texts, surnames) or _is_group(text, fixed, surface):
            continue
        out.append(fixed)
    out.sort(key=lambda x: (x.start, -x.end))
    return out

"""Persons the tagger missed, found by the title or role written before their name.

"regional governor Oleh Kiper", "military spokesman Nadav Shoshani", "Mayor Vitali Klitschko":
a title or role word followed by two or three capitalised words is a person's name, whatever
the statistical tagger made of it.
"""

from __future__ import annotations

import re

from ingest.pipeline.nlp import Entity

# The last word of a title or role ("Foreign Minister", "military spokesman", "Lt. Gen.").
_TITLE_WORDS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "mayor",
        "minister",
        "president",
        "commander",
        "chief",
        "general",
        "colonel",
        "captain",
        "major",
        "lieutenant",
        "sergeant",
        "officer",
        "official",
        "envoy",
        "ambassador",
        "prosecutor",
        "lawmaker",
        "senator",
        "adviser",
        "advisor",
        "director",
        "coordinator",
        "head",
        "leader",
        "chairman",
        "chairwoman",
        "secretary",
        "secretary-general",
        "administrator",
        "representative",
        "researcher",
        "analyst",
        "activist",
        "journalist",
        "correspondent",
        "doctor",
        "dr",
        "dr.",
        "prof.",
        "professor",
        "imam",
        "bishop",
        "pastor",
        "priest",
        "witness",
        "resident",
        "survivor",
        "lawyer",
        "deputy",
        "councillor",
        "councilor",
        "mp",
        "chancellor",
        "premier",
        "sheikh",
        "ayatollah",
        "gen.",
        "gen",
        "col.",
        "lt.",
        "maj.",
        "brig.",
        "gov.",
        "sen.",
        "rep.",
        "rev.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "cmdr.",
        "capt.",
        "sgt.",
        "commissioner",
        "inspector",
        "superintendent",
        "ombudsman",
        "speaker",
        "monitor",
    ]
)
_PARTICLE = r"(?:al|el|bin|ibn|de|da|van|von|abu)"
# Lower-case letters include accented ones ("Touadéra", "Sánchez").
_LOW = "a-zß-öø-ÿ"
_WORD = rf"(?:[A-Z][{_LOW}]+(?:[-'][A-Z]?[{_LOW}]+)*|{_PARTICLE}-[A-Z][{_LOW}]+)"
# Two to four capitalised words (a capitalised title may lead: "Governor Oleh Kiper").
_CAP_SEQ = re.compile(
    rf"(?<![\w'-])(?:(?:Lt\.|Maj\.|Brig\.|Gen\.|Col\.|Gov\.|Sen\.|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)*"
    rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,3}}(?![\w'-])"
)
_PREV_WORD = re.compile(r"(\S+)\s+$")
# Capitalised words that follow a title but are not names ("Minister Of Defence", "Governor
# Office", "President Trump's Administration" keeps "Trump").
_NOT_NAME = re.compile(
    r"^(?:The|Of|For|And|In|On|At|Said|Says|Told|Region|Oblast|Province|State|District|City|"
    r"Office|Ministry|Army|Police|Forces|Council|General|Minister|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)$"
)
_PLACE_AFTER = re.compile(
    r"^\s+(?:region|oblast|province|state|district|city|county|governorate|municipality)\b",
    re.IGNORECASE,
)


def titled_person_entities(text: str, ents: list[Entity]) -> list[Entity]:
    """PERSON entities for "title Name Surname" sequences no existing entity covers as a person."""
    persons = [(e.start, e.end) for e in ents if e.label == "PERSON"]
    out: list[Entity] = []
    for m in _CAP_SEQ.finditer(text):
        tokens = [(t.start(), t.end()) for t in re.finditer(r"\S+", m.group())]
        words = [m.group()[a:b] for a, b in tokens]
        # The name starts after the last title word inside the sequence, else the word before
        # the sequence must be a title.
        k = max((i + 1 for i, w in enumerate(words[:-2]) if w.lower() in _TITLE_WORDS), default=0)
        if k == 0:
            prev = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
            if not prev or prev.group(1).lower() not in _TITLE_WORDS:
                continue
        name_words = words[k:]
        if not 2 <= len(name_words) <= 3:
            continue
        start, end = m.start() + tokens[k][0], m.end()
        if any(_NOT_NAME.match(w) for w in name_words) or _PLACE_AFTER.match(text[end : end + 30]):
            continue
        if any(a < end and start < b for a, b in persons):
            continue
        out.append(Entity(start, end, "PERSON", text[start:end]))
    return out

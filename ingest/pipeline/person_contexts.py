"""Persons the tagger missed or mislabelled, found by the phrase around their name.

News English names people in a few fixed frames, whatever the tagger makes of the name:

* a byline on its own line: "By Jane Roe" / "By Jane Roe, Kigali";
* a name with its role in apposition: "Jane Roe, a spokeswoman for X, said", "said Jane Roe,
  chairman of the council", "the group's spokesman, Col. Jane Roe, said";
* a correspondent: "Al Jazeera's Jane Roe, reporting from X";
* an identification: "a student identified by his family as Jane Roe".
"""

from __future__ import annotations

import re

from ingest.pipeline.nlp import Entity

# A name: two to four capitalised words, Arabic and Romance particles allowed inside.
_NAME = (
    r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|dos|van|von|del)\s+|(?:al|el)-)?"
    r"[A-Z][\w'’-]+){1,3}"
)
# Roles a person holds, written after their name or before it.
_ROLE = (
    r"spokes(?:man|woman|person)|leader|commander|chief|head|chairman|chairwoman|chair|"
    r"director|governor|mayor|minister|president|secretary|secretary-general|official|officer|"
    r"coordinator|envoy|ambassador|adviser|advisor|analyst|researcher|professor|lecturer|"
    r"doctor|nurse|surgeon|teacher|student|farmer|trader|resident|mother|father|widow|"
    r"survivor|witness|activist|lawyer|journalist|correspondent|reporter|priest|pastor|imam|"
    r"bishop|chieftain|elder|founder|member|lawmaker|senator|deputy|administrator|"
    r"commissioner|prefect|representative|negotiator|general|colonel|captain|major|"
    r"lieutenant|sergeant|soldier|fighter|driver|worker|owner|shopkeeper|herder|fisherman"
)
_BYLINE = re.compile(rf"(?m)^By\s+(?P<name>{_NAME})(?=\s*(?:,|$|\s+and\s+|\s+in\s+))")
_ROLE_AFTER = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME}),\s+(?:(?:the|a|an)\s+)?"
    rf"(?:(?!(?:whose|which|where|when|that|who)\b)[\w'’-]+\s+){{0,4}}?"
    rf"(?:{_ROLE})\b(?=\s+(?:of|for|at|in|who|with|to)\b|,)"
)
_ROLE_BEFORE = re.compile(
    rf"\b(?:{_ROLE})(?:\s+(?:of|for|at|in)\s+[^,\"“”]{{2,70}}?)?,\s+"
    rf"(?P<name>(?:[A-Z][\w.'’-]*\s+){{0,4}}?{_NAME}),\s+"
    rf"(?:(?:also|later)\s+)?(?:said|says|told|added|wrote|warned|confirmed|denied|stressed)\b"
)
_CORRESPONDENT = re.compile(
    rf"'s\s+(?P<name>{_NAME}),\s+(?:reporting|writing|who\s+reported|speaking)\s+from\b"
)
_IDENTIFIED = re.compile(
    rf"\b(?:identified|named)\s+(?:by\s+[\w\s'’]{{2,30}}?\s+)?as\s+(?P<name>{_NAME})\b"
)
# Capitalised words that cannot be part of such a name.
_NOT_NAME_WORD = re.compile(
    r"^(?:The|A|An|His|Her|Its|Their|This|That|In|On|At|Of|For|And|But|Later|Earlier|Then|"
    r"Meanwhile|However|Separately|Also|Yesterday|Today|When|After|Before|While|As|Since|If|"
    r"Police|Army|Command|"
    r"Ministry|Council|Forces|Force|Government|State|Region|Province|District|City|Office|"
    r"Agency|Party|Group|Front|Mission|Nations|United|Union|Department|Service|Hospital|"
    r"University|Committee|Movement|Brigade|Brigades|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)$"
)
_TITLE_TOKEN = re.compile(
    r"^(?:[A-Z]{2,4}\.?|(?:Air|Vice|Rear|Field|Lt|Maj|Brig|Gen|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|"
    r"Prof|Rev|Sen|Gov)\.?|Marshal|Admiral|General|Colonel|Major|Captain|Lieutenant|"
    r"Sergeant|Commander|Superintendent|Inspector|Brigadier|Senior|Chief|Doctor|Professor)$"
)


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name inside a matched phrase, leading ranks dropped; None if it is no name."""
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    while len(tokens) > 2 and (
        _TITLE_TOKEN.match(text[tokens[0][0] : tokens[0][1]])
        or _NOT_NAME_WORD.match(text[tokens[0][0] : tokens[0][1]])
    ):
        tokens = tokens[1:]
    words = [text[a:b] for a, b in tokens]
    if not 2 <= len(words) <= 4 or any(_NOT_NAME_WORD.match(w) for w in words):
        return None
    if _TITLE_TOKEN.match(words[0]) or "\n" in text[tokens[0][0] : tokens[-1][1]]:
        return None
    return tokens[0][0], tokens[-1][1]


def contextual_person_entities(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with PERSON entities added for names in byline, apposition and similar frames.

    An entity of another label on the same words (a name tagged as an organisation or a date)
    gives way to the person.
    """
    found: list[tuple[int, int]] = []
    for pattern in (_BYLINE, _ROLE_AFTER, _ROLE_BEFORE, _CORRESPONDENT, _IDENTIFIED):
        for m in pattern.finditer(text):
            span = _name_span(text, *m.span("name"))
            if span is not None:
                found.append(span)
    if not found:
        return ents
    out = list(ents)
    for a, b in sorted(set(found)):
        overlapping = [e for e in out if e.start < b and a < e.end]
        if any(e.label == "PERSON" for e in overlapping):
            continue
        if any(
            e.label in ("GPE", "LOC", "FAC") and (e.start, e.end) == (a, b) for e in overlapping
        ):
            continue  # a place written with a role-like word after it
        if any(e.start < a or e.end > b for e in overlapping):
            continue  # part of a longer name of something else
        out = [e for e in out if e not in overlapping]
        out.append(Entity(a, b, "PERSON", text[a:b]))
    out.sort(key=lambda e: (e.start, -e.end))
    return out

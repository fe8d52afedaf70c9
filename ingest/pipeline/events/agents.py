"""Who acts in a sentence: the subject of a takeover, and whether state forces are the agent.

A state named as the object or the place of an action ("from the army", "in central Somalia",
"clashes with government troops") is not the one acting; only actors in subject position (or
after "by") decide whether a territorial takeover is the government regaining ground or a
non-state actor (or a foreign state) overtaking it.
"""

from __future__ import annotations

import re

from ingest.pipeline import classify as cl
from ingest.pipeline.actors import ActorMention
from ingest.pipeline.locate import LEVEL_COUNTRY, Located

_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:from|with|against|in|into|of|near|across|on|at|to|toward|towards|and|between|"
    r"inside|within|throughout|over|for|by|central|northern|southern|eastern|western|"
    r"north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|"
    r"southeastern|southwestern)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BY_AFTER = re.compile(r"^[^.;]{0,80}?\bby\s+(?:the\s+)?$", re.IGNORECASE)
# Unnamed subjects of a takeover: "the army retook", "rebels seized".
_STATE_WORD = re.compile(
    r"\b(?:army|troops|soldiers|military|government\s+forces|armed\s+forces|security\s+forces|"
    r"junta|police)\b",
    re.IGNORECASE,
)
_NON_STATE_WORD = re.compile(
    r"\b(?:rebels?|militants?|fighters|insurgents|jihadists|gunmen|gangs?|gang\s+members|"
    r"militias?|militiamen|separatists|paramilitar(?:y|ies)|bandits)\b",
    re.IGNORECASE,
)

STATE = "state"
FOREIGN_STATE = "foreign_state"
NON_STATE = "non_state"


def acting(norm: str, a: ActorMention) -> bool:
    """The mention is not in object or place position."""
    return not _NOT_SUBJECT_BEFORE.search(norm[max(0, a.start - 30) : a.start])


def _kind(a: ActorMention, places: list[Located]) -> str:
    if a.kind != "state":
        return NON_STATE
    countries = [p.country for p in places if p.level != LEVEL_COUNTRY and p.country]
    countries = countries or [p.country for p in places if p.country]
    if a.country and countries and a.country != countries[0]:
        return FOREIGN_STATE
    return STATE


def takeover_agent(
    norm: str, start: int, end: int, actors: list[ActorMention], places: list[Located]
) -> str | None:
    """STATE, FOREIGN_STATE or NON_STATE for the subject of a takeover verb; None if unknown."""
    text = norm[start:end]
    m = cl.REGAIN.search(text) or cl.TAKEOVER.search(text)
    if m is None:
        return None
    verb_at = start + m.start()
    # "X was captured by Y" / "fell to Y": the agent comes after the verb.
    passive = re.search(
        r"\b(?:was|were|been|being|fell\s+to)\b", norm[max(0, verb_at - 12) : verb_at + 8]
    )
    if passive:
        after = [a for a in actors if verb_at < a.start < end]
        for a in after:
            between = norm[verb_at : a.start]
            if _BY_AFTER.match(between) or re.search(r"\bfell\s+to\s+(?:the\s+)?$", between):
                return _kind(a, places)
        by = re.search(
            r"\b(?:by|to)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?P<w>\w+(?:\s+\w+)?)",
            norm[verb_at : min(end, verb_at + 80)],
        )
        if by and _NON_STATE_WORD.match(by["w"]):
            return NON_STATE
        if by and _STATE_WORD.match(by["w"]):
            return STATE
    lo = max(start, verb_at - 90)
    # The subject nearest the verb: a named actor or an unnamed one ("gangs", "the army").
    found: list[tuple[int, str]] = [
        (a.start, _kind(a, places)) for a in actors if lo <= a.start < verb_at and acting(norm, a)
    ]
    lead = norm[lo:verb_at]
    found += [(lo + x.start(), NON_STATE) for x in _NON_STATE_WORD.finditer(lead)]
    found += [(lo + x.start(), STATE) for x in _STATE_WORD.finditer(lead)]
    spans = [(a.start, a.end) for a in actors]
    found = [
        f
        for f in found
        if not _NOT_SUBJECT_BEFORE.search(norm[max(0, f[0] - 30) : f[0]])
        and not any(a < f[0] < b for a, b in spans)
    ]
    if not found:
        return None
    return max(found)[1]

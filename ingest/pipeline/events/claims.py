"""Claims and blame told apart from the incident: "The BLA claimed responsibility for the killings".

Wire reports often name the attacker a paragraph or two after the attack: a group claims it ("The
Islamic State Mozambique Province claimed both attacks"), the authorities blame one ("The army
blamed the RSF for the attacks", "Police said the attackers belonged to Los Lobos"). A coder
gives the event that perpetrator when the incident's own sentences name none. The claim covers
the incident whose place it names, every incident of the report when it says "both" or "all",
and otherwise the incident told last before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.pipeline.actors import ActorMention

# "X claimed responsibility", "X claimed the attack", "X said it carried out".
_SUBJECT_CLAIM = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:claimed|took\s+responsibility|said\s+(?:it|they)\s+"
    r"(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|staged))\b",
    re.IGNORECASE,
)
# "blamed X for", "blamed the attack on X", "attributed the attack to X", "the attackers belonged
# to X", "accused X of carrying out the attack".
_OBJECT_BLAME = re.compile(
    r"\b(?:blamed(?:\s+(?:the|this|that|both|these)\s+(?:\w+\s+){0,2}?(?:attacks?|killings?|"
    r"violence|bombings?|ambush|massacre|strikes?|shooting|raids?)\s+on)?|"
    r"attributed\s+(?:\w+\s+){0,4}?to|"
    r"(?:attackers|gunmen|assailants|killers|perpetrators)\s+(?:belonged\s+to|were\s+members\s+"
    r"of|were\s+from|were\s+fighters\s+of)|"
    r"accused\s+(?=(?:the\s+)?[A-Z]))",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no\s+(?:group|one)|nobody|none|not\s+(?:immediately\s+)?(?:claimed|confirm|"
    r"verify|say)|denied|could\s+not\s+(?:confirm|verify|say)|did\s+not\s+(?:say|claim))\b",
    re.IGNORECASE,
)
_ALL_SCOPE = re.compile(
    r"\b(?:both|all(?:\s+(?:the|three|four|of\s+the))?)\s+(?:\w+\s+)?"
    r"(?:attacks|incidents|killings|raids|strikes)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Claim:
    actor: ActorMention
    start: int  # the claim's sentence
    end: int
    all_events: bool


def find_claims(
    norm: str, sentences: list, actors: list[ActorMention], quote_spans: list[tuple[int, int]]
) -> list[Claim]:
    """Attacker claims and blame in the reporter's own sentences (quotes left out)."""
    out: list[Claim] = []
    for s in sentences:
        text = norm[s.start : s.end]
        if not (_SUBJECT_CLAIM.search(text) or _OBJECT_BLAME.search(text)):
            continue
        if _NEGATED.search(text):
            continue
        here = [
            a
            for a in actors
            if s.start <= a.start < s.end
            and a.name != "Unidentified Armed Group"
            and not any(q0 <= a.start < q1 for q0, q1 in quote_spans)
        ]
        if not here:
            continue
        actor: ActorMention | None = None
        m = _SUBJECT_CLAIM.search(text)
        if m is not None:
            before = [
                a
                for a in here
                if a.end <= s.start + m.start() and s.start + m.start() - a.end <= 60
            ]
            if before:
                actor = before[-1]
        if actor is None:
            b = _OBJECT_BLAME.search(text)
            if b is not None:
                after = [a for a in here if 0 <= a.start - (s.start + b.end()) <= 60]
                if after:
                    actor = after[0]
        if actor is None or (actor.kind == "state" and m is None):
            # Blame aimed at a state is an accusation, not the report's attacker.
            continue
        out.append(Claim(actor, s.start, s.end, bool(_ALL_SCOPE.search(text))))
    return out


def claim_for(
    claims: list[Claim], index: int, events: list[tuple[list[int], list[str]]], norm: str
) -> ActorMention | None:
    """The claimed or blamed attacker of ``events[index]`` ((sentence starts, place names)).

    A claim naming a place goes to that place's event; "both attacks" to every event told before
    it; any other claim to the event told last before it, unless it names another event's place.
    """
    starts = events[index][0]
    for c in claims:
        text = norm[c.start : c.end]
        if c.all_events and min(starts, default=c.start) < c.start:
            return c.actor
        named = [i for i, (_, ns) in enumerate(events) if any(_mentions(text, n) for n in ns)]
        if named:
            if index in named:
                return c.actor
            continue
        last = {
            i: max((x for x in xs if x < c.start), default=-1) for i, (xs, _) in enumerate(events)
        }
        best = max(last, key=lambda i: last[i])
        if last[best] >= 0 and best == index:
            return c.actor
    return None


def unclaimed(norm: str, starts: list[tuple[int, int]], following: bool = True) -> bool:
    """The event's own sentences, or the one right after them in the same paragraph, say nobody
    claimed it ("A roadside bomb killed three. No group claimed responsibility.")."""
    for a, b in starts:
        if _UNCLAIMED.search(norm, a, b):
            return True
        if not following:
            continue
        para_end = norm.find("\n\n", b)
        nxt = _NEXT_SENTENCE.match(norm, b, para_end if para_end >= 0 else len(norm))
        if nxt and _UNCLAIMED.search(nxt.group(0)):
            return True
    return False


_NEXT_SENTENCE = re.compile(r"[ \t]*[^.!?\n]{0,200}[.!?]")


_UNCLAIMED = re.compile(
    r"\b(?:no\s+(?:group|one)|nobody|none\s+of\s+the\s+groups)\s+(?:has\s+|had\s+)?"
    r"(?:immediately\s+|yet\s+)?claimed\b|"
    # "Authorities did not say who was behind the blast", "it was not clear who fired".
    r"\b(?:did\s+not|didn't|would\s+not|could\s+not)\s+say\s+who\s+(?:was|were|had\s+been)\s+"
    r"(?:behind|responsible)|"
    r"\b(?:it\s+was|it\s+is|it\s+remained)\s+(?:not\s+clear|unclear)\s+who\s+"
    r"(?:was\s+behind|carried\s+out|fired|planted|was\s+responsible|attacked)",
    re.IGNORECASE,
)


def _mentions(text: str, name: str) -> bool:
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None

"""Weapons told in the sentences that follow an incident without naming its place again.

News reports name the place in the lead and describe how the attack was carried out in the next
sentences: "Al-Shabaab attacked a militia base in X on Tuesday. The insurgents opened with a car
bomb at the gate, followed by gunmen on foot." The second sentence names no place, so it is not
one of the event's own sentences, but its weapons are the event's. This module reads them for an
event that has no weapon of its own: the rest of each of its sentences' paragraphs and the next
paragraph, up to the first sentence that turns to another incident (another event's sentence,
another place, another day, "separately", background).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.pipeline.dates import find_date_mentions
from ingest.pipeline.events.cues import SentenceInfo
from ingest.pipeline.text import Sentence
from ingest.pipeline.weapons import AIR_DEFENCE, NONE, WeaponMention, find_weapons

# A sentence that turns to another incident or to the wider conflict.
_TURN = re.compile(
    r"^\W*(?:separately|in\s+(?:a|another)\s+(?:separate|different|similar|later|earlier)|"
    r"elsewhere|meanwhile|in\s+another|earlier|previously|last\s+(?:week|month|year)|"
    r"in\s+(?:19|20)\d\d|since\b|the\s+(?:group|militants?|rebels?|insurgents?)\s+(?:has|have)\b)",
    re.IGNORECASE,
)
# "seized rifles and grenades", "recovered two pistols": weapons found, not weapons used.
_FOUND = re.compile(
    r"\b(?:seized|seizing|recovered|recovering|confiscated|found|discovered|impounded|"
    r"surrendered|handed\s+over|captured|capturing|left\s+behind|leaving)\b[^.;:]*$",
    re.IGNORECASE,
)
# Hypothetical or habitual weapons: "could use drones", "have often used roadside bombs".
_NOT_USED = re.compile(
    r"\b(?:could|would|might|may|threaten(?:s|ed)?\s+to|(?:has|have)\s+(?:\w+\s+)?used|"
    r"often|frequently|regularly|usually|typically|waving|brandishing|posing\s+with|"
    r"displaying|showing\s+off)\b[^.;:]*$",
    re.IGNORECASE,
)


# "..., said a commander of the militia, which has fought the group since 2022": a relative
# clause that makes the sentence read as background, after the account of the incident.
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")
# After the attack: pursuit, reinforcements, evacuation of the wounded.
_AFTERWARDS = re.compile(
    r"\b(?:reinforcements?|pursu(?:e|es|ed|ing|it)|chas(?:e|ed|ing)|evacuat(?:ed|ing|ion)|"
    r"airlift(?:ed)?|flown|rushed|taken)\b",
    re.IGNORECASE,
)


def _spoken(pos: int, quote_spans: Sequence[tuple[int, int]]) -> bool:
    return any(a - 1 <= pos < b + 1 for a, b in quote_spans)


_DAY_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|"
    r"\d{1,2})\b",
    re.IGNORECASE,
)


def _day_words(text: str) -> set[str]:
    return {m.group(0).lower() for m in _DAY_WORD.finditer(text)}


def _other_day(norm: str, s: Sentence, own_day: str = "") -> bool:
    """The sentence dates something else (another day than the event's, not a statement's)."""
    own = _day_words(own_day)
    return any(
        not d.report and not d.dateline and not (own and _day_words(norm[d.start : d.end]) & own)
        for d in find_date_mentions(norm, s.start, s.end, None)
    )


def follow_up_weapons(
    norm: str,
    own: Iterable[SentenceInfo],
    own_keys: set[str],
    infos: Sequence[SentenceInfo],
    taken: set[int],
    sentences: Sequence[Sentence],
    quote_spans: Sequence[tuple[int, int]],
    own_day: str = "",
) -> list[WeaponMention]:
    """Weapons of the place-less sentences right after an event's own sentences.

    ``own`` are the event's sentences, ``own_keys`` its place keys, ``taken`` the indices of
    sentences that belong to other events, ``own_day`` the words that date the event ("on
    Friday"): a sentence dated the same way still tells the event.
    """
    own_list = list(own)
    own_index = {i.sentence.index for i in own_list}
    info_at = {i.sentence.index: i for i in infos}
    found: list[WeaponMention] = []
    mentions = [w for w in find_weapons(norm) if w.family not in (NONE, AIR_DEFENCE)]
    if not mentions:
        return found
    for info in own_list:
        last_para = info.sentence.paragraph + 1
        for s in sentences[info.sentence.index + 1 :]:
            if s.paragraph > last_para or s.index in taken:
                break
            if s.index in own_index:
                continue
            other = info_at.get(s.index)
            if other is not None and any(
                p.key not in own_keys for p in other.places if p.level != "country"
            ):
                break
            if _TURN.match(norm, s.start, s.end) or _other_day(norm, s, own_day):
                break
            end = s.end
            if other is not None and other.background:
                rel = _RELATIVE.search(norm, s.start, s.end)
                if rel is None:
                    break
                end = rel.start()
            if _AFTERWARDS.search(norm, s.start, end):
                continue
            for w in mentions:
                if not s.start <= w.start < end or _spoken(w.start, quote_spans):
                    continue
                before = norm[max(s.start, w.start - 60) : w.start]
                if _FOUND.search(before) or _NOT_USED.search(before):
                    continue
                found.append(w)
    return found

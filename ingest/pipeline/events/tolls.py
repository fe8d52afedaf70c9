"""The toll of an event from the figures of its sentences (ACLED's conservative rule)."""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace

from ingest.pipeline.numbers import KILLED, Figure

# A figure given on someone's authority: "a local official said", "the minister put the toll at".
_SOURCED = re.compile(
    r"\b(?:said|says|according\s+to|put\s+the\s+(?:death\s+)?toll|told|reported|"
    r"confirmed|announced|citing)\b",
    re.IGNORECASE,
)


_PART_OF_TOLL = re.compile(
    r"\b(?:died|killed|dead|injured|wounded)\s+there\b|\bthere\s+(?:died|were\s+killed)\b",
    re.IGNORECASE,
)


def sentence_around(norm: str, pos: int) -> str:
    lo = max(norm.rfind(". ", 0, pos), norm.rfind("\n", 0, pos)) + 1
    m = re.compile(r"[.!?](?:\s|$)|\n").search(norm, pos)
    return norm[lo : m.start() if m else len(norm)]


def best_figure(
    figs: list[tuple[Figure, int]],
    kind: str,
    children: bool,
    sentences: dict[int, str] | None = None,
    newest_first: bool = False,
) -> Figure | None:
    """The event's figure of one kind: an update, else the conservative sourced count, else
    the largest (with the dead of both sides added up)."""
    chosen = [(f, i) for f, i in figs if f.kind == kind and f.children == children]
    if not chosen:
        return None
    # "Among the dead were two lawmakers": a part of the toll, used only when nothing else is.
    chosen = [(f, i) for f, i in chosen if not f.part] or chosen
    if newest_first and len(chosen) > 1 and kind == KILLED and not children:
        # A live blog told newest first: the death toll nearest the top supersedes older ones.
        # (Its entries give the wounded piecemeal, per site or hospital, so those stay as usual.)
        live = [f for f, _ in chosen if not f.stale] or [f for f, _ in chosen]
        return min(live, key=lambda f: f.start)
    updates = [f for f, _ in chosen if f.update and f.value > 0]
    if updates:
        return updates[-1]
    # A figure that an update replaced ("initially three") counts only when nothing else does.
    current = [(f, i) for f, i in chosen if not f.stale] or chosen
    # Sources that disagree in separate sentences: the most conservative count wins (ACLED).
    sourced = [(f, i) for f, i in current if sentences and _SOURCED.search(sentences.get(i, ""))]
    if len({i for _, i in sourced}) > 1 and len({f.value for f, _ in sourced}) > 1:
        low = min((f for f, _ in sourced), key=lambda f: f.value)
        low_sentence = next(sentences.get(i, "") for f, i in sourced if f is low)  # type: ignore[union-attr]
        # "Two people died there": a part of the toll (one site), not a rival count of it.
        if not _PART_OF_TOLL.search(low_sentence):
            return low
    top = max((f for f, _ in current), key=lambda f: f.value)
    both = _both_sides(current) if kind == KILLED and not children else None
    return dc_replace(top, value=both) if both is not None and both > top.value else top


def _both_sides(figs: list[tuple[Figure, int]]) -> int | None:
    """ACLED counts everyone killed: the dead of different sides, told apart, add up.

    "12 soldiers were killed, while four fighters died" in one sentence is 16; "gunmen killed
    five villagers ... two of the attackers were killed" across sentences is 7.
    """
    usable = [(f, i) for f, i in figs if f.side and not f.part and not f.stale]
    best: int | None = None
    per_sentence: dict[int, dict[str, int]] = {}
    for f, i in usable:
        sides = per_sentence.setdefault(i, {})
        sides[f.side] = max(sides.get(f.side, 0), f.value)
    for sides in per_sentence.values():
        if len(sides) > 1:
            best = max(best or 0, sum(sides.values()))
    attackers = [f.value for f, _ in usable if f.side == "attacker"]
    victims = [f.value for f, _ in usable if f.side in ("state", "civilian")]
    if attackers and victims:
        best = max(best or 0, max(attackers) + max(victims))
    return best

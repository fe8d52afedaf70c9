"""Clause-level rules for casualty figures: updated tolls, explicit zeros, non-casualty numbers.

A report that updates a toll ("the death toll later rose to seven", "at least nine, up from
five") supersedes the earlier figure, but only the number in the clause carrying the update verb
does; the figure it replaces ("initially three", "up from five") is stale. A report that nobody was
harmed ("no casualties", "no one was killed", "without casualties") is a figure of 0, as ACLED
records it. Numbers that count something else (people displaced, troops deployed, years, unit
names, street numbers, money) are never casualties.
"""

from __future__ import annotations

import re
from typing import Protocol

_I = re.IGNORECASE

# Clause boundaries inside a sentence: punctuation and the conjunctions that start a new clause.
_CLAUSE_BREAK = re.compile(
    r"[;:,]|\s(?:but|while|whereas|although|though|as|after|when|because)\s", _I
)
_UPDATE_VERB = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|increased|jumped|surged|reached|"
    r"updated|revised|revising|now\s+stands|now\s+stood|has\s+grown|had\s+grown|later|"
    r"bringing|brought|raising|raised|pushing|pushed|taking)\b",
    _I,
)
# The figure being replaced: "initially three", "an earlier toll of 12", "up from five".
_STALE_BEFORE = re.compile(
    r"\b(?:initially|originally|first|earlier|previously|previous|initial|"
    r"up\s+from|down\s+from|from\s+(?:an?\s+)?(?:earlier|previous|initial)?\s*(?:\w+\s+)?|"
    r"revised\s+(?:\w+\s+){0,3}from)\s+(?:\w+\s+){0,4}?"
    r"(?:(?:at\s+least|more\s+than|about|around|some|nearly)\s+)?$",
    _I,
)
_UP_FROM_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:up|down)\s+from\b", _I)

# Verbs and states that count people who were not killed or injured.
_NOT_CASUALTY_VERB = (
    r"displac(?:ed|ing|es)|deploy(?:ed|ing|s)|sent|send(?:ing|s)?|evacuat(?:ed|ing|es)|"
    r"fled|flee(?:ing|s)?|rescu(?:ed|ing|es)|arrest(?:ed|ing|s)|detain(?:ed|ing|s)|"
    r"abduct(?:ed|ing|s)|kidnap(?:ped|ping|s)|freed|free(?:ing|s)|releas(?:ed|ing|es)|"
    r"hous(?:ed|ing|es)|shelter(?:ed|ing|s)|recruit(?:ed|ing|s)|mobili[sz](?:ed|ing|es)|"
    r"surrender(?:ed|ing|s)|return(?:ed|ing|s)|uproot(?:ed|ing|s)|stationed|trained|"
    r"employ(?:ed|ing|s)|hosted|hosting|host(?:s)?|captur(?:ed|ing|es)|"
    r"taken\s+(?:prisoner|hostage|captive)|held\s+(?:hostage|captive)|missing|"
    r"homeless|relocated|dispatched|deployment|reinforcements"
)
_NOT_CASUALTY_BEFORE = re.compile(rf"\b(?:{_NOT_CASUALTY_VERB})\s+(?:\w+\s+){{0,3}}$", _I)
_NOT_CASUALTY_AFTER = re.compile(
    rf"^\s*(?:(?:have|has|had|were|was|are|is|remain(?:ed)?|had\s+been|have\s+been|"
    rf"been|being|reportedly|also|now|still)\s+){{0,3}}(?:{_NOT_CASUALTY_VERB})\b",
    _I,
)
# "Brigade 1000", "Route 66", "Unit 8200": a number that is part of a name.
_DESIGNATOR_BEFORE = re.compile(
    r"\b(?:brigade|battalion|regiment|division|unit|route|highway|road|street|block|sector|"
    r"building|house|no\.|number|platoon|company|corps|squadron|gate|checkpoint|base|hill|"
    r"flight|resolution|article|section|chapter|zone|phase|camp|kilometre|kilometer|km|"
    r"apartment|room|ward|bus|line|level|grade|class|group|team|task\s+force|operation|"
    r"bunker|tower|post|precinct|district|plot)\s+$",
    _I,
)
# "23 Mayfair Street": a street number.
_STREET_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w'-]+\s+){1,3}(?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Boulevard|Blvd\b|"
    r"Lane|Highway|Drive|Square)"
)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₦₹]|\b(?:us\$|usd|eur|gbp|rs\.?|ksh|sh|inr|n))\s*$", _I)
_MONEY_AFTER = re.compile(
    r"^\s*(?:million|billion|bn|m\b)?\s*(?:dollars?|euros?|pounds?|naira|shillings?|rupees?|"
    r"francs?|dinars?|riyals?|rials?|dirhams?|pesos?|rubles?|roubles?|hryvnias?|yuan|"
    r"yen|birr|cedis?|rand|lira|liras|taka|kyat|afghanis?|usd|eur)\b",
    _I,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def clause_around(text: str, start: int, end: int, pos: int, pos_end: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` that holds the span ``pos:pos_end``."""
    lo = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        # "1,000" and "killing 12, including 4 children" are not clause breaks for the number.
        if text[m.start()] == "," and m.end() < len(text) and text[m.end() : m.end() + 1].isdigit():
            continue
        lo = m.end()
    m = _CLAUSE_BREAK.search(text, pos_end, end)
    hi = m.start() if m else end
    return lo, hi


# "Islamic State claimed it killed 40 soldiers": a claim by the attackers, not a count.
_ATTACKER_CLAIM = re.compile(
    r"\b(?:claimed|claims|claiming)\s+(?:that\s+)?(?:it|they|its\s+(?:fighters|members|men)|"
    r"their\s+(?:fighters|members|men)|to\s+have)\b[^.;]{0,50}$",
    _I,
)


# "... 20 soldiers had been killed, a figure officials rejected": a count someone disputes.
_DISPUTED_AFTER = re.compile(
    r"[^.;]{0,50}?,\s+(?:a\s+(?:figure|toll|number|count|claim)|figures?)\s+(?:that\s+)?"
    r"(?:\w+\s+){0,3}?(?:rejected|denied|disputed|dismissed|contested|rejects|denies|disputes)\b",
    _I,
)


def update_state(text: str, start: int, end: int, q_start: int, q_end: int) -> tuple[bool, bool]:
    """(update, stale) for a figure: its clause updates a toll, or it is the replaced figure."""
    lo, hi = clause_around(text, start, end, q_start, q_end)
    before = text[lo:q_start]
    if _STALE_BEFORE.search(before[-60:]):
        return False, True
    if _ATTACKER_CLAIM.search(text[max(start, q_start - 80) : q_start]):
        return False, True  # the attackers' own count yields to any other source
    if _DISPUTED_AFTER.match(text, q_end, end):
        return False, True
    clause = text[lo:hi]
    update = bool(_UPDATE_VERB.search(clause) or _UP_FROM_AFTER.match(text[q_end:end]))
    return update, False


def not_a_head_count(text: str, start: int, q_start: int, q_end: int, number: str) -> bool:
    """A number that counts something other than people killed or hurt, or is part of a name."""
    before = text[max(start, q_start - 40) : q_start]
    after = text[q_end : q_end + 60]
    if _YEAR.match(number.strip()) and not re.match(
        r"^\s+(?:people|civilians|persons|soldiers|troops|fighters)\b", after, _I
    ):
        return True
    if _DESIGNATOR_BEFORE.search(before) and not re.search(
        r"\b(?:killed|wounded)\s+\w*\s*$", before
    ):
        return True
    return bool(
        _STREET_AFTER.match(after) or _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after)
    )


def not_a_casualty(text: str, start: int, q_start: int, noun_end: int) -> bool:
    """The count is governed by a verb of displacement, deployment, arrest, rescue ..."""
    before = text[max(start, q_start - 40) : q_start]
    if _NOT_CASUALTY_BEFORE.search(before):
        return True
    return bool(_NOT_CASUALTY_AFTER.match(text[noun_end : noun_end + 60]))


# Reports that nobody was harmed.
_ZERO_BOTH = re.compile(
    r"\b(?:(?:there\s+(?:were|was|have\s+been|had\s+been)\s+)?no\s+(?:immediate\s+|initial\s+|"
    r"other\s+)?(?:reports?\s+of\s+)?(?:casualties|injuries|injured|victims|one\s+(?:hurt|"
    r"injured|harmed))|without\s+(?:causing\s+|leaving\s+|any\s+)*(?:casualties|injuries)|"
    r"(?:caused|causing|left|leaving|resulted\s+in|reported)\s+no\s+(?:casualties|injuries)|"
    r"did\s+not\s+(?:cause|result\s+in|leave)\s+any\s+(?:casualties|injuries)|"
    r"(?:no\s*-?\s*one|nobody|no\s+person|no\s+people|none)\s+(?:was|were|had\s+been|has\s+been|"
    r"have\s+been|is|are)\s+(?:\w+\s+)?(?:hurt|injured|wounded|harmed))\b",
    _I,
)
_ZERO_KILLED = re.compile(
    r"\b(?:(?:there\s+(?:were|was|have\s+been)\s+)?no\s+(?:immediate\s+|other\s+)?"
    r"(?:reports?\s+of\s+)?(?:deaths|fatalities|dead|loss\s+of\s+life)|"
    r"(?:no\s*-?\s*one|nobody|no\s+person|no\s+people|none)\s+(?:was|were|had\s+been|has\s+been|"
    r"have\s+been|is|are)\s+(?:\w+\s+)?killed|(?:no\s*-?\s*one|nobody|none)\s+(?:\w+\s+)?died|"
    r"no\s+lives\s+were\s+lost|without\s+(?:causing\s+)?(?:any\s+)?(?:deaths|fatalities|"
    r"loss\s+of\s+life))\b",
    _I,
)
_ZERO_GUARD = re.compile(
    r"\b(?:no\s+(?:immediate\s+)?(?:word|information|details|figures?|confirmation|"
    r"indication)|not\s+(?:immediately\s+)?(?:clear|known)|unclear)\b",
    _I,
)


def zero_figures(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """("killed" | "injured" | "both", start, end) for each report that nobody was harmed."""
    out: list[tuple[str, int, int]] = []
    chunk = text[start:end].lower()
    if "no" not in chunk and "without" not in chunk:
        return out  # every pattern needs "no", "none", "nobody" or "without"
    for m in _ZERO_BOTH.finditer(text, start, end):
        if not _ZERO_GUARD.search(text, max(start, m.start() - 30), m.start()):
            out.append(("both", m.start(), m.end()))
    for m in _ZERO_KILLED.finditer(text, start, end):
        if any(a <= m.start() < b for _, a, b in out):
            continue
        out.append(("killed", m.start(), m.end()))
    return out


def reports_no_harm(text: str) -> bool:
    """The text says nobody was killed or hurt ("no casualties were reported")."""
    return bool(zero_figures(text, 0, len(text)))


# "It later rose to seven": a toll named in the sentence before, updated by a pronoun subject.
_PRONOUN_UPDATE = re.compile(
    r"\b(?:it|this|that|the\s+figure|the\s+number|the\s+tally)\s+(?:\w+\s+){0,2}?"
    r"(?:rose|climbed|increased|jumped|risen|grew|grown|reached|stood|stands)\s+(?:to\s+|at\s+)?$",
    _I,
)
_PRIOR_TOLL = re.compile(r"\b(?:death\s+toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+dead)\b", _I)


def pronoun_toll_update(text: str, start: int, q_start: int) -> bool:
    """The number updates a death toll named just before, through "it" or "the figure"."""
    if not _PRONOUN_UPDATE.search(text[max(start, q_start - 50) : q_start]):
        return False
    return bool(_PRIOR_TOLL.search(text, max(0, start - 250), q_start))


# Whose dead a count names, for ACLED's rule that an event's fatalities are everyone killed in
# it: "12 soldiers were killed, while four fighters died" counts both sides.
_STATE_NOUN = re.compile(
    r"^(?:soldiers?|troops|servicem[ae]n|service\s+members|police(?:men|\s+officers)?|"
    r"policem[ae]n|officers?|gendarmes|guards?|security\s+personnel|personnel|jawans?|"
    r"constables?|commandos|recruits|paramilitaries|peacekeepers)$",
    re.IGNORECASE,
)
_CIVILIAN_NOUN = re.compile(
    r"^(?:civilians?|residents?|villagers|farmers|herders|worshippers|pilgrims|passengers|"
    r"pedestrians|shoppers|traders|students|pupils|workers|miners|fishermen|shepherds?|"
    r"displaced\s+people|refugees|migrants|bystanders|women|woman)$",
    re.IGNORECASE,
)
_ATTACKER_NOUN = re.compile(
    r"^(?:attackers?|assailants?|gunm[ae]n|raiders|suicide\s+bombers?)$", re.IGNORECASE
)
_ARMED_NOUN = re.compile(
    r"^(?:militants?|insurgents?|rebels?|jihadists?|fighters?|terrorists?|bandits?|"
    r"militiam[ae]n|cadres|combatants)$",
    re.IGNORECASE,
)


def casualty_side(noun: str) -> str:
    """The side a counted noun belongs to: state, civilian, armed (group) or attacker."""
    noun = noun.strip()
    if _ATTACKER_NOUN.match(noun):
        return "attacker"
    if _STATE_NOUN.match(noun):
        return "state"
    if _CIVILIAN_NOUN.match(noun):
        return "civilian"
    if _ARMED_NOUN.match(noun):
        return "armed"
    return ""


class Counted(Protocol):
    """A number phrase: its value (None when vague) and where it starts."""

    @property
    def value(self) -> int | None: ...

    @property
    def start(self) -> int: ...


# Between two counts that are objects or subjects of one verb: "an officer and two soldiers".
# (A bare comma is not enough: "killed nine militiamen, a militia commander said".)
COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|along\s+with)\s+")


def coordinated(
    text: str, raw: list[tuple[Counted, str | None, bool, bool]], noun_ends: list[int | None]
) -> list[str | None]:
    """For each count joined to the one before it ("N soldiers and M civilians"), their kind.

    Counts with their nouns, joined only by "and" or a comma, share the verb that names the
    harm once, before or after them; the counts then add up (a later pass sums them).
    """
    out: list[str | None] = [None] * len(raw)
    for i in range(1, len(raw)):
        (q1, k1, _c1, inc1), (q2, k2, _c2, inc2) = raw[i - 1], raw[i]
        end1 = noun_ends[i - 1]
        if end1 is None or noun_ends[i] is None or inc1 or inc2:
            continue
        if q1.value is None or q2.value is None or end1 > q2.start:
            continue
        if not COORDINATION.fullmatch(text, end1, q2.start):
            continue
        if k1 and k2 and k1 != k2:
            continue
        kind = k1 or k2 or out[i - 1]
        if kind is None:
            continue
        out[i] = kind
        if out[i - 1] is None and k1 is None:
            raw[i - 1] = (q1, kind, raw[i - 1][2], inc1)
    return out

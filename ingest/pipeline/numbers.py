"""Casualty figures under ACLED's conservative rule.

"at least four" -> 4, "more than seventy" -> 70, "two dozen" -> 24, digits and number words; vague
quantities ("several", "dozens", "scores", "hundreds") give no number at all. A figure is kept only
when it counts people and a casualty word ties it to killed or injured; "including six children"
inherits the verb of the clause it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.pipeline.figure_rules import (
    COORDINATION,
    casualty_side,
    coordinated,
    not_a_casualty,
    not_a_head_count,
    pronoun_toll_update,
    update_state,
    zero_figures,
)

KILLED = "killed"
INJURED = "injured"

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000}
_VAGUE = (
    r"several|dozens|scores|hundreds|thousands|many|numerous|multiple|countless|a few|few|"
    r"a number of|a handful of|tens of|some"
)

_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_RE = "(?:" + "|".join(_TENS) + ")"
_WORDNUM = (
    rf"(?:(?:a|one|{_UNIT_RE}|{_TENS_RE}(?:[- ](?:{_UNIT_RE}))?)\s+hundred"
    rf"(?:\s+(?:and\s+)?(?:{_TENS_RE}(?:[- ](?:{_UNIT_RE}))?|{_UNIT_RE}))?"
    rf"|{_TENS_RE}(?:[- ](?:{_UNIT_RE}))?|{_UNIT_RE})"
)
_DOZEN = r"(?:half\s+a|a|one|two|three|four|five|a\s+couple\s+of)\s+dozen"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
NUMBER_RE = re.compile(
    rf"(?<![\w.,:/-])(?P<num>{_DIGITS}|{_DOZEN}|{_WORDNUM}|a\s+couple\s+of|a\s+couple)(?![\w:/]|,\d|\.\d)",
    re.IGNORECASE,
)
_MODIFIER = re.compile(
    r"(?:at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than|"
    r"as\s+many\s+as|up\s+to|about|around|nearly|almost|roughly|approximately|some|"
    r"an\s+estimated|at\s+most|fewer\s+than|less\s+than|close\s+to|another|a\s+further|"
    r"a\s+total\s+of|total\s+of)\s+$",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)

PERSON_NOUN = (
    r"people|persons?|person|civilians?|residents?|children|child|kids?|minors?|babies|baby|"
    r"infants?|toddlers?|teenagers?|teens?|boys?|girls?|women|woman|men|man|soldiers?|troops|"
    r"servicem[ae]n|service\s+members|fighters|militants|insurgents|rebels|jihadists|gunmen|"
    r"bandits|terrorists|combatants|raiders|kidnappers|extremists|rangers|gendarmes|sailors|"
    r"marines|airmen|conscripts|reservists|paratroopers|guardsmen|vigilantes|officials|"
    r"lawmakers|teachers|clerics|monks|priests|imams|tourists|drivers|motorists|customers|"
    r"mourners|guests|spectators|"
    r"attackers|assailants|militiamen|police(?:men|\s+officers)?|policem[ae]n|officers|guards|"
    r"security\s+personnel|personnel|workers|staff(?:ers)?|villagers|farmers|herders|worshippers|"
    r"pilgrims|protesters|demonstrators|students|pupils|passengers|pedestrians|others|more|"
    r"members|journalists|reporters|medics|paramedics|doctors|nurses|patients|relatives|"
    r"family\s+members|siblings|brothers|sisters|elderly|adults|individuals|victims|"
    r"firefighters|rescuers|volunteers|employees|miners|fishermen|traders|shoppers|"
    r"refugees|migrants|displaced\s+people|peacekeepers|contractors|bystanders|occupants|"
    r"of\s+them|of\s+whom|gunman|attacker|assailant|militant|fighter|insurgent|rebel|"
    r"militiam[ae]n|officer|guard|driver|prisoners?|detainees?|inmates?|settlers?|shepherds?|"
    r"elders?|chiefs?|jawans?|constables?|commandos|cadres|recruits|paramilitaries|"
    r"[A-Z][a-z]+(?:ans|ians|is|ese|ites|ish)"
)
_CHILD_NOUN = re.compile(
    r"^(?:children|child|kids?|minors?|babies|baby|infants?|toddlers?|teenagers?|teens?|boys?|"
    r"girls?|schoolchildren|pupils)\b",
    re.IGNORECASE,
)
_KILL_WORD = (
    r"killed|dead|died|die|deaths?|death\s+toll|fatalities|fatally|lives|bodies|slain|"
    r"massacred|executed|perished|murdered|shot\s+dead|lost\s+their\s+lives|were\s+among\s+the\s+dead|"
    r"were\s+among\s+those\s+killed|succumbed|beheaded|burned\s+to\s+death|drowned"
)
_INJURE_WORD = (
    r"wounded|injured|injuries|injury|hurt|hospitali[sz]ed|hospitali[sz]ation|wounds|"
    r"were\s+treated|treated\s+in\s+hospital|taken\s+to\s+hospital|in\s+hospital|"
    r"were\s+among\s+the\s+(?:wounded|injured)"
)
_AFTER_KILL = re.compile(rf"^[\w\s,'()-]{{0,45}}?\b(?:{_KILL_WORD})\b", re.IGNORECASE)
_AFTER_INJURE = re.compile(rf"^[\w\s,'()-]{{0,45}}?\b(?:{_INJURE_WORD})\b", re.IGNORECASE)
_BEFORE_KILL = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|slaughtered|massacred|executed|murdered|slew|shot\s+dead|"
    r"shooting\s+dead|gunning\s+down|gunned\s+down|"
    r"behead(?:ed|ing)|"
    r"claim(?:ed|ing)?\s+the\s+lives\s+of|took\s+the\s+lives\s+of|death\s+toll\b[\w\s]{0,25}?"
    r"\b(?:to|at|of|is|was|stood|stands|reached|hit)|toll\s+(?:\w+\s+){0,3}(?:to|at|of)|"
    r"fatalities\s+(?:\w+\s+){0,2}(?:to|at)|dead\s+(?:\w+\s+){0,2}(?:to|at)|"
    r"among\s+the\s+(?:dead|killed|victims|fatalities)\s+(?:were|was)|"
    r"(?:dead|killed|victims|fatalities)\s+(?:included|include|includes)|"
    r"bodies\s+of|number\s+of\s+(?:dead|deaths|people\s+killed)\s+(?:\w+\s+){0,3}(?:to|at))"
    r"\s*(?:(?:all|the|its|their|his|her)\s+)?$",
    re.IGNORECASE,
)
_BEFORE_INJURE = re.compile(
    r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing)?|hospitali[sz](?:ed|ing)|"
    r"(?:medics|paramedics|doctors|hospitals?|rescuers|teams?)\s+(?:\w+\s+){0,2}treat(?:ed|ing)|"
    r"among\s+the\s+(?:wounded|injured)\s+(?:were|was)|"
    r"(?:wounded|injured)\s+(?:included|include|includes)|"
    r"number\s+of\s+(?:wounded|injured)\s+(?:\w+\s+){0,3}(?:to|at)|"
    r"(?:wounded|injured)\s+(?:\w+\s+){0,2}(?:to|at))\s*(?:(?:all|the|its|their|his|her)\s+)?$",
    re.IGNORECASE,
)
# "The toll initially stood at 20 but rose to 25": the toll is the subject of a later verb.
_TOLL_UPDATE = re.compile(
    r"\b(?:death\s+)?toll\b[^.;]{0,120}?\b(?:rose|risen|climbed|increased|jumped|reached|"
    r"stood|stands|grew|grown|revised(?:\s+\w+)?)\s+(?:to|at)\s+$",
    re.IGNORECASE,
)
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|incl\.)\s*$", re.I)
# Words after a number that show it is not a head count.
_NOT_PEOPLE = re.compile(
    r"^\s*(?:-?\s*year|-?\s*month|-?\s*day|-?\s*hour|-?\s*minute|-?\s*week|%|per\s*cent|percent|"
    r"km|kilomet|mile|met(?:er|re)|-?storey|-?story|floor|am\b|pm\b|a\.m|p\.m|times|"
    rf"(?:{_MONTHS})\b|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)


_AGE_BEFORE = re.compile(
    rf"\b(?:aged|ages\s+of|ages)\s+(?:between\s+)?(?:(?:\d+|{_WORDNUM})\s*(?:,|and|to|-)\s*)*$",
    re.IGNORECASE,
)
_OWN_HARM_VERB = re.compile(
    r"\s*(?:were|was|had\s+been|have\s+been|are)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt)\b",
    re.IGNORECASE,
)
_AGES = re.compile(
    rf"\baged\s+(?:\d+|{_WORDNUM})(?:\s*(?:,|and|to|-)\s*(?:\d+|{_WORDNUM}))*", re.IGNORECASE
)
_OF_QUALIFIER = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?(?=(?:were|was|had\s+been|have\s+been)\s)",
    re.IGNORECASE,
)
# "31 wounded people", "nine dead soldiers": the casualty word sits between number and noun.
_ADJECTIVE_KIND = re.compile(r"^\s+(?:\w+\s+)?(?P<word>wounded|injured|dead|slain)\s", re.I)
# "whose sister and two nephews were among the dead": a part of the toll named after it.
_AMONG_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|"
    r"victims|fatalities|those\s+killed|wounded|injured)\b",
    re.IGNORECASE,
)


_ONE_BY_ROLE = re.compile(
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|shot\s+dead)\s+(?P<q>(?:the|its|their|"
    r"his|her)\s+(?:\w+-year-old\s+|young\s+|elderly\s+)?(?P<noun>driver|pilot|owner|"
    r"guard|imam|priest|pastor|mayor|governor|chief|commander|leader|head|wife|husband|son|"
    r"daughter|father|mother|brother|sister|conductor|shopkeeper|headteacher|teacher|"
    r"doctor|nurse|passenger|occupant|cameraman|photographer|journalist|reporter)\b)",
    re.IGNORECASE,
)


_ONE_PERSON = re.compile(
    r"\b(?:[Aa]n?)\s+(?:(?:\d+-year-old|young|elderly|local|pregnant|teenage|[a-z]+-year-old|"
    r"[A-Z][a-z]+(?:an|ian|i|ese|ish)|village|community|tribal|traditional|off-duty|"
    r"senior|Hamas|Taliban|militia|security|prison|bus|taxi|truck|motorbike)\s+){0,2}"
    r"(?:[Mm]an|[Ww]oman|child|boy|girl|baby|civilian|soldier|person|resident|policeman|"
    r"police\s+officer|officer|worker|teenager|farmer|journalist|fighter|militant|gunman|"
    r"attacker|assailant|driver|guard|chief|elder|leader|commander|shepherd|trader|student|"
    r"teacher|pupil|nurse|doctor|paramedic|medic|settler|prisoner|detainee|passenger|"
    r"pedestrian|passer-by|motorcyclist|herder|villager|(?:Palestinian|Israeli|Ukrainian|Russian|"
    r"Lebanese|Syrian|Iraqi|Afghan|Pakistani|Nigerian|Somali|Sudanese|Malian))\b(?!-)"
)


@dataclass(frozen=True)
class Quantity:
    value: int | None  # None for vague quantities
    start: int
    end: int
    modifier: str = ""  # "at least", "more than", ...
    noun: str = ""  # set when the phrase already includes its noun ("a woman")


# Between two counts of one toll: "six civilians and one officer", "three soldiers and two
# policemen" (nouns only, no verb of their own).
_PARTS_JOINED = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:soldiers?|officers?|policem[ae]n|civilians?|troops|"
    r"gendarmes|guards?|militants?|fighters?|attackers?|assailants|people|villagers|residents|"
    r"workers|passengers|members)\s+and\s+(?=\S+\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+"
    r"(?:were|was|had\s+been|have\s+been|died)\b)",
    re.IGNORECASE,
)


_AMONG_THE_DEAD = re.compile(
    r"(?:\bamong\s+(?:the\s+)?(?:dead|killed|victims|fatalities|those\s+killed|wounded|injured)"
    r"\s+(?:were|was|are|is)|\b(?:dead|killed|victims|fatalities|wounded|injured)\s+"
    r"(?:included|include|includes))\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)


def _joined_parts(text: str, a: int, b: int, end: int) -> bool:
    m = _PARTS_JOINED.match(text, a, min(end, b + 80))
    return m is not None and m.end() == b


@dataclass(frozen=True)
class Figure:
    """A head count tied to killed or injured."""

    kind: str  # KILLED or INJURED
    value: int
    start: int  # span of the number phrase (modifier included)
    end: int
    children: bool = False
    update: bool = False  # its clause updates an earlier toll ("rose to", "later")
    stale: bool = False  # the figure an update replaces ("initially three", "up from five")
    part: bool = False  # a part of a toll told elsewhere ("Among the dead were two lawmakers")
    side: str = ""  # whose dead: "state", "civilian", "armed", "attacker" or "" (not said)


def word_to_int(phrase: str) -> int | None:
    """Digits, number words and dozens as an int; None when it is not a number."""
    p = re.sub(r"\s+", " ", phrase.strip().lower().replace("-", " "))
    if not p:
        return None
    if re.fullmatch(_DIGITS, p):
        return int(p.replace(",", ""))
    if p in ("a couple", "a couple of"):
        return 2
    m = re.fullmatch(r"(half a|a|one|two|three|four|five|a couple of) dozen", p)
    if m:
        mult = {"half a": 0.5, "a": 1, "one": 1, "a couple of": 2}.get(m.group(1))
        if mult is None:
            mult = _UNITS[m.group(1)]
        return int(12 * mult)
    total = 0
    current = 0
    seen = False
    for w in p.split():
        if w == "and":
            continue
        if w in ("a",) and not seen:
            current = 1
            seen = True
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Numbers in ``text[start:end]`` with their modifier; vague quantities have value None."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    out: list[Quantity] = []
    for m in NUMBER_RE.finditer(chunk):
        q_start, q_end = m.start(), m.end()
        if _NOT_PEOPLE.match(chunk[q_end : q_end + 12]):
            continue
        before = chunk[max(0, q_start - 12) : q_start]
        if re.search(rf"\b(?:{_MONTHS})\.?\s*$", before, re.I) or re.search(r"[$€£]\s*$", before):
            continue
        if not_a_head_count(text, start, start + q_start, start + q_end, m.group("num")):
            continue
        if _AGE_BEFORE.search(chunk[max(0, q_start - 40) : q_start]):
            continue  # "two men aged 54 and 61": their ages, not a count
        mod = _MODIFIER.search(chunk[max(0, q_start - 30) : q_start])
        mod_text = ""
        if mod:
            mod_text = re.sub(r"\s+", " ", mod.group(0).strip().lower())
            q_start = q_start - (len(chunk[max(0, m.start() - 30) : m.start()]) - mod.start())
        value = word_to_int(m.group("num"))
        out.append(Quantity(value, start + q_start, start + q_end, mod_text))
    for m in re.finditer(rf"\b(?:{_VAGUE})\b", chunk, re.IGNORECASE):
        out.append(Quantity(None, start + m.start(), start + m.end(), ""))
    # A lone "a"/"an" + person noun ("a woman was killed", "a Palestinian man", "a village
    # chief") counts as one.
    for m in _ONE_PERSON.finditer(chunk):
        out.append(Quantity(1, start + m.start(), start + m.end(), "", m.group(0).split()[-1]))
    # "killing the driver", "wounded its pilot": one person named by a role, right after the verb.
    for m in _ONE_BY_ROLE.finditer(chunk):
        out.append(Quantity(1, start + m.start("q"), start + m.end("q"), "", m["noun"]))
    out.sort(key=lambda q: (q.start, -q.end))
    dedup: list[Quantity] = []
    for q in out:
        if dedup and q.start < dedup[-1].end:
            continue
        dedup.append(q)
    return dedup


def _noun_after(text: str, pos: int) -> tuple[str, int]:
    """The person noun right after a number (up to two adjectives between), and where it ends."""
    m = re.match(
        rf"\s+(?:(?:[\w'-]+)\s+){{0,2}}?(?P<noun>{PERSON_NOUN})\b",
        text[pos : pos + 60],
    )
    if not m:
        return "", pos
    return m.group("noun"), pos + m.end()


def casualty_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Killed and injured head counts stated in ``text[start:end]`` (one sentence)."""
    end = len(text) if end is None else end
    raw: list[tuple[Quantity, str | None, bool, bool]] = []  # (q, kind, children, including)
    noun_ends: list[int | None] = []  # where each count's person noun ends (None: no noun)
    sides: list[str] = []
    by_verb: list[bool] = []  # the kind came from a verb before the count
    for q in quantities(text, start, end):
        noun, noun_end = (q.noun, q.end) if q.noun else _noun_after(text, q.end)
        follow = text[noun_end if noun else q.end : end]
        before = text[start : q.start]
        children = bool(noun and _CHILD_NOUN.match(noun))
        kind: str | None = None
        toll_of = False
        if (
            _BEFORE_KILL.search(before[-60:])
            or _TOLL_UPDATE.search(before[-160:])
            or pronoun_toll_update(text, start, q.start)
        ):
            kind = KILLED
            toll_of = bool(
                re.search(r"\b(?:toll|dead|fatalities|rose|risen)\b", before[-60:], re.I)
            )
        elif _BEFORE_INJURE.search(before[-60:]):
            kind = INJURED
        governed = kind is not None
        if (
            kind is None
            and noun
            and raw
            and by_verb[-1]
            and noun_ends[-1] is not None
            and noun_ends[-1] <= q.start
            and COORDINATION.fullmatch(text, noun_ends[-1], q.start)
        ):
            # "killed a police officer and four soldiers and wounded six": the verb before the
            # first object governs the second, whatever verb follows it.
            kind, governed = raw[-1][1], True
        if kind is None and noun:
            adjective = _ADJECTIVE_KIND.match(text[q.end : noun_end])
            if adjective:
                word = adjective["word"].lower()
                kind = INJURED if word in ("wounded", "injured") else KILLED
        # "14 people were arrested and 11 officers were injured": the count's own verb decides.
        own_verb = bool(noun) and _OWN_HARM_VERB.match(text, noun_end, end) is not None
        if (
            kind is None
            and not own_verb
            and not_a_casualty(text, start, q.start, noun_end if noun else q.end)
        ):
            continue
        if kind is None or not noun:
            follow = _AGES.sub("", follow)  # "two men aged 54 and 61 were killed"
            # "two soldiers of the internationally recognised government were killed"
            follow = _OF_QUALIFIER.sub(" ", follow, count=1)
            stop = re.search(
                r"\b(?:and|but|while|whereas)\s+(?:at\s+least\s+|more\s+than\s+)?"
                r"(?:\d|[a-z]+\s+(?:others|more|people))|"
                # "displaced 30,000 people and killed 14": the verb has its own number.
                r"\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|hurting)\s+"
                r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?\d",
                follow,
            )
            window = follow[: stop.start()] if stop else follow
            window = re.sub(r",\s*including[^,]*,", ",", window)
            mk = _AFTER_KILL.search(window)
            mi = _AFTER_INJURE.search(window)
            if mk and (not mi or mk.end() <= mi.end()):
                kind = kind or KILLED
            elif mi:
                kind = kind or INJURED
        including = bool(_INCLUDING.search(before[-30:]))
        if not noun and kind is None and not including:
            continue
        if not noun and not including and q.value == 1 and q.modifier == "" and not toll_of:
            continue
        raw.append((q, kind, children, including))
        noun_ends.append(noun_end if noun else None)
        by_verb.append(governed)
        sides.append(casualty_side(noun) if noun else "")
    joined = coordinated(text, raw, noun_ends)
    figures: list[Figure] = []
    last_kind: str | None = None
    last_raw = -1  # the index in ``raw`` of the last figure appended
    for i, (q, kind, children, including) in enumerate(raw):
        if joined[i]:
            kind = joined[i]
        if including or (children and kind is None):
            kind = last_kind
            if kind is None:
                for _q2, k2, c2, _ in raw[i + 1 :]:
                    if k2 and not c2:
                        kind = k2
                        break
        if kind is None:
            continue
        if including and not children and any(f.kind == kind for f in figures):
            continue  # "seven people, including a police officer": part of the toll before it
        if not including:
            last_kind = kind
        if q.value is None:
            continue
        update, stale = update_state(text, start, end, q.start, q.end)
        if (
            not update
            and figures
            and figures[-1].update
            and re.match(
                r"[^.;]{0,25}\bwith\s+(?:at\s+least\s+)?$", text[figures[-1].end : q.start]
            )
        ):
            update = True  # "has risen to five, with 24 people injured": the same update
        part = bool(
            _AMONG_THE_DEAD.search(text, max(start, q.start - 40), q.start)
            or _AMONG_AFTER.match(text, q.end, end)
        )
        side = "" if children else sides[i]
        figure = Figure(kind, q.value, q.start, q.end, children, update, stale, part, side)
        prev = figures[-1] if figures else None
        if joined[i] and prev is not None and last_raw == i - 1 and prev.kind == kind:
            # "killing an officer and two soldiers": one toll told in parts.
            total = Figure(kind, prev.value + q.value, prev.start, q.end, False, update, stale)
            mixed = "" if prev.side != side else side
            total = replace(total, part=prev.part or part, side=mixed)
            if prev.children or children:
                # "four women and three children": the children stay counted apart.
                kids = prev if prev.children else figure
                figures[-1] = total
                figures.append(kids)
            else:
                figures[-1] = total
            last_raw = i
            continue
        last_raw = i
        if (
            prev is not None
            and not including
            and prev.kind == kind
            and not prev.children
            and not children
            and _joined_parts(text, prev.end, q.start, end)
        ):
            # "Six civilians and one officer were killed": the parts of one toll add up.
            figure = Figure(kind, prev.value + q.value, prev.start, q.end, False, update, stale)
            figures[-1] = figure
            continue
        figures.append(figure)
    taken = [(f.start, f.end) for f in figures]
    for kind, a, b in zero_figures(text, start, end):
        if any(x <= a < y for x, y in taken):
            continue
        if kind in ("both", KILLED):
            figures.append(Figure(KILLED, 0, a, b))
        if kind in ("both", INJURED):
            figures.append(Figure(INJURED, 0, a, b))
    figures.sort(key=lambda f: f.start)
    return figures

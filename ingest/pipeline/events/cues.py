"""Per-sentence event cues: triggers, places, figures, weapons, actors, dates, candidate types."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ingest.pipeline import classify as cl
from ingest.pipeline.actors import ActorMention, find_armed_actors
from ingest.pipeline.dates import DateMention, find_date_mentions
from ingest.pipeline.events.agents import takeover_agent
from ingest.pipeline.figure_rules import reports_no_harm
from ingest.pipeline.locate import Located
from ingest.pipeline.numbers import Figure, casualty_figures
from ingest.pipeline.text import Paragraph, Sentence
from ingest.pipeline.types import Span
from ingest.pipeline.weapons import INCENDIARY, WeaponMention, find_incendiaries, find_weapons


@dataclass
class SentenceInfo:
    sentence: Sentence
    start: int  # analysed range (comparison clauses cut out)
    end: int
    places: list[Located]
    figures: list[Figure]
    weapons: list[WeaponMention]
    actors: list[ActorMention]
    types: list[cl.TypeChoice]
    date: DateMention | None
    background: bool
    trigger_spans: list[Span]


# "the following morning", "the next day", "a day later": the day after the incident just told.
# "seized an assault rifle, a pistol and grenades": weapons found, not weapons used.
_SEIZED_BEFORE = re.compile(
    r"\b(?:seized|seizing|recovered|recovering|confiscated|found|discovered|impounded|"
    r"surrendered|handed\s+over)\b[^.;:]*$",
    re.IGNORECASE,
)
# "said the mayor, who asked not to be named for fear of reprisals": why a source is anonymous,
# not a hypothetical incident.
_SOURCE_FEAR = re.compile(
    r"\bfor\s+fear\s+of\s+(?:reprisals?|retaliation|retribution|(?:their|his|her)\s+"
    r"(?:safety|lives?|security|jobs?))\b",
    re.IGNORECASE,
)
# "recovered six bodies with gunshot wounds": the dead were found, not the weapon.
_BODIES_FOUND = re.compile(
    r"\b(?:recovered|found|discovered|retrieved)\s+(?:\w+\s+){0,2}bod(?:y|ies)\s+"
    r"(?:with|bearing|riddled\s+with)\b[^.;:]*$",
    re.IGNORECASE,
)


def _seized(norm: str, lo: int, pos: int) -> bool:
    """The weapon at ``pos`` was seized or found, not used."""
    return bool(_SEIZED_BEFORE.search(norm, lo, pos)) and not _BODIES_FOUND.search(norm, lo, pos)


# "In a separate attack the same night", "hours later": the day of the incident just told.
_SAME_DAY = re.compile(
    r"\b(?:(?:the|that)\s+same\s+(?:day|night|morning|afternoon|evening)|"
    r"(?:later|earlier)\s+that\s+(?:day|night|morning|afternoon|evening)|"
    r"(?:hours|minutes)\s+(?:later|earlier))\b",
    re.IGNORECASE,
)
_NEXT_DAY = re.compile(
    r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|"
    r"(?:a|one)\s+day\s+later|the\s+day\s+after)\b",
    re.IGNORECASE,
)


# "have used", "has been hit", "have formed": the present perfect of what keeps happening.
_HABIT = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+)?(?:been\s+)?(?:used|killed|attacked|hit|targeted|"
    r"carried\s+out|staged|launched|become|formed|deployed|fought|suffered|abducted|kidnapped|"
    r"struck|shelled|bombed|displaced|plagued|terrori[sz]ed|arrested|detained)\b",
    re.IGNORECASE,
)


def _in_quotes(pos: int, quote_spans: list[tuple[int, int]]) -> bool:
    return any(a - 1 <= pos < b + 1 for a, b in quote_spans)


def _quoted_share(s: Sentence, quote_spans: list[tuple[int, int]]) -> float:
    inside = 0
    for a, b in quote_spans:
        lo, hi = max(a, s.start), min(b, s.end)
        if hi > lo:
            inside += hi - lo
    return inside / max(1, s.end - s.start)


_TRIGGERS = (
    cl.REMOTE,
    cl.REAL_HARM,
    cl.PROTEST,
    cl.ABDUCT,
    cl.BATTLE,
    cl.TAKEOVER,
    cl.REGAIN,
    cl.VAC_ATTACK,
    cl.INTERCEPT,
    cl.TOLL,
    cl.CLAIM,
    cl.RIOT_CROWD,
    cl.ARREST,
    cl.PROPERTY_DESTRUCTION,
    cl.INCIDENT_SITE,
)


def _mask_quotes(norm: str, start: int, end: int, quote_spans: list[tuple[int, int]]) -> str:
    """The sentence with quoted text blanked out (same length, so offsets still hold)."""
    text = norm[start:end]
    for a, b in quote_spans:
        lo, hi = max(a, start), min(b, end)
        if hi > lo:
            text = text[: lo - start] + " " * (hi - lo) + text[hi - start :]
    return text


def _sentence_places(places: list[Located]) -> list[Located]:
    """A dateline or a distance reference yields to any other place the sentence names."""
    real = [p for p in places if p.kind not in ("dateline", "reference") and p.level != "country"]
    if real:
        return [p for p in places if p.kind not in ("dateline", "reference")]
    return places


# "The bus ... was stopped on the outskirts of Gerba Guracha": the sentence after a lead that
# named only a region says where in it the incident happened.
_DEFINITE_START = re.compile(
    r"\s*(?:The|This|That|Their|Its)\s+(?:[\w-]+\s+){0,2}?(?:bus|vehicle|convoy|car|truck|"
    r"minibus|attack|ambush|raid|strike|assault|abduction|kidnapping|incident|victims|passengers|"
    r"attackers|assailants|gunmen|killings?)\b"
)


def _placing_sentence(
    norm: str,
    s: Sentence,
    text: str,
    infos: list[SentenceInfo],
    located: list[Located],
    quote_spans: list[tuple[int, int]],
) -> SentenceInfo | None:
    """The sentence right after a region-level lead, naming the one town it happened in."""
    if not infos or not _DEFINITE_START.match(text):
        return None
    prev = infos[-1]
    if s.index != prev.sentence.index + 1 or s.paragraph - prev.sentence.paragraph > 1:
        return None
    lead_places = [p for p in prev.places if p.level != "country"]
    if not lead_places or any(p.level != "admin1" for p in lead_places):
        return None
    towns = {
        p.key: p
        for p in located
        if s.start <= p.span.start < s.end
        and p.level == "city"
        and p.kind not in ("reference", "dateline")
        and not _in_quotes(p.span.start, quote_spans)
    }
    if len(towns) != 1:
        return None
    (town,) = towns.values()
    if town.country != lead_places[0].country:
        return None
    if town.admin1 != lead_places[0].admin1:
        town = replace(town, admin1=lead_places[0].admin1)
    return SentenceInfo(s, s.start, s.end, [town], [], [], [], [cl.HARM_ONLY], None, False, [])


_ANNIVERSARY = re.compile(
    r"\b(?:anniversary|(?:\w+|\d+)\s+years\s+(?:after|since|ago|on)\b)", re.IGNORECASE
)
_RELATIVE_ASIDE = re.compile(
    r"\b(?:that|which|who)\s+(?:has|have|had)\s+(?:\w+\s+){0,3}?(?:been\s+)?\w+ing\b[^.;]*|"
    # "outside the town of X, in the Y region, where cartels have increasingly used mines"
    r",\s+where\s+(?:[\w-]+\s+){1,4}?(?:has|have|had)\s+[^.;]*",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|as|when)\s|\s-\s")


def _drop_older_clauses(
    norm: str,
    places: list[Located],
    figures: list[Figure],
    dates: list[DateMention],
    own: DateMention,
) -> tuple[list[Located], list[Figure]]:
    """Places and figures told with an older date of their own, after the sentence's date."""
    olds = [d for d in dates if (d.background or d.old) and d.start > own.end]
    if not olds:
        return places, figures
    keep_p, keep_f = list(places), list(figures)
    for d in olds:
        lo = max(own.end, d.start - 120)
        if _CLAUSE_BREAK.search(norm, lo, d.start):
            lo = max(m.end() for m in _CLAUSE_BREAK.finditer(norm, lo, d.start))
        keep_p = [p for p in keep_p if not lo <= p.span.start < d.start]
        keep_f = [f for f in keep_f if not lo <= f.start < d.start]
    if not any(p.level != "country" for p in keep_p):
        return places, figures
    return keep_p, keep_f


def analyse_sentences(
    norm: str,
    sentences: list[Sentence],
    paras: dict[int, Paragraph],
    located: list[Located],
    quote_spans: list[tuple[int, int]],
    anchor: date | None,
    all_weapons: list[WeaponMention] | None = None,
    all_actors: list[ActorMention] | None = None,
) -> list[SentenceInfo]:
    """Per-sentence cues; sentences that report nothing are left out."""
    infos: list[SentenceInfo] = []
    # One pass over the whole text is much cheaper than one per sentence.
    all_weapons = find_weapons(norm) if all_weapons is None else all_weapons
    all_actors = find_armed_actors(norm) if all_actors is None else all_actors
    if cl.is_sports_report(norm):
        return infos
    incendiary_starts = [w.start for w in find_incendiaries(norm)]
    last_day: date | None = None  # the last incident date told, for "the following morning"
    lead_para: int | None = None  # the paragraph of the first sentence that reports anything
    for s in sentences:
        para = paras[s.paragraph]
        if para.boilerplate or para.heading:
            continue
        if _quoted_share(s, quote_spans) > 0.5:
            continue
        start, end = s.start, s.end
        # Quoted words are someone's statement, not the reporter's account of an incident.
        text = _mask_quotes(norm, start, end, quote_spans)
        has_gear = cl.ATTACKER_GEAR.search(text) and any(
            start <= w.start < end for w in all_weapons
        )
        if (
            not has_gear
            and not any(p.search(text) for p in _TRIGGERS)
            and not reports_no_harm(text)
        ):
            site = _placing_sentence(norm, s, text, infos, located, quote_spans)
            if site is not None:
                infos.append(site)
            continue
        cut = cl.COMPARISON.search(text)
        excluded: tuple[int, int] | None = None
        if cut:
            excluded = (start + cut.start("since"), start + cut.end("since"))

        def keep(a: int, b: int, excluded: tuple[int, int] | None = excluded) -> bool:
            return not (excluded and excluded[0] <= a < excluded[1])

        def spoken(pos: int) -> bool:
            return _in_quotes(pos, quote_spans)

        places = _sentence_places(
            [
                p
                for p in located
                if start <= p.span.start < end
                and keep(p.span.start, 0)
                and not spoken(p.span.start)
            ]
        )
        figures = [
            f
            for f in casualty_figures(norm, start, end)
            if keep(f.start, 0) and not _in_quotes(f.start, quote_spans)
        ]
        weapons = [
            w
            for w in all_weapons
            if start <= w.start < end
            and keep(w.start, 0)
            and not spoken(w.start)
            and not _seized(norm, max(start, w.start - 60), w.start)
        ]
        actors = [
            a
            for a in all_actors
            if start <= a.start < end and keep(a.start, 0) and not spoken(a.start)
        ]
        dates = [d for d in find_date_mentions(norm, start, end, anchor) if keep(d.start, 0)]
        scan = text
        if excluded:
            a, b = excluded[0] - start, excluded[1] - start
            scan = text[:a] + " " * (b - a) + text[b:]
        day_told = next(
            (d for d in dates if d.value is not None and not (d.background or d.old or d.future)),
            None,
        )
        if day_told is not None:
            # "A drone strike on Wednesday hit a house ..., according to a task force that has
            # been using drones since March": the aside describes the source, not the strike.
            for m in _RELATIVE_ASIDE.finditer(scan):
                if m.start() + start > day_told.end:
                    scan = scan[: m.start()] + " " * (m.end() - m.start()) + scan[m.end() :]
        usable = [
            d
            for d in dates
            if d.value is not None and not d.background and not d.future and not d.old
        ]
        if any((d.background or d.old) and d.start - start <= 12 for d in dates):
            usable = []  # "In March, gunmen killed 44 during Friday prayers": all of it is March
        if last_day is not None and all(d.report for d in usable):
            nxt = _NEXT_DAY.search(norm, start, end)
            same = _SAME_DAY.search(norm, start, end)
            # "the same night ..., a chief said on Sunday": the incident's day, not the report's.
            if nxt and keep(nxt.start(), 0):
                usable = [DateMention(nxt.start(), nxt.end(), last_day + timedelta(days=1), 1)]
            elif same and keep(same.start(), 0):
                usable = [DateMention(same.start(), same.end(), last_day, 1)]
        if usable:
            # "... in Belgrade on Saturday, demanding accountability for the collapse of a canopy
            # in Novi Sad that killed 15 people in November": a place and toll of an older date.
            places, figures = _drop_older_clauses(norm, places, figures, dates, usable[0])
        # "the victims of last year's collapse": a date that only qualifies a noun.
        own_time = [d for d in dates if not norm.startswith("'s", d.end)]
        # An aside about an older event ("since the truce took effect in November") does not make
        # a sentence dated "this morning" background.
        background = bool(cl.CUMULATIVE.search(scan)) or (
            not usable and any(d.background or d.old for d in own_time)
        )
        if not usable and _ANNIVERSARY.search(norm, para.start, para.end):
            # "Thursday marks the eighth anniversary of the siege ... More than 1,100 people were
            # killed": the toll of what is remembered, dated by the anniversary's day.
            background = True
        if lead_para is None:
            lead_para = s.paragraph
        elif s.paragraph != lead_para and not usable and not figures and _HABIT.search(scan):
            # Past the lead, "both sides have used drones, which have killed soldiers around X"
            # with no day and no figure tells what has been happening, not a new incident.
            background = True
        # "the toll had risen to 16 by Tuesday": a deadline word, but a past update.
        if any(d.future for d in dates) and not usable and not any(f.update for f in figures):
            continue
        if cl.HYPOTHETICAL.search(_SOURCE_FEAR.sub(" ", text)) and not figures and not usable:
            continue
        state_perp = any(a.kind == "state" for a in actors)
        agent = takeover_agent(norm, start, end, actors, places)
        names = [w.name for w in weapons]
        if any(start <= a < end for a in incendiary_starts):
            names.append(INCENDIARY)  # petrol bombs: a riot cue, not an explosive weapon
        types = cl.sentence_types(text, names, state_perp, agent)
        if not types:
            continue
        if usable and not usable[0].report:
            last_day = usable[0].value  # the day of an incident told, not of a statement
        trig = [Span(start + m.start(), start + m.end()) for m in cl.REMOTE.finditer(text)][:3]
        infos.append(
            SentenceInfo(
                s,
                start,
                end,
                places,
                figures,
                weapons,
                actors,
                types,
                usable[0] if usable else None,
                background,
                trig,
            )
        )
    return infos

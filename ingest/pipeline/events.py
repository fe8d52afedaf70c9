"""Events: one per location and day, from the sentences that report violence.

Each sentence that reports an incident (a trigger, not a quote, not background, not a national
or cumulative total) is tied to a place: its own place mentions, else the place of the incident it
refers back to ("there", "the strike"), else the last place of its paragraph when it adds figures
or weapons. Sentences with the same place key and date form one event; districts join their
city's event; a region-level report merges into the one city event of that region on that day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ingest.pipeline import classify as cl
from ingest.pipeline import taxonomy as tx
from ingest.pipeline.actor_tables import ARMED_GROUPS
from ingest.pipeline.actors import ActorMention, civilians_actor, find_armed_actors, state_actor
from ingest.pipeline.dates import DateMention, find_date_mentions
from ingest.pipeline.locate import LEVEL_ADMIN1, LEVEL_CITY, LEVEL_COUNTRY, Located
from ingest.pipeline.numbers import INJURED, KILLED, Figure, casualty_figures
from ingest.pipeline.text import Paragraph, Sentence
from ingest.pipeline.types import ActorRef, ExtractedEvent, Span
from ingest.pipeline.weapons import WeaponMention, find_weapons, reduce_weapons

_GROUP_KIND = {name: ("armed_group") for name, _, _, _ in ARMED_GROUPS}


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


@dataclass
class EventDraft:
    key: str
    place: Located
    day: date | None
    precision: int | None
    date_span: Span | None
    infos: list[SentenceInfo] = field(default_factory=list)
    places: list[Located] = field(default_factory=list)
    figures: list[tuple[Figure, int]] = field(default_factory=list)  # (figure, sentence index)
    first_pos: int = 0


def _in_quotes(pos: int, quote_spans: list[tuple[int, int]]) -> bool:
    return any(a - 1 <= pos < b + 1 for a, b in quote_spans)


def _quoted_share(s: Sentence, quote_spans: list[tuple[int, int]]) -> float:
    inside = 0
    for a, b in quote_spans:
        lo, hi = max(a, s.start), min(b, s.end)
        if hi > lo:
            inside += hi - lo
    return inside / max(1, s.end - s.start)


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
    for s in sentences:
        para = paras[s.paragraph]
        if para.boilerplate or para.heading:
            continue
        if _quoted_share(s, quote_spans) > 0.5:
            continue
        start, end = s.start, s.end
        text = norm[start:end]
        if not any(
            p.search(text)
            for p in (
                cl.REMOTE,
                cl.REAL_HARM,
                cl.PROTEST,
                cl.ABDUCT,
                cl.BATTLE,
                cl.TAKEOVER,
                cl.INTERCEPT,
                cl.TOLL,
            )
        ):
            continue
        cut = cl.COMPARISON.search(text)
        excluded: tuple[int, int] | None = None
        if cut:
            excluded = (start + cut.start("since"), start + cut.end("since"))

        def keep(a: int, b: int, excluded: tuple[int, int] | None = excluded) -> bool:
            return not (excluded and excluded[0] <= a < excluded[1])

        places = [p for p in located if start <= p.span.start < end and keep(p.span.start, 0)]
        figures = [
            f
            for f in casualty_figures(norm, start, end)
            if keep(f.start, 0) and not _in_quotes(f.start, quote_spans)
        ]
        weapons = [w for w in all_weapons if start <= w.start < end and keep(w.start, 0)]
        actors = [a for a in all_actors if start <= a.start < end and keep(a.start, 0)]
        dates = [d for d in find_date_mentions(norm, start, end, anchor) if keep(d.start, 0)]
        scan = text
        if excluded:
            a, b = excluded[0] - start, excluded[1] - start
            scan = text[:a] + " " * (b - a) + text[b:]
        background = bool(cl.CUMULATIVE.search(scan)) or any(d.background or d.old for d in dates)
        usable = [
            d
            for d in dates
            if d.value is not None and not d.background and not d.future and not d.old
        ]
        if any(d.future for d in dates) and not usable:
            continue
        if cl.HYPOTHETICAL.search(text) and not figures and not usable:
            continue
        state_perp = any(a.kind == "state" for a in actors)
        types = cl.sentence_types(text, [w.name for w in weapons], state_perp)
        if not types:
            continue
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


def _figure_place(f: Figure, info: SentenceInfo, norm: str) -> Located | None:
    """The place a figure belongs to: the only place of the sentence, or the one in its clause."""
    places = [p for p in info.places if p.level != LEVEL_COUNTRY]
    keys = {p.key for p in places}
    if len(keys) <= 1:
        return places[0] if places else None
    others = sorted(x.start for x in info.figures if x is not f)
    nxt = min([o for o in others if o > f.start], default=info.end)
    prev = max([o for o in others if o < f.start], default=info.start)
    after = [p for p in places if f.end <= p.span.start < nxt]
    if after and re.match(r"^[^,;]{0,40}$", norm[f.end : after[0].span.start]):
        return after[0]
    before = [p for p in places if prev <= p.span.start < f.start]
    if before and len({p.key for p in before}) == 1:
        return before[-1]
    return None


def _merge_key(loc: Located) -> str:
    return loc.key


def build_events(
    norm: str,
    infos: list[SentenceInfo],
    anchor: date | None,
    dateline_place: Located | None,
) -> list[EventDraft]:
    """Group sentence cues into event drafts (one per place key and day)."""
    drafts: dict[tuple[str, date | None], EventDraft] = {}
    primary: DateMention | None = None
    primary_day: date | None = anchor
    last_by_para: dict[int, EventDraft] = {}
    last_event: EventDraft | None = None
    para_date: dict[int, DateMention] = {}
    country_only: list[tuple[SentenceInfo, Located, date | None, DateMention | None]] = []
    for info in infos:
        if info.background and not info.date:
            continue
        if info.date is not None:
            para_date[info.sentence.paragraph] = info.date
        date_m = info.date or para_date.get(info.sentence.paragraph) or primary
        day = date_m.value if date_m else anchor
        if primary is None and info.date is not None:
            primary, primary_day = info.date, info.date.value
        if day and primary_day and abs((day - primary_day).days) > 3:
            continue  # an earlier incident told as background
        if info.background:
            continue
        places = [p for p in info.places if p.level != LEVEL_COUNTRY]
        text = norm[info.start : info.end]
        targets: list[Located] = []
        if places:
            # A region named with one of its cities is the city's event.
            cities = [p for p in places if p.level == LEVEL_CITY]
            for p in places:
                if p.level == LEVEL_ADMIN1 and any(c.admin1 == p.admin1 for c in cities):
                    continue
                targets.append(p)
        else:
            para_last = last_by_para.get(info.sentence.paragraph)
            if cl.ELSEWHERE.search(text):
                continue
            if para_last and (info.figures or info.weapons or cl.ANAPHORA.search(text)):
                targets = [para_last.place]
            elif last_event and cl.ANAPHORA.search(text):
                targets = [last_event.place]
            elif last_event is None and dateline_place is not None:
                targets = [dateline_place]
            else:
                countries = [p for p in info.places if p.level == LEVEL_COUNTRY]
                dwu = all(c.sub_event_type == "Disrupted weapons use" for c in info.types)
                if countries and (info.figures or info.weapons) and not dwu:
                    country_only.append((info, countries[0], day, date_m))
        seen_keys: set[str] = set()
        for loc in targets:
            if loc.key in seen_keys:
                continue
            seen_keys.add(loc.key)
            k = (_merge_key(loc), day)
            d = drafts.get(k)
            if d is None:
                d = EventDraft(
                    loc.key,
                    loc,
                    day,
                    date_m.precision if date_m else (1 if day else None),
                    Span(date_m.start, date_m.end) if date_m else None,
                    first_pos=info.start,
                )
                drafts[k] = d
            elif (
                loc.level == LEVEL_CITY
                and d.place.level == LEVEL_CITY
                and d.place.district
                and not loc.district
            ):
                d.place = loc
            d.infos.append(info)
            d.places.extend(p for p in info.places if p.key == loc.key)
            last_by_para[info.sentence.paragraph] = d
            last_event = d
        for f in info.figures:
            target = _figure_place(f, info, norm)
            if target is None and len(seen_keys) == 1 and not info.places:
                target = targets[0] if targets else None
            if target is None:
                continue
            d = drafts.get((_merge_key(target), day))
            if d is not None:
                d.figures.append((f, info.sentence.index))
        del text
    if not drafts and country_only:
        # Only the country is known: one country-level event (ACLED geo-precision 3).
        info, loc, day, date_m = country_only[0]
        d = EventDraft(
            loc.key,
            loc,
            day,
            date_m.precision if date_m else (1 if day else None),
            Span(date_m.start, date_m.end) if date_m else None,
            first_pos=info.start,
        )
        for info, loc2, day2, _ in country_only:
            if loc2.key == loc.key and day2 == day:
                d.infos.append(info)
                d.places.append(loc2)
                d.figures.extend((f, info.sentence.index) for f in info.figures)
        drafts[(loc.key, day)] = d
    # A region-level draft joins the single city draft of the same region and day.
    merged: list[EventDraft] = []
    for d in sorted(drafts.values(), key=lambda x: x.first_pos):
        if d.place.level == LEVEL_ADMIN1:
            same = [
                c
                for c in drafts.values()
                if c.place.level == LEVEL_CITY
                and c.place.admin1 == d.place.admin1
                and c.day == d.day
                and c.place.country == d.place.country
            ]
            if len(same) == 1:
                same[0].infos.extend(d.infos)
                same[0].figures.extend(d.figures)
                continue
        merged.append(d)
    return merged


def _best(figs: list[tuple[Figure, int]], kind: str, children: bool) -> Figure | None:
    chosen = [f for f, _ in figs if f.kind == kind and f.children == children]
    if not chosen:
        return None
    updates = [f for f in chosen if f.update]
    if updates:
        return updates[-1]
    return max(chosen, key=lambda f: f.value)


def _perpetrator(
    d: EventDraft,
    para_actors: dict[int, list[ActorMention]],
    article_perp: str | None,
    norm: str,
) -> tuple[ActorMention | None, list[ActorMention]]:
    """The attacker of an event and the armed actors on the receiving side."""
    cands: list[ActorMention] = []
    targets: list[ActorMention] = []
    for info in d.infos:
        for a in info.actors:
            before = norm[max(info.start, a.start - 25) : a.start]
            after = norm[a.end : a.end + 25]
            if re.match(
                r"^(?:'s?)?\s+(?:[A-Z][\w-]+\s+)?(?:[A-Z][\w-]+\s+)?(?:region|oblast|"
                r"province|state|city|territory|border|capital|town|village)",
                after,
            ) or re.search(r"\b(?:in|of|into|across|over|inside)\s+(?:the\s+)?$", before, re.I):
                continue
            if re.search(
                r"\b(?:on|against|targeting|at|toward|towards|with)\s+(?:the\s+)?$", before, re.I
            ):
                targets.append(a)
                continue
            if re.match(r"^-(?:occupied|controlled|held|backed|annexed)", after):
                continue
            if a.forces or re.match(
                r"^\s+(?:\w+\s+){0,4}?(?:launched|fired|struck|attacked|hit|"
                r"bombed|shelled|targeted|pounded|unleashed|carried\s+out|"
                r"killed|seized|captured|used|sent|stormed|raided|abducted|"
                r"kidnapped)\b",
                after,
            ):
                cands.append(a)
    country = d.place.country
    pool = cands
    if not pool:
        pool = [
            a
            for i in {x.sentence.paragraph for x in d.infos}
            for a in para_actors.get(i, [])
            if a.kind == "state" or a.forces
        ]
    named = [a for a in pool if a.name != "Unidentified Armed Group"]
    if named:
        pool = named
    if pool and len({a.name for a in pool}) > 1 and country:
        foreign = [a for a in pool if a.country != country]
        if foreign and any(a.kind == "state" for a in foreign):
            pool = foreign
    if not pool and article_perp:
        return ActorMention(article_perp, "state", None, -1, -1, article_perp, True), targets
    if not pool:
        return None, targets
    counts: dict[str, int] = {}
    for a in pool:
        counts[a.name] = counts.get(a.name, 0) + (2 if a.forces else 1)
    best = max(pool, key=lambda a: (counts[a.name], -a.start))
    return best, targets


def finalise(
    norm: str,
    drafts: list[EventDraft],
    para_actors: dict[int, list[ActorMention]],
) -> list[tuple[ExtractedEvent, dict[str, list[ActorMention]], EventDraft]]:
    """Event records from drafts, with evidence; also the actor mentions each event used."""
    out: list[tuple[ExtractedEvent, dict[str, list[ActorMention]], EventDraft]] = []
    article_perp = None
    all_states: dict[str, int] = {}
    for d in drafts:
        for info in d.infos:
            for a in info.actors:
                if a.forces:
                    all_states[a.name] = all_states.get(a.name, 0) + 1
    if all_states:
        article_perp = max(sorted(all_states), key=lambda n: all_states[n])
    # Events whose own sentences name no attacker take the attacker most events share.
    firsts = [_perpetrator(d, para_actors, None, norm)[0] for d in drafts]
    perp_counts: dict[str, int] = {}
    for a in firsts:
        if a is not None and a.kind == "state":
            perp_counts[a.name] = perp_counts.get(a.name, 0) + 1
    if perp_counts:
        article_perp = max(sorted(perp_counts), key=lambda n: perp_counts[n])
    previous_weapons: list[WeaponMention] = []
    for d in drafts:
        text = " ".join(norm[i.start : i.end] for i in d.infos)
        weapons_m = [w for i in d.infos for w in i.weapons]
        inherited = False
        if (
            not weapons_m
            and previous_weapons
            and any(
                re.search(r"\b(?:also|too|as\s+well|similar)\b", norm[i.start : i.end])
                for i in d.infos
            )
        ):
            weapons_m, inherited = previous_weapons, True
        weapon_names = reduce_weapons([w.name for w in weapons_m])
        choices = [c for i in d.infos for c in i.types]
        if inherited:
            choices.append(
                cl._choice(
                    tx.EXPLOSIONS,
                    cl.explosion_subtype(weapon_names, text) or "Shelling/artillery/missile attack",
                )
            )
        choice = cl.pick_type(choices, weapon_names, text)
        if choice is None:
            continue
        if not inherited and weapons_m:
            previous_weapons = weapons_m
        figs = d.figures
        killed = _best(figs, KILLED, False)
        injured = _best(figs, INJURED, False)
        ck = _best(figs, KILLED, True)
        ci = _best(figs, INJURED, True)
        fatalities = killed.value if killed else (ck.value if ck else None)
        injured_n = injured.value if injured else (ci.value if ci else None)
        perp, armed_targets = _perpetrator(d, para_actors, article_perp, norm)
        refs: list[ActorRef] = []
        used: dict[str, list[ActorMention]] = {}
        if choice.event_type == tx.PROTESTS or choice.sub_event_type == "Violent demonstration":
            country_name = d.place.country
            label = "Protesters" if choice.event_type == tx.PROTESTS else "Rioters"
            name = f"{label} ({_country_name(country_name)})" if country_name else label
            refs.append(ActorRef(name, "perpetrator"))
            used[name] = []
        elif perp is not None:
            if choice.sub_event_type == "Disrupted weapons use":
                # ACLED: the side that intercepts is actor 1, the launcher actor 2.
                launcher, interceptor = _dwu_sides(d, para_actors, perp)
                if interceptor:
                    refs.append(ActorRef(interceptor, "perpetrator"))
                    used.setdefault(interceptor, [])
                if launcher:
                    refs.append(ActorRef(launcher.name, "target"))
                    used.setdefault(launcher.name, []).append(launcher)
            else:
                refs.append(ActorRef(perp.name, "perpetrator"))
                used.setdefault(perp.name, []).extend([perp] if perp.start >= 0 else [])
        for a in armed_targets:
            if perp is None or a.name != perp.name:
                if all(r.name != a.name for r in refs):
                    refs.append(ActorRef(a.name, "target"))
                used.setdefault(a.name, []).append(a)
        civ = cl.CIVILIAN_TARGET.search(text)
        if (
            choice.event_type in (tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS)
            and (civ or choice.event_type == tx.VIOLENCE_AGAINST_CIVILIANS)
            and not (armed_targets and not civ)
        ):
            name = civilians_actor(d.place.country)
            refs.append(ActorRef(name, "target"))
            used[name] = []
        districts: list[str] = []
        district_spans: list[Span] = []
        place_spans: list[Span] = []
        for p in d.places:
            if p.district:
                if p.district not in districts:
                    districts.append(p.district)
                district_spans.append(p.span)
            else:
                place_spans.append(p.span)
        ev: dict[str, tuple[Span, ...]] = {}
        if d.date_span:
            ev["event_date"] = (d.date_span,)
        ev["event_type"] = tuple(sp for i in d.infos for sp in i.trigger_spans)[:4]
        if place_spans or d.place.span:
            ev["city"] = tuple(place_spans) or (d.place.span,)
        if district_spans:
            ev["districts"] = tuple(district_spans)
        for name, fig in (
            ("fatalities", killed or ck),
            ("injured", injured or ci),
            ("children_killed", ck),
            ("children_injured", ci),
        ):
            if fig:
                ev[name] = (Span(fig.start, fig.end),)
        if weapons_m and not inherited:
            ev["weapons"] = tuple(Span(w.start, w.end) for w in weapons_m)
        actor_spans = [Span(a.start, a.end) for ms in used.values() for a in ms if a.start >= 0]
        if actor_spans:
            ev["actors"] = tuple(actor_spans)
        level = d.place.level
        summary = norm[d.infos[0].start : d.infos[0].end]
        conf = (
            0.5
            + 0.1 * bool(d.date_span)
            + 0.15 * (level == LEVEL_CITY)
            + 0.1 * bool(fatalities is not None or injured_n is not None)
            + 0.1 * bool(weapon_names)
        )
        event = ExtractedEvent(
            event_type=choice.event_type,
            sub_event_type=choice.sub_event_type,
            disorder_type=tx.disorder_type_for(choice.event_type, choice.sub_event_type),
            event_date=d.day,
            date_precision=d.precision if d.day else None,
            country=d.place.country,
            admin1=d.place.admin1,
            city=d.place.name if level == LEVEL_CITY else None,
            districts=tuple(districts),
            latitude=d.place.latitude,
            longitude=d.place.longitude,
            geo_precision=d.place.precision if level == LEVEL_CITY else 3,
            fatalities=fatalities,
            injured=injured_n,
            children_killed=ck.value if ck else None,
            children_injured=ci.value if ci else None,
            weapons=tuple(weapon_names),
            actors=tuple(refs),
            summary=summary[:300],
            confidence=min(conf, 0.95),
            evidence=ev,
        )
        out.append((event, used, d))
    return out


_LAUNCH = re.compile(r"\b(?:drones?|missiles?|rockets?|uavs?|projectiles?)\b", re.I)


def _dwu_sides(
    d: EventDraft, para_actors: dict[int, list[ActorMention]], perp: ActorMention
) -> tuple[ActorMention | None, str | None]:
    """(launcher, interceptor) of a disrupted weapons use event."""
    mentions = [a for i in d.infos for a in i.actors]
    launchers = [a for a in mentions if _LAUNCH.search(a.surface)]
    launcher = launchers[0] if launchers else perp
    others = [a for a in mentions if a.kind == "state" and a.name != launcher.name]
    if not others:
        others = [
            a
            for i in {x.sentence.paragraph for x in d.infos}
            for a in para_actors.get(i, [])
            if a.kind == "state" and a.name != launcher.name
        ]
    if others:
        return launcher, others[0].name
    if d.place.country and d.place.country != launcher.country:
        return launcher, state_actor(d.place.country)
    return launcher, None


def _country_name(code: str) -> str:
    from ingest.pipeline.actor_tables import COUNTRY_NAMES

    return COUNTRY_NAMES.get(code, code)

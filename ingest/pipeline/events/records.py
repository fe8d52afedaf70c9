"""Event records from drafts: type, figures, weapons, actors and evidence spans."""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace

from ingest.pipeline import classify as cl
from ingest.pipeline import taxonomy as tx
from ingest.pipeline.actors import (
    ActorMention,
    civilians_actor,
    collective_actor,
    state_actor,
)
from ingest.pipeline.armed_groups import local_branch
from ingest.pipeline.events.claims import Claim, claim_for, unclaimed
from ingest.pipeline.events.cues import SentenceInfo
from ingest.pipeline.events.follow_up_weapons import follow_up_weapons
from ingest.pipeline.events.grouping import EventDraft, newest_first_live_blog, segment_of
from ingest.pipeline.events.parties import riot_parties
from ingest.pipeline.events.roles import (
    _dwu_sides,
    _perpetrator,
    article_actor_scores,
    event_actor_scores,
)
from ingest.pipeline.events.tolls import best_figure as _best
from ingest.pipeline.events.tolls import sentence_around as _sentence_around
from ingest.pipeline.locate import LEVEL_CITY
from ingest.pipeline.numbers import INJURED, KILLED
from ingest.pipeline.places.normalize import fold
from ingest.pipeline.text import Sentence
from ingest.pipeline.types import ActorRef, ExtractedEvent, Span
from ingest.pipeline.weapons import (
    IMPLIES,
    WeaponMention,
    reduce_weapons,
    type_weapons,
    used_weapons,
)


def _state_side(perp: ActorMention | None, country: str | None) -> str | None:
    """The state forces facing a crowd: the named state actor, else the country's forces."""
    if perp is not None and perp.kind == "state":
        return perp.name
    return state_actor(country) if country else None


def _place_keys(info: SentenceInfo) -> set[str]:
    return {p.key for p in info.places if p.level != "country"}


def _lead_weapons(infos: list[SentenceInfo]) -> list[WeaponMention]:
    """Weapons of the article's first incident sentence (the lead), if it names any."""
    for info in infos:
        if not info.background and info.weapons:
            first_para = min(i.sentence.paragraph for i in infos)
            return list(info.weapons) if info.sentence.paragraph <= first_para + 1 else []
    return []


def _own_incident(norm: str, d: EventDraft) -> EventDraft:
    """The draft with each digest sentence cut to the stretch about this event's place.

    "A roadside bomb killed three in Kandahar, while gunmen shot two in Kunduz and drones struck
    Khost": the Kandahar event has the bomb, not the gunmen or the drones.
    """
    infos = []
    changed = False
    for info in d.infos:
        seg = None
        if len(_place_keys(info)) > 1:
            # The draft's own place, or the region it absorbed ("... in Sweida province, a day
            # after strikes on Damascus" for a village of Sweida).
            keys = [d.place.key] + [p.key for p in d.places if p.key != d.place.key]
            for key in keys:
                seg = segment_of(norm, info, key)
                if seg is not None:
                    break
        if seg is None:
            infos.append(info)
            continue
        a, b, prior = seg
        changed = True
        weapons = [w for w in info.weapons if a <= w.start < b]
        actors = [x for x in info.actors if a <= x.start < b]
        # The stretch's own verbs decide its type: "gunmen shot dead nine in Kalat, a roadside
        # bomb killed three in Turbat" is an attack in Kalat and a bombing in Turbat.
        own_types = cl.sentence_types(
            norm[a:b], [w.name for w in weapons], any(x.kind == "state" for x in actors)
        )
        if (
            not weapons
            and prior is not None
            and not any(t.event_type in _GROUND_TYPES for t in own_types)
        ):
            # "Missiles struck Kyiv, and Dnipro was hit too": the incident it continues (but
            # "jets bombed X as fighting raged for Y" does not lend Y the jets).
            weapons = [w for w in info.weapons if prior[0] <= w.start < prior[1]]
        infos.append(
            dc_replace(
                info,
                start=a,
                end=b,
                weapons=weapons,
                actors=actors,
                types=own_types or info.types,
                trigger_spans=[t for t in info.trigger_spans if a <= t.start < b],
            )
        )
    return dc_replace(d, infos=infos) if changed else d


_GROUND_TYPES = (tx.BATTLES, tx.PROTESTS, tx.RIOTS)


# "Jihadists overran an army post in the east, while a drone strike on a market in the north
# left 18 dead": a second incident joined to the first by "while".
_WHILE = re.compile(r",\s+(?:while|whereas)\s+", re.IGNORECASE)


def _without_other_clause(norm: str, d: EventDraft) -> EventDraft:
    """The draft without the weapons and figures of a "while" clause about another incident.

    Only for sentences that do not name the event's place: a lead that tells two incidents in
    general terms ("in the east", "in the north") gives each its own clause.
    """
    cuts: dict[int, int] = {}
    infos = []
    for info in d.infos:
        m = _WHILE.search(norm, info.start, info.end)
        named = d.place.key in _place_keys(info) or any(p.key == d.place.key for p in info.places)
        rest = (m.end(), info.end) if m else None
        if (
            m is None
            or named
            or rest is None
            or not any(rest[0] <= w.start < rest[1] for w in info.weapons)
        ):
            infos.append(info)
            continue
        cuts[info.sentence.index] = m.start()
        infos.append(
            dc_replace(
                info, end=m.start(), weapons=[w for w in info.weapons if w.start < m.start()]
            )
        )
    if not cuts:
        return d
    figures = [(f, i) for f, i in d.figures if i not in cuts or f.start < cuts[i]]
    return dc_replace(d, infos=infos, figures=figures)


def _paragraph_of(norm: str, pos: int) -> str:
    lo = norm.rfind("\n\n", 0, pos)
    hi = norm.find("\n\n", pos)
    return norm[lo + 2 if lo >= 0 else 0 : hi if hi >= 0 else len(norm)]


def _report_attacker(
    article_scores: dict[str, tuple[int, ActorMention]], country: str | None
) -> ActorMention | None:
    """The attacker the whole report names most strongly, other than the defended state."""
    pool = [
        (sc, a)
        for name, (sc, a) in article_scores.items()
        if sc >= 4
        and name != "Unidentified Armed Group"
        and not (a.kind == "state" and a.country == country)
    ]
    return max(pool, key=lambda x: (x[0], -x[1].start))[1] if pool else None


def _district_names(d: EventDraft) -> set[str]:
    return {p.district for p in d.places if p.district}


def _local_branches(
    refs: list[ActorRef], used: dict[str, list[ActorMention]], country: str | None
) -> tuple[list[ActorRef], dict[str, list[ActorMention]]]:
    """The Islamic State named as acting in Mozambique, Somalia, ... is its province there."""
    out_refs = [ActorRef(local_branch(r.name, country), r.role) for r in refs]
    out_used: dict[str, list[ActorMention]] = {}
    for name, mentions in used.items():
        out_used.setdefault(local_branch(name, country), []).extend(mentions)
    return out_refs, out_used


def finalise(
    norm: str,
    drafts: list[EventDraft],
    para_actors: dict[int, list[ActorMention]],
    infos: list[SentenceInfo] | None = None,
    claims: list[Claim] | None = None,
    sentences: list[Sentence] | None = None,
    quote_spans: list[tuple[int, int]] | None = None,
) -> list[tuple[ExtractedEvent, dict[str, list[ActorMention]], EventDraft]]:
    """Event records from drafts, with evidence; also the actor mentions each event used."""
    out: list[tuple[ExtractedEvent, dict[str, list[ActorMention]], EventDraft]] = []
    context = sorted(
        {id(a): a for ms in para_actors.values() for a in ms}.values(), key=lambda a: a.start
    )
    article_scores = article_actor_scores(
        norm, infos or [i for d in drafts for i in d.infos], context
    )
    previous_weapons: list[WeaponMention] = []
    taken_by: dict[str, str] = {}  # place key -> the actor that overtook it
    lead_weapons = _lead_weapons(infos or [])
    live_blog = newest_first_live_blog(norm)
    told = [
        (
            [i.start for i in d.infos],
            sorted({p.name for p in [d.place, *d.places]} | _district_names(d)),
        )
        for d in drafts
    ]
    for index, d in enumerate(drafts):
        taken = {i.sentence.index for o in drafts if o is not d for i in o.infos}
        d = _without_other_clause(norm, _own_incident(norm, d))
        text = " ".join(norm[i.start : i.end] for i in d.infos)
        # A sentence naming several places ("struck Kyiv and Dnipro with missiles and drones")
        # says less about each place's weapons than a sentence about this place alone.
        own = [w for i in d.infos if len(_place_keys(i)) <= 1 for w in i.weapons]
        every = [w for i in d.infos for w in i.weapons]
        if own:
            # "attacked X and Y with Shahed-type drones ... In X, drones hit": the named type.
            names = {w.name for w in own}
            own += [w for w in every if IMPLIES.get(w.name, frozenset()) & names]
        weapons_m = own or every
        from_lead = False
        if not weapons_m and lead_weapons and cl.GENERIC_STRIKE.search(text):
            # "In Khan Younis, strikes on tents ..." after a lead on "Israeli air strikes".
            weapons_m, from_lead = lead_weapons, True
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
        # "A suicide bomber drove a car bomb": no vest reported, but a suicide bombing.
        cue_names = type_weapons([w.name for w in weapons_m])
        choices = [c for i in d.infos for c in i.types]
        if inherited:
            choices.append(
                cl._choice(
                    tx.EXPLOSIONS,
                    cl.explosion_subtype(cue_names, text) or "Shelling/artillery/missile attack",
                )
            )
        choice = cl.pick_type(choices, cue_names, text)
        if choice is None:
            continue
        if choice.sub_event_type in (
            "Government regains territory",
            "Non-state actor overtakes territory",
        ) and any(cl.UNOPPOSED.search(_paragraph_of(norm, i.start)) for i in d.infos):
            # "... recaptured the village. There was no fighting": a non-violent transfer (ACLED).
            choice = cl._choice(tx.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory")
        if choice.sub_event_type == "Disrupted weapons use" and any(
            f.value > 0 for f, _ in d.figures
        ):
            # Interceptions that still killed or hurt people: the strike is the event (ACLED).
            sub = cl.explosion_subtype(cue_names, text) or "Air/drone strike"
            choice = cl._choice(tx.EXPLOSIONS, sub)
        if from_lead and choice.event_type != tx.EXPLOSIONS:
            # "The attacks came a day after troops retook X": the lead's bombs are not X's.
            weapons_m, weapon_names = [], []
        if not inherited and weapons_m:
            previous_weapons = weapons_m
        figs = d.figures
        said = {i: _sentence_around(norm, f.start) for f, i in figs}
        killed = _best(figs, KILLED, False, said, live_blog)
        injured = _best(figs, INJURED, False, said, live_blog)
        ck = _best(figs, KILLED, True, said, live_blog)
        ci = _best(figs, INJURED, True, said, live_blog)
        fatalities = killed.value if killed else (ck.value if ck else None)
        injured_n = injured.value if injured else (ci.value if ci else None)
        kept = used_weapons(norm, weapons_m, choice.sub_event_type, bool(fatalities or injured_n))
        if len(kept) < len(weapons_m):
            weapons_m, weapon_names = kept, reduce_weapons([w.name for w in kept])
        perp, armed_targets = _perpetrator(
            d,
            article_scores,
            norm,
            remote=choice.event_type == tx.EXPLOSIONS,
            context=context,
            battle=choice.event_type == tx.BATTLES,
            air=choice.sub_event_type == "Air/drone strike"
            and bool({"aircraft", "guided aerial bomb"} & set(weapon_names)),
            drone=choice.sub_event_type == "Air/drone strike",
        )
        no_claim = unclaimed(norm, [(i.start, i.end) for i in d.infos])
        if (
            no_claim
            and perp is not None
            and not any(a.name == perp.name for i in d.infos for a in i.actors)
            and (
                perp.name != "Unidentified Armed Group"
                or unclaimed(norm, [(i.start, i.end) for i in d.infos], following=False)
            )
        ):
            perp = None  # "No group claimed the attack": not the group the article names elsewhere
        # The report's attacker elsewhere, not named as acting in this event's own sentences.
        borrowed = (
            perp is not None
            and perp.name not in event_actor_scores(norm, d.infos, d.place.country, context)[0]
        )
        if (
            claims
            and (perp is None or perp.name == "Unidentified Armed Group" or borrowed)
            and not no_claim
        ):
            # "The BLA claimed responsibility for the killings", a paragraph later.
            claimed = claim_for(claims, index, told, norm)
            if claimed is not None and claimed.name not in {a.name for a in armed_targets}:
                perp = claimed
        refs: list[ActorRef] = []
        used: dict[str, list[ActorMention]] = {}
        if choice.event_type in (tx.PROTESTS, tx.RIOTS):
            country_code = d.place.country
            label = "Protesters" if choice.event_type == tx.PROTESTS else "Rioters"
            name = collective_actor(label, country_code)
            police = _state_side(perp, country_code)
            if choice.sub_event_type == "Excessive force against protesters" and police:
                # ACLED: the forces that used lethal force are actor 1, the protesters actor 2.
                refs.append(ActorRef(police, "perpetrator"))
                refs.append(ActorRef(name, "target"))
            else:
                party, attacked = (
                    riot_parties(text) if choice.event_type == tx.RIOTS else (None, None)
                )
                refs.append(ActorRef(party or name, "perpetrator"))
                if attacked:
                    refs.append(ActorRef(attacked, "target"))
                if choice.sub_event_type == "Protest with intervention" and police:
                    refs.append(ActorRef(police, "target"))
            for r in refs:
                used.setdefault(r.name, [])
            armed_targets = []
        elif perp is None and choice.sub_event_type == "Disrupted weapons use":
            # "Air defences intercepted three drones": nobody named, so the launcher is the
            # report's attacker and the interceptor the forces of the country defended.
            launcher = _report_attacker(article_scores, d.place.country) or next(
                (
                    c.actor
                    for c in claims or []
                    if not (c.actor.kind == "state" and c.actor.country == d.place.country)
                ),
                None,
            )
            if launcher is not None and d.place.country:
                interceptor = state_actor(d.place.country)
                refs.append(ActorRef(interceptor, "perpetrator"))
                refs.append(ActorRef(launcher.name, "target"))
                used.setdefault(interceptor, [])
                used.setdefault(launcher.name, [])
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
        if (
            choice.sub_event_type == "Non-state actor overtakes territory"
            and not any(r.role == "target" for r in refs)
            and d.place.country
            and (perp is None or perp.kind != "state" or perp.country != d.place.country)
        ):
            # Ground taken from nobody named was held by the state it lies in.
            name = state_actor(d.place.country)
            refs.append(ActorRef(name, "target"))
            used.setdefault(name, [])
        takers = taken_by.get(d.place.key)
        if (
            choice.sub_event_type == "Government regains territory"
            and not any(r.role == "target" for r in refs)
            and takers
            and (perp is None or perp.name != takers)
        ):
            # Ground retaken from whoever the article says took it.
            refs.append(ActorRef(takers, "target"))
            used.setdefault(takers, [])
        if choice.sub_event_type == "Non-state actor overtakes territory" and perp is not None:
            taken_by[d.place.key] = perp.name
        civ = cl.CIVILIAN_TARGET.search(text)
        if (
            choice.event_type in (tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS)
            and (civ or choice.event_type == tx.VIOLENCE_AGAINST_CIVILIANS)
            and not (armed_targets and not civ)
        ):
            name = civilians_actor(d.place.country)
            refs.append(ActorRef(name, "target"))
            used[name] = []
        if (
            choice.event_type == tx.EXPLOSIONS
            and perp is not None
            and perp.kind == "state"
            and d.place.country
            and perp.country not in (None, d.place.country)
            and not any(r.role == "target" for r in refs)
            and any(a.kind == "state" and a.country == d.place.country for a in context)
        ):
            # "Ukrainian drones struck a refinery in Russia's Ryazan region": a foreign state's
            # strike on a belligerent state's ground, nobody else hit, targets that state.
            name = state_actor(d.place.country)
            refs.append(ActorRef(name, "target"))
            used.setdefault(name, [])
        refs, used = _local_branches(refs, used, d.place.country)
        districts: list[str] = []
        district_spans: list[Span] = []
        place_spans: list[Span] = []
        for p in d.places:
            if p.district and fold(p.district) == fold(d.place.name):
                place_spans.append(p.span)  # a city is never a district of itself
            elif p.district:
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
        if not weapons_m and sentences:
            # "The insurgents opened with a car bomb, followed by gunmen": the next sentences.
            weapons_m = follow_up_weapons(
                norm,
                d.infos,
                {d.place.key} | {p.key for p in d.places},
                infos or [],
                taken,
                sentences,
                quote_spans or [],
                norm[d.date_span.start : d.date_span.end] if d.date_span else "",
            )
            weapon_names = reduce_weapons([w.name for w in weapons_m])
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

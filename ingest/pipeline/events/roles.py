"""Who did what in an event: perpetrator, armed targets, interception sides."""

from __future__ import annotations

import re

from ingest.pipeline.actors import ActorMention, state_actor
from ingest.pipeline.events.grouping import EventDraft

_VERB = (
    r"launched|fired|struck|strikes|attacked|attacks|hit|bombed|shelled|targeted|pounded|"
    r"unleashed|carried\s+out|killed|seized|captured|recaptured|retook|regained|took\s+control|"
    r"took|overran|used|sent|stormed|raided|abducted|kidnapped|claimed|dropped|opened\s+fire|"
    r"ambushed|shot|destroyed|downed|intercepted|shot\s+down|torched|burned|executed|"
    r"massacred|pushed|advanced|entered|repelled|detonated|planted"
)
# "X launched", "X's forces struck", "X said it had struck": X is the one acting.
_SUBJECT_AFTER = re.compile(
    rf"^(?:\s*\([^()]{{1,14}}\))?(?:'s?\s+[\w-]+)?(?:\s*,[^,]{{0,60}},)?"
    # "Police backed by members of an international mission launched": a joint operation.
    rf"(?:\s+(?:backed|supported|assisted|aided|accompanied|joined)\s+by\s+[^,.;]{{0,80}}?)?"
    rf"\s+(?:\w+\s+){{0,3}}?(?:{_VERB})\b|"
    rf"^(?:\s*\([^()]{{1,14}}\))?(?:'s?\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
    rf"(?:said|says|claimed|announced|confirmed|reported)"
    # "police said, and the air force said it struck": not across to another speaker.
    rf"\b(?:(?!,\s*(?:and|but|while)\b)[^.;\"]){{0,40}}?\b(?:it|its\s+\w+|they|their\s+\w+)\s+(?:had\s+|have\s+|has\s+)?"
    rf"(?:{_VERB})\b",
    re.IGNORECASE,
)
# "by the RSF", "blamed on the army", "claimed by ISWAP".
_AGENT_BEFORE = re.compile(
    r"(?<!backed\s)(?<!supported\s)(?<!funded\s)(?<!armed\s)(?<!trained\s)(?<!led\s)"
    r"(?<!commanded\s)(?<!condemned\s)(?<!denied\s)"
    r"\b(?:by|blamed(?:\s+on)?|attributed\s+to|claimed\s+by|launched\s+by|fired\s+by)\s+"
    r"(?:the\s+)?(?:(?:paramilitary|rebel|militant|jihadist|armed|suspected|alleged|"
    r"so-called)\s+)?$",
    re.IGNORECASE,
)
_LINKED_BEFORE = re.compile(
    r"\b(?:linked|affiliated|allied|aligned|loyal|tied|connected)\s+(?:to|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HELD_BY_BEFORE = re.compile(
    r"\b(?:held|controlled|occupied|run|governed|administered|besieged|encircled)\b"
    r"[^.;,]{0,30}\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|against|targeting|at|toward|towards|with|struck|hit|attacked|ambushed|targeted|"
    r"killed|killing|hitting|striking|attacking|ambushing|wounded|wounding|shelled|bombed|"
    r"into|drive|drove|driven|driving|push|pushed|pushing|expel|expelled|expelling|oust|"
    r"ousted|ousting|repel|repelled|repulsed|dislodge|dislodged)\s+"
    r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?$",
    re.IGNORECASE,
)
# "seized X from the army", "recaptured X from Russian forces": the side that lost the ground.
_TAKEN_FROM = re.compile(
    r"\b(?:seized|captured|took|taken|retook|retaken|recaptured|regained|wrested|overran|"
    r"liberated|control)\b[^.;]{0,70}?\bfrom\s+(?:the\s+)?(?:hands\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_PLACE_OF = re.compile(
    # "Kenya's northeastern Mandera County": a place of the country, not its forces.
    r"^(?:'s?)?\s+(?:(?:far\s+)?(?:north|south|east|west|central)\w*\s+)?(?:[A-Z][\w-]+\s+)?"
    r"(?:[A-Z][\w-]+\s+)?(?:region|oblast|province|state|county|district|department|zone|"
    r"governorate|city|territory|border|capital|town|village)|^'s?\s+(?:\w+\s+)?(?:stronghold|territory|"
    r"control|home|heartland|bastion|capital|side)\b|^-(?:occupied|controlled|held|backed|"
    r"annexed|allied|linked)"
)
_IN_PLACE = re.compile(
    r"\b(?:in|of|into|across|over|inside|near|(?:border|borders|frontier)\s+(?:with|of))\s+"
    # "in northern Iraq", "in the far east of": a part of a country is a place too.
    r"(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central)(?:ern)?"
    r"(?:-?(?:east|west)(?:ern)?)?\s+)?$",
    re.IGNORECASE,
)
# "Ten Nigerien soldiers were killed": the forces named are the victims, not the attackers.
_PASSIVE_AFTER = re.compile(
    r"^(?:'s?)?(?:\s+(?:soldiers|troops|personnel|officers|men|fighters|members|militants|"
    r"policemen|guards|commanders|recruits))?"
    r"(?:\s*\([^()]{1,14}\))?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:\([^()]{1,14}\)\s+)?)?"
    r"(?:(?:who|that)\s+)?"
    r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|"
    r"being|been|got)\s+(?:\w+\s+){0,2}?(?:killed|wounded|injured|hurt|attacked|shot|ambushed|"
    r"targeted|abducted|kidnapped|executed|hit|struck|captured|beheaded|slain|massacred)\b",
    re.IGNORECASE,
)
# "killing ten Nigerien soldiers", "killed at least 12 members of": a count before the victims.
_COUNT_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot|abducted|kidnapped|"
    r"ambushed|executed)\s+(?:dead\s+|down\s+)?(?:at\s+least\s+|more\s+than\s+|some\s+|"
    r"about\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|dozens\s+of|scores\s+of|several|many)\s+"
    r"(?:(?:suspected|alleged|heavily\s+armed|armed)\s+)?"
    r"(?:(?:members?|fighters?|militants?|commanders?|soldiers|troops)\s+of\s+(?:the\s+|an?\s+)?"
    # "members of the Kurdish-led", "of the pro-Islamic State": a qualifier before the name.
    r"(?:[\w'-]+\s+){0,3}?)?$",
    re.IGNORECASE,
)
# "the BLA is active in the area": a group's presence, not a claim or an attribution.
_PRESENCE_AFTER = re.compile(
    r"^(?:\s*\([^)]{1,12}\))?\s+(?:is|are|has\s+been|have\s+been|remains?)\s+(?:\w+\s+)?"
    r"(?:active|present|operating|known\s+to\s+operate)\b",
    re.IGNORECASE,
)
_BACKER_AFTER = re.compile(
    r"^-(?:backed|supported|funded|sponsored|armed|trained|allied|aligned|linked|affiliated|"
    r"led)\b",
    re.IGNORECASE,
)
# "..., the X said." / "..., the X (XYZ) told reporters": a source closing the sentence.
_SAYER_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,14}\))?\s+(?:said|says|told|reported|announced|confirmed)\b"
    r"(?!\s+(?:it|they|that\s+it|that\s+they|its|their)\b)",
    re.IGNORECASE,
)
# "Fighters of the OLA took the town": the group itself, not a place "of" something.
_MEMBERS_OF = re.compile(
    r"\b(?:fighters|members|militants|gunmen|units|troops|soldiers|forces|insurgents|rebels|"
    r"elements|men|cadres|commandos|militiamen|jawans|personnel|officers|policemen|"
    r"constables|guards)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "recaptured the village after al-Shabaab fighters withdrew": the side that gave up the ground.
_WITHDREW_AFTER = re.compile(
    r"^(?:\s+(?:fighters|militants|forces|troops|rebels|insurgents))?\s+(?:had\s+)?"
    r"(?:withdrew|withdrawn|fled|pulled\s+out|retreated|abandoned)\b",
    re.IGNORECASE,
)
# "struck a column of fleeing assailants", "bombed a gathering of OLA fighters": the side hit.
_GROUP_OF_BEFORE = re.compile(
    r"\b(?:struck|hit|targeted|bombed|attacked|ambushed|shelled|striking|hitting|targeting|"
    r"bombing|attacking)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:column|convoy|group|gathering|"
    r"positions?|hideouts?|camps?|bases?|vehicles?)\s+(?:of|used\s+by|belonging\s+to)\s+"
    r"(?:the\s+)?(?:fleeing\s+|suspected\s+|retreating\s+)?$",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# Unqualified state forces ("government troops", "the army", "police") are the state of the
# country where the event happened.
_LOCAL_STATE = re.compile(
    r"\b(?:(?:government|federal|regime|junta|state)(?:'s)?\s+(?:forces|troops|soldiers|army|"
    r"military|aircraft|warplanes|jets|drones?|air\s+force|air\s*strikes?)|"
    r"(?:military|army|air\s+force)\s+(?:aircraft|jets?|warplanes?|helicopters?|drones?)|"
    r"(?:the|national)\s+(?:army|"
    r"military|armed\s+forces|junta|air\s+force)|(?:"
    # Ranks and corps news uses for a state's men: "two rangers", "three jawans", "gendarmes".
    r"(?:police|security|army)\s+(?:officers|personnel|officials)|(?:paramilitary\s+)?rangers|"
    r"jawans|gendarmes?|gendarmerie|constables|policewomen|levies|"
    r"(?:military|army)\s+(?:convoy|patrol|post|base|camp|positions?)|"
    r"security\s+forces|police(?:men)?|soldiers|troops|servicemen))\b",
    re.IGNORECASE,
)
# "Six soldiers", "Two Kenyan police officers": a capitalised word before the forces noun that is
# only the sentence's first word (a number, a determiner) does not name whose forces they are.
_NOT_OWNER = re.compile(
    r"^(?:The|A|An|Some|Several|Many|Most|Other|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Eleven|Twelve|Fifteen|Twenty|Thirty|Dozens|Scores|Hundreds|Local|Armed|Government|"
    r"Federal|State|Paramilitary|Police|Security|Army|Military|Off-duty|Wounded|Injured|Slain|"
    r"Dead|Unarmed|Armed|Masked|Angry|Riot|Border|Its|Their)$"
)


def _local_state_mentions(
    norm: str, start: int, end: int, country: str | None, taken: list[ActorMention]
) -> list[ActorMention]:
    if not country:
        return []
    out = []
    for m in _LOCAL_STATE.finditer(norm, start, end):
        if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in taken):
            continue
        # "Russian troops", "Kenyan police" are already named; "their troops" is vague.
        owner = re.search(
            r"(?:(?P<cap>[A-Z][\w-]+)|their|its|his|enemy|foreign)\s+$",
            norm[max(0, m.start() - 14) : m.start()],
        )
        if owner and not (owner["cap"] and _NOT_OWNER.match(owner["cap"])):
            continue
        # "Ten Nigerien soldiers were killed when jihadists attacked an army post": the post is
        # the army of the state the sentence has just named, whatever country the place is in.
        named = [
            a
            for a in taken
            if a.kind == "state" and a.forces and a.country and start <= a.end <= m.start()
        ]
        code = named[-1].country if named else country
        assert code is not None
        name = state_actor(code)
        out.append(ActorMention(name, "state", code, m.start(), m.end(), m.group(0), True))
    return out


def _score(
    norm: str, a: ActorMention, start: int, end: int, claim: bool, local: bool = False
) -> int | None:
    """How strongly a mention reads as the attacker; None when it is a target or a source."""
    before = norm[max(start, a.start - 40) : a.start]
    after = norm[a.end : min(end, a.end + 120)]
    if _BACKER_AFTER.match(after):
        return None  # "the Iran-backed Houthis": the backer of the attackers, not one of them
    if _SAYER_AFTER.match(after) and re.search(r",\s*(?:the\s+)?$", before):
        return None  # "..., the Karen National Union said": who reported the attack
    if _LINKED_BEFORE.search(before):
        return None  # "jihadists linked to al-Qaeda": the attackers are the jihadists
    if _HELD_BY_BEFORE.search(norm[max(start, a.start - 60) : a.start]):
        return None  # "a town held since last year by the TNLA": who holds it, not who struck
    if _AGENT_BEFORE.search(before):
        return 6
    if _PASSIVE_AFTER.match(after) or _COUNT_BEFORE.search(
        norm[max(start, a.start - 80) : a.start]
    ):
        return -1
    if (
        _PLACE_OF.match(after)
        or (_IN_PLACE.search(before) and not _MEMBERS_OF.search(before))
        or _SOURCE.search(before)
        or _PRESENCE_AFTER.match(after)
    ):
        return None
    if _WITHDREW_AFTER.match(after) or _GROUP_OF_BEFORE.search(before):
        return -1
    if _OBJECT_BEFORE.search(before[-25:]) or _TAKEN_FROM.search(
        norm[max(start, a.start - 100) : a.start]
    ):
        return -1
    if _SUBJECT_AFTER.match(after):
        return 6 if claim else 4
    return 2 if a.forces and not local else None


# "its forces launched": the forces of the state or group named just before.
_POSSESSIVE_FORCES = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:forces|troops|army|military|fighters|drones|missiles|"
    r"air\s+force|units|militants|gunmen)\b",
    re.IGNORECASE,
)


def _pronoun_mentions(
    norm: str, start: int, end: int, context: list[ActorMention]
) -> list[ActorMention]:
    out = []
    for m in _POSSESSIVE_FORCES.finditer(norm, start, end):
        prior = [a for a in context if m.start() - 300 <= a.start < m.start()]
        if prior:
            a = prior[-1]
            out.append(
                ActorMention(a.name, a.kind, a.country, m.start(), m.end(), m.group(0), True)
            )
    return out


def event_actor_scores(
    norm: str, infos: list, country: str | None, context: list[ActorMention] | None = None
) -> tuple[dict[str, tuple[int, ActorMention]], list[ActorMention]]:
    """Attacker scores by actor name over some sentences, and the actors on the receiving side."""
    from ingest.pipeline import classify as cl

    scores: dict[str, tuple[int, ActorMention]] = {}
    targets: list[ActorMention] = []
    for info in infos:
        claim = bool(cl.CLAIM.search(norm, info.start, info.end))
        mentions = list(info.actors)
        if context:
            mentions += _pronoun_mentions(norm, info.start, info.end, context)
        local = _local_state_mentions(norm, info.start, info.end, country, mentions)
        previous: ActorMention | None = None
        for a in sorted(mentions + local, key=lambda x: x.start):
            repeat = (
                previous is not None
                and previous.name == a.name
                and re.fullmatch(r"\s*\(", norm[previous.end : a.start]) is not None
            )
            previous = a
            if repeat:
                continue  # "the Karen National Union (KNU)": one mention, scored once
            sc = _score(norm, a, info.start, info.end, claim, a in local)
            if sc is None:
                continue
            if sc < 0:
                targets.append(a)
                continue
            if a.name == "Unidentified Armed Group":
                sc = min(sc, 3)
            old = scores.get(a.name)
            scores[a.name] = (old[0] + sc, old[1]) if old else (sc, a)
    return scores, targets


def article_actor_scores(
    norm: str, infos: list, context: list[ActorMention] | None = None
) -> dict[str, tuple[int, ActorMention]]:
    """Attacker scores over every incident sentence of the article (for events naming nobody)."""
    return event_actor_scores(norm, infos, None, context)[0]


def _perpetrator(
    d: EventDraft,
    article_scores: dict[str, tuple[int, ActorMention]],
    norm: str,
    remote: bool = False,
    context: list[ActorMention] | None = None,
    battle: bool = False,
    air: bool = False,
    drone: bool = False,
) -> tuple[ActorMention | None, list[ActorMention]]:
    """The attacker of an event and the armed actors on the receiving side."""
    country = d.place.country
    scores, targets = event_actor_scores(norm, d.infos, country, context)
    target_names = {t.name for t in targets}
    strong = {n: v for n, v in scores.items() if v[0] >= 4 or (v[0] >= 2 and n not in target_names)}
    if not strong:
        # Nobody named acting in the event's own sentences: the attacker of the article.
        pool = {
            n: v
            for n, v in article_scores.items()
            if v[0] >= 4
            and n not in target_names
            # A foreign state's strikes elsewhere in the report do not make it every
            # battle's attacker.
            and (not battle or v[1].kind != "state" or v[1].country in (None, country))
        }
        if air:
            # Bombs dropped from aircraft come from a state's air force, not from an armed group
            # the report names elsewhere.
            pool = {n: v for n, v in pool.items() if v[1].kind == "state"}
            if not pool and country:
                name = state_actor(country)
                return ActorMention(name, "state", country, -1, -1, "", True), targets
        if drone and not air:
            # An unattributed drone strike in a report on a state fighting an armed group is the
            # state's, unless the report shows the group flying drones ("RSF drones", "a drone
            # launched by the Houthis"). A report naming nobody leaves it unattributed.
            named_any = bool(pool)
            pool = {
                n: v
                for n, v in pool.items()
                if v[1].kind == "state" or _flies_drones(norm, n, context or [])
            }
            if not pool and named_any and country:
                name = state_actor(country)
                return ActorMention(name, "state", country, -1, -1, "", True), targets
        if not pool:
            return None, targets
        strong = pool
    named = {n: v for n, v in strong.items() if n != "Unidentified Armed Group"}
    if named and max(v[0] for v in named.values()) >= 2:
        strong = named

    def rank(item: tuple[str, tuple[int, ActorMention]]) -> tuple[int, int, int]:
        _name, (sc, a) = item
        foreign = int(remote and a.kind == "state" and a.country not in (None, country))
        return (sc, foreign, -a.start)

    best = max(strong.items(), key=rank)[1][1]
    out = [t for t in targets if t.name != best.name]
    other = _other_side(scores, best, country)
    if other is not None and all(
        t.name == "Unidentified Armed Group" or t.name == other.name for t in out
    ):
        # "JNIM fighters attacked the camp. The army said its soldiers killed 14 assailants":
        # the state fighting back is the other side; the assailants are the attacker's men.
        out = [t for t in out if t.name != "Unidentified Armed Group"]
        if all(t.name != other.name for t in out):
            out.append(other)
    return best, out


_DRONE_WORD = re.compile(r"\b(?:drones?|UAVs?|quadcopters?|kamikaze)\b", re.IGNORECASE)


def _flies_drones(norm: str, name: str, context: list[ActorMention]) -> bool:
    """The report mentions the group next to a drone ("RSF drones", "drones launched by X")."""
    for m in context:
        if m.name != name:
            continue
        if _DRONE_WORD.search(m.surface) or _DRONE_WORD.search(norm, m.end, m.end + 25):
            return True
        if _DRONE_BY.search(norm[max(0, m.start - 50) : m.start]):
            return True
    return False


_DRONE_BY = re.compile(
    r"\b(?:drones?|UAVs?|quadcopters?)\b[^.;]{0,30}\b(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE
)


def _other_side(
    scores: dict[str, tuple[int, ActorMention]], best: ActorMention, country: str | None
) -> ActorMention | None:
    """The state acting against a named armed group in the event's own sentences (or the
    group acting against the state): both sides of a fight are subjects of attack verbs."""
    for name, (sc, a) in sorted(scores.items(), key=lambda x: -x[1][0]):
        if name in (best.name, "Unidentified Armed Group") or sc < 4:
            continue
        if best.kind != "state" and a.kind == "state" and a.country == country:
            return a
        if best.kind == "state" and best.country == country and a.kind != "state":
            return a
    return None


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
    if d.place.country and (d.place.country != launcher.country or launcher.kind != "state"):
        # A rebel force's drones downed over a country: its forces intercepted them.
        return launcher, state_actor(d.place.country)
    return launcher, None

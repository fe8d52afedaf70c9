"""Sentence cues for events: triggers, ACLED type and sub-event type, background and totals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.pipeline import taxonomy as tx
from ingest.pipeline.figure_rules import reports_no_harm
from ingest.pipeline.weapons import (
    AIR,
    ARTILLERY,
    CHEMICAL,
    DRONE,
    EXPLOSIVE,
    FAMILY,
    GRENADE,
    INCENDIARY,
    MISSILE,
    SMALL_ARMS,
    SUICIDE,
)

_I = re.IGNORECASE

REMOTE = re.compile(
    r"\b(?:strikes?|struck|striking|attack(?:s|ed|ing)?|hit(?:s|ting)?|shell(?:ed|ing|s)|"
    r"bombard(?:ed|ment|ing)|bomb(?:ed|ing|s)?|explosions?|blasts?|explod(?:ed|ing)|"
    r"detonat(?:ed|ion|ing)|rocked|pounded|pounding|targeted|targeting|raids?(?!\s+(?:sirens?|alerts?|warnings?|shelters?))|airstrikes?|"
    r"barrage|salvo|slammed|landed|fell\s+on|crashed\s+into|"
    r"dropped\s+(?:\w+\s+){0,2}(?:explosives|bombs|grenades|munitions)|"
    r"(?:hurled|lobbed|threw|tossed)\s+(?:an?\s+|two\s+|several\s+)?(?:hand\s+)?grenades?|set\s+(?:\w+\s+){0,4}on\s+fire|"
    r"damaged|destroyed|assaults?|came\s+under\s+fire|opened\s+fire|fired|launched|killed|"
    r"killing|wounded|injured|died|dead)\b",
    _I,
)
HARM = re.compile(
    r"\b(?:killed|killing|kills|dead|died|deaths?|wounded|wounding|injured|injuring|injuries|"
    r"hurt|casualties|lives|massacred|hospitali[sz]ed|slain|damaged|destroyed|set\s+\w+\s+on\s+"
    r"fire|on\s+fire|ablaze|blaze|fires?|rubble|torn\s+apart)\b",
    _I,
)
BATTLE = re.compile(
    r"\b(?:clash(?:es|ed)?|fought|"
    # "fighting between", "fighting on Saturday between": the day may come first.
    r"fighting\s+(?:(?:late\s+|early\s+)?(?:on|overnight\s+on)\s+[A-Z]\w+\s+)?"
    r"(?:between|erupted|broke\s+out|raged|with)|"
    r"(?:heavy|fierce|intense|heavy\s+street|street)\s+(?:fighting|battles?)|battles?\s+with|"
    # "sparking fighting that lasted several hours"
    r"(?:sparking|triggering|sparked|triggered)\s+(?:\w+\s+)?(?:fighting|clashes|a\s+gunfight)|"
    r"fighting\s+(?:that\s+)?lasted|"
    r"gun\s*battles?|gunfights?|firefights?|exchange(?:d)?\s+(?:of\s+)?fire|ambush(?:ed|es)?|"
    # South Asian usage: "killed five Maoists in an encounter" is a gunfight with security forces.
    r"(?:in|during)\s+an?\s+encounter\b|"
    r"battl(?:ed|ing)|repelled\s+(?:an?\s+)?(?:attack|assault|offensive)|"
    # "launched a fresh assault on army positions": an assault on forces is a battle too.
    r"(?:attack(?:ed|ing)?\s+(?:on\s+)?|assaults?\s+on\s+)(?:an?\s+|the\s+)?"
    r"(?:military|army|police|security)\s+(?:base|post|checkpoint|"
    r"convoy|positions?|camp|station|outpost|detachment|garrison|barracks)|"
    r"stormed\s+(?:an?\s+|the\s+)?(?:military|army|police|gendarmerie)\s+(?:base|post|camp|"
    r"station|detachment|garrison|barracks|outpost|positions?))\b",
    _I,
)
TAKEOVER = re.compile(
    r"\b(?:seized|captured|took\s+(?:full\s+)?control\s+of|taken\s+(?:full\s+)?control\s+of|"
    r"overran|overrun|fell\s+to|seizure\s+of|capture\s+of)\b",
    _I,
)
REGAIN = re.compile(
    r"\b(?:recaptured|retook|regained\s+(?:full\s+)?control|liberated|recapture\s+of|"
    r"retaken|pushed\s+(?:\w+\s+){0,3}out\s+of)\b",
    _I,
)
VAC_ATTACK = re.compile(
    r"\b(?:massacre[ds]?|shot\s+dead|gunned\s+down|executed|opened\s+fire\s+on\s+(?:\w+\s+){0,3}"
    r"(?:civilians|villagers|worshippers|residents|passengers|mourners|students|people|crowd|"
    r"market|shoppers|farmers)|stabbed|hacked|beheaded|beheading|decapitated|"
    r"stormed\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:hotel|restaurant|guesthouse|hospital)|stormed\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:village|town|market|church|mosque|school|camp|wedding|funeral)|raided\s+(?:the\s+|a\s+)?"
    r"(?:\w+\s+)?(?:village|villages|town|camp|market)|"
    r"attacked\s+(?:the\s+|a\s+)?(?:village|villages|town|market|church|mosque|camp|"
    r"civilians|worshippers|passengers)|"
    # "attacked a Peuhl herders' camp", "attacked the Djaiba displacement site"
    r"attacked\s+(?:the\s+|an?\s+)?(?:(?!(?:military|army|police|security|rebel|militant|"
    r"insurgent|training|jihadist|terrorist|enemy|dissident|guerrilla|armed|rival|gang|"
    r"bandit|separatist)\b)[\w'-]+\s+){1,3}?(?:village|camp|"
    r"displacement\s+site|site\s+for\s+displaced|settlement|market|church|mosque)|burned\s+(?:\w+\s+){0,2}(?:homes|houses|villages?)|"
    r"torched\s+(?:\w+\s+){0,2}(?:homes|houses|villages?)|killed\s+(?:\w+\s+){0,3}(?:civilians|"
    r"villagers|worshippers|farmers|passengers|residents))\b",
    _I,
)
ABDUCT = re.compile(
    r"\b(?:abduct(?:ed|ion|ions|ing)?|kidnap(?:ped|ping|pings)?|taken\s+hostage|"
    r"seized\s+(?:\w+\s+){0,3}hostages?|held\s+hostage|forcibly\s+disappeared)\b",
    _I,
)
SEXUAL = re.compile(r"\b(?:rap(?:ed|e|es|ing)|sexual(?:ly)?\s+(?:violence|assault(?:ed)?))\b", _I)
PROTEST = re.compile(
    r"\b(?:protest(?:s|ers|ors|ed|ing)?|demonstrat(?:ors|ion|ions|ed)|rall(?:y|ies|ied)|"
    r"marched|marchers|sit-ins?|took\s+to\s+the\s+streets|gathered\s+peacefully|"
    r"disperse\s+(?:the\s+)?(?:crowds?|gatherings?|marchers))\b",
    _I,
)
RIOT = re.compile(
    r"\b(?<!anti-)(?:riot(?:s|ers|ing|ed)?(?!\s+(?:police|gear|squad|control|unit|officers))|mob|"
    r"looted|looting|hurl(?:ed|ing)\s+(?:stones|rocks|bricks|petrol\s+bombs|molotov)|"
    r"thr(?:ew|owing)\s+(?:stones|rocks|bricks|petrol\s+bombs|molotov)|"
    r"pelted|torched|torching|arson|set(?:ting)?\s+(?:\w+\s+){0,3}(?:ablaze|on\s+fire)|"
    r"set(?:ting)?\s+fire\s+to|vandali[sz](?:ed|ing)|lynch(?:ed|ing)|stone-throwing)\b",
    _I,
)
PROTEST_FORCE = re.compile(
    r"\b(?:(?:police|security\s+forces|soldiers|troops)\s+(?:\w+\s+){0,3}(?:opened\s+fire|"
    r"fired\s+live|shot|killed)|(?:protesters|demonstrators)\s+(?:were\s+)?(?:killed|shot)|"
    r"live\s+(?:bullets|ammunition|rounds)|(?:killing|killed|shot\s+dead|shooting\s+dead)\s+"
    r"(?:\w+\s+){0,3}(?:protesters|demonstrators|marchers)|opened\s+fire\s+(?:on|at)\s+"
    r"(?:\w+\s+){0,2}(?:protesters|demonstrators|crowds?|marchers|rally)|"
    # "run over by a police armoured vehicle" while police dispersed a crowd: lethal force.
    r"(?:run|ran|running|crushed|rammed)\s+(?:over\s+)?by\s+(?:an?\s+|the\s+)?police|"
    r"police\s+(?:\w+\s+){0,2}(?:vehicle|truck|car)\s+(?:\w+\s+){0,2}(?:ran\s+over|"
    r"rammed|ploughed\s+into|plowed\s+into|drove\s+into))\b",
    _I,
)
# Two armed sides named in a protest sentence make its "clashes" a battle.
_ARMED_SIDES = re.compile(
    r"\b(?:gunmen|militants|rebels|insurgents|fighters|militias?|armed\s+group)\b", _I
)
# "there were no clashes", "without clashes": a battle word that is negated.
_NEGATED_BATTLE = re.compile(
    r"\b(?:no|without|never|nor|not\s+any|did\s+not|didn't|free\s+of)\s+(?:\w+\s+)?$", _I
)
PROTEST_INTERVENTION = re.compile(
    r"\b(?:tear\s*gas|water\s+cannons?|rubber\s+bullets|dispers(?:ed|e)|arrested|detained|"
    r"baton|beat(?:en)?|clashed\s+with\s+(?:police|security))\b",
    _I,
)
INTERCEPT = re.compile(
    r"\b(?:intercept(?:ed|ion|ions|s)?|shot\s+down|downed|neutrali[sz]ed|"
    r"(?:destroyed|repelled)\s+(?:\w+\s+){0,4}(?:drones|missiles|uavs)|"
    r"air[\s-]defen[cs]es?\s+(?:\w+\s+){0,3}(?:destroyed|downed|repelled))\b",
    _I,
)
MILITARY_TARGET = re.compile(
    r"\b(?:soldiers|troops|servicem[ae]n|military\s+(?:base|post|positions?|convoy|vehicles?)|"
    r"army\s+(?:base|post|positions?|convoy)|police\s+(?:station|post|officers|checkpoint)|"
    r"policemen|checkpoint|positions|outpost|security\s+forces|militants|fighters|insurgents)\b",
    _I,
)
# Shooting at the forces themselves: "shot dead two Levies personnel", "gunned down a soldier".
_SHOT_FORCES = re.compile(
    r"\b(?:shot\s+dead|gunned\s+down|shooting\s+dead)\s+(?:(?:an?|the|two|three|four|five|six|"
    r"\d+|at\s+least|[A-Z][\w-]*)\s+){0,4}(?:soldiers?|troops|policem[ae]n|police\s+officers?|"
    r"personnel|guards?|gendarmes|rangers|jawans?|constables?|servicem[ae]n|militiam[ae]n)\b",
    _I,
)
CIVILIAN_TARGET = re.compile(
    r"\b(?:civilians?|residents?|children|villagers|worshippers|families|homes?|houses?|"
    r"residential|apartment|hospitals?|schools?|markets?|people|passengers|shelters?|"
    r"displaced|camp|women|mosque|church|farmers|neighbou?rhoods?|buildings?|blocks?|"
    r"m[ae]n|wom[ae]n|girls?|boys?|babies|baby|infants?|pensioners?|elderly|migrants?|refugees|"
    r"workers?|employees|drivers?|journalists?|patients|shoppers|pedestrians|worshippers|"
    r"(?<!military\s)(?<!army\s)(?:cars?|bus(?:es)?|minibus(?:es)?|taxis?)|tents?|shops?|"
    r"restaurants?|cafes?|hotels?|kindergartens?|universit(?:y|ies)|clinics?|"
    r"detention\s+cent(?:re|er)s?|shelter|wedding|funeral|households?|families)\b",
    _I,
)
CUMULATIVE = re.compile(
    r"\b(?:nationwide|(?<!spread\s)(?<!spreading\s)(?<!spreads\s)across\s+the\s+country|across\s+(?:all\s+of\s+)?[A-Z][a-z]+\s+(?:killed|"
    r"have|has)|in\s+total|since\s+the\s+(?:start|beginning|outbreak)|since\s+(?:the\s+)?(?:war|"
    r"conflict|invasion|fighting)\s+(?:began|started|erupted)|so\s+far\s+this\s+(?:year|month)|"
    r"(?:have|has)\s+been\s+(?:killed|wounded|injured)\b[^.;]{0,60}\bsince\s+(?:then|that\s+time)|"
    r"this\s+year|to\s+date|cumulative|death\s+toll\s+(?:in|from)\s+the\s+(?:war|conflict)|"
    r"since\s+(?:(?:late|early|mid-?)\s*)?(?:19|20)\d\d|since\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|since\s+(?:last\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|week|weekend)|over\s+the\s+past\s+(?:\w+\s+)?(?:weeks|months|"
    r"years)|in\s+recent\s+(?:weeks|months|years)|"
    # "The separatists have also targeted Chinese nationals": a habit, not an incident.
    r"(?:has|have)\s+(?:also\s+)?(?:repeatedly|frequently|often|regularly|long|previously|"
    r"increasingly|also)\s+(?:been\s+)?[a-z]+ed)\b",
    _I,
)
COMPARISON = re.compile(
    r"\b(?:deadliest|worst|largest|biggest|heaviest|most\s+\w+|bloodiest)\b(?:\s+\S+){0,6}?\s+"
    r"(?P<since>since\b[^,.;]*(?:,\s*when\b[^.;]*)?|(?:so\s+far\s+)?this\s+(?:year|month)|"
    r"in\s+(?:recent\s+)?(?:years|months|weeks|decades)|to\s+date|in\s+recent\s+memory)",
    _I,
)
HYPOTHETICAL = re.compile(
    r"\b(?:will|would|could|might|may|threaten(?:ed|s)?\s+to|vow(?:ed|s)?\s+to|plan(?:s|ned)?\s+to|"
    r"if|warn(?:ed|s)?\s+(?:of|that)|fear(?:s|ed)?|risk(?:s)?|continue(?:s|d)?\s+to|keep|"
    r"repeatedly|every|each\s+time|regularly|often|daily|routinely|frequently|constantly)\b",
    _I,
)
REAL_HARM = re.compile(
    r"\b(?:killed|killing|dead|died|deaths?|wounded|wounding|injured|injuring|injuries|hurt|"
    r"hospitali[sz]ed|damaged|debris\s+fell|set\s+\w+\s+on\s+fire|on\s+fire|ablaze|"
    r"set\s+fire\s+to|caught\s+fire|burns)\b",
    _I,
)
TOLL = re.compile(r"\b(?:death\s+toll|toll|casualt(?:y|ies)\s+(?:figure|count))\b", _I)
ANAPHORA = re.compile(
    r"\b(?:death\s+)?toll\b|\b(?:the|this|that)\s+(?:\w+\s+){0,2}(?:strikes?|attacks?|assault|barrage|bombardment|"
    r"shelling|explosions?|blasts?|raid|bombing|ambush|massacre|incident|onslaught)\b|\bthere\b|"
    r"\bthe\s+(?:city|capital|town|village|area|region|camp|district|site|scene)\b",
    _I,
)
# "Separatist fighters attacked soldiers": non-state fighters against the forces (a battle).
_FIGHTERS_ATTACK_FORCES = re.compile(
    r"\b(?:gunmen|militants|rebels|insurgents|fighters|jihadists|separatists|militiamen|"
    r"militias?|assailants|attackers)\b[^.;]{0,60}?\battack(?:ed|ing)\s+(?:\w+\s+){0,2}"
    r"(?:soldiers|troops|servicemen|army|military|police(?:men)?|security\s+forces|"
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:base|post|checkpoint|outpost|barracks)|"
    r"positions|posts|bases|outposts|checkpoints|(?:rival\s+)?(?:militias?|militants|"
    r"rebels|fighters|gangs?))\b",
    _I,
)
# "Bandits killed seven people", "rebels killed 12 villagers": armed men killing people is an
# attack on civilians even when the text names no weapon.
_ARMED_MEN = (
    r"\b(?:gunmen|militants|rebels|insurgents|jihadists|bandits|separatists|militiamen|"
    r"militias?|assailants|attackers|extremists|terrorists|raiders|gang\s+members|gangs|fighters|"
    r"armed\s+men)\b[^.;]{0,40}?\b"
    r"(?:killed|killing|murdered|slaughtered|shot|shooting)\s+(?:dead\s+)?"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?(?:\w+\s+){0,2}"
)
_ARMED_MEN_KILLED_PEOPLE = re.compile(
    _ARMED_MEN + r"(?:people|persons|civilians|villagers|men|women|residents|farmers|traders|"
    r"herders|miners|worshippers|passengers|children|students|teachers|labou?rers)\b",
    _I,
)
_ARMED_MEN_KILLED_FORCES = re.compile(
    _ARMED_MEN + r"(?:soldiers|troops|servicemen|policemen|police\s+officers|gendarmes|"
    r"security\s+personnel)\b",
    _I,
)
# "Security forces killed four militants in an operation": the state fighting an armed group.
_FORCES_KILLED_ARMED_MEN = re.compile(
    r"\b(?:security\s+forces|troops|soldiers|the\s+(?:army|military)|police|forces)\b"
    r"(?:(?!\b(?:said|says|told)\b)[^.;]){0,150}?\b(?:killed|killing|shot\s+dead|"
    r"neutrali[sz]ed)\s+(?:at\s+least\s+|"
    r"more\s+than\s+|some\s+|about\s+)?(?:\w+\s+){0,2}(?:militants|insurgents|terrorists|"
    r"rebels|fighters|gunmen|bandits|jihadists|separatists|kidnappers|gang\s+members)\b",
    _I,
)
# "attacked a South Sudan People's Defence Forces (SSPDF) base in X": an assault on a base.
_ATTACK_ON_POST = re.compile(
    r"\b(?:attack(?:ed|ing|s)?|stormed|storming|raided|assaulted|overran)\s+(?:on\s+)?(?:an?|the)\s+"
    r"(?:[\w'()-]+\s+){0,6}?(?:base|barracks|garrison|outpost|detachment|checkpoint)\b",
    _I,
)
# "At least 18 civilians were killed late on Saturday in an attack on the village of X".
_PEOPLE_KILLED_IN_ATTACK = re.compile(
    r"\b(?:civilians|villagers|residents|farmers|worshippers|passengers|herders|traders|"
    r"displaced\s+people|people)\s+(?:were|have\s+been|had\s+been)\s+(?:killed|massacred|"
    r"slaughtered|hacked\s+to\s+death|shot\s+dead)\b[^.;]{0,60}?\b(?:attacks?|raids?|"
    r"massacre)\b",
    _I,
)
# "killed 40 soldiers in an attack": an armed group's attack on the forces is a battle.
_FORCES_KILLED_IN_ATTACK = re.compile(
    r"\b(?:killed|killing|wounded|wounding)\s+(?:\w+\s+){0,3}(?:soldiers|troops|servicemen|"
    r"policemen|police\s+officers|security\s+personnel)\s+in\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:attacks?|ambush|assault|raid)\b",
    _I,
)
# "The attack happened in the village of X": an incident told before, placed here.
INCIDENT_SITE = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+){0,2}(?:attacks?|strikes?|shooting|ambush|bombing|blast|"
    r"explosion|raid|incident|killings?|assault|massacre)\s+(?:\w+\s+){0,2}(?:happened|"
    r"took\s+place|occurred|unfolded|was\s+carried\s+out|was\s+reported)\b",
    _I,
)
# Crowd violence without the word "protest": barricades of burning tyres, stones, petrol bombs,
# a police station set on fire.
RIOT_CROWD = re.compile(
    r"\b(?:barricades?|burning\s+tyres|burning\s+tires|"
    r"(?:threw|hurled|throwing|hurling|pelted\s+\w+\s+with)\s+(?:\w+\s+)?(?:stones|rocks|bricks|"
    r"petrol\s+bombs|molotov)|stone-throwing|stone\s+pelting|"
    r"(?:set\s+fire\s+to|torched|burned|burnt|stormed|ransacked)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:police\s+station|police\s+post|government\s+(?:building|offices?)|town\s+hall|"
    r"courthouse|party\s+(?:office|headquarters)))\b",
    _I,
)
ARREST = re.compile(
    r"\b(?:arrested|detained|apprehended|taken\s+into\s+custody|rounded\s+up)\b", _I
)
# "settlers set fire to olive groves": property attacked, nobody reported hurt.
PROPERTY_DESTRUCTION = re.compile(
    r"\b(?:set\s+fire\s+to|set\s+(?:\w+\s+){1,4}(?:on\s+fire|ablaze)|torched|burned\s+down|"
    r"burnt\s+down|vandali[sz]ed|uprooted|looted|ransacked|demolished|bulldozed)\b",
    _I,
)
_HURT_PEOPLE = re.compile(
    r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|hurt|beat(?:en|ing)?|"
    r"assaulted|attacked\s+(?:\w+\s+){0,2}(?:residents|villagers|farmers|people|men|women|"
    r"family|families|shepherds?|palestinians))\b",
    _I,
)

# "The TTP claimed the attack", "Al-Shabaab said its fighters had carried out the bombing".
CLAIM = re.compile(
    r"\b(?:claimed\s+(?:responsibility\s+for\s+)?|claiming\s+(?:responsibility\s+for\s+)?|"
    r"(?:has|have|had)?\s*carried\s+out\s+)(?:the|this|that|both|a|an|its|their)\s+"
    r"(?:\w+\s+){0,2}(?:attacks?|bombings?|blasts?|strikes?|assault|ambush|killings?|raids?|"
    r"explosions?|operation)\b",
    _I,
)
# "The attackers used hand grenades and rifles": the weapons of an incident told just before.
ATTACKER_GEAR = re.compile(
    r"\b(?:the|its|their)\s+(?:attackers|assailants|gunmen|militants|fighters|bombers?|"
    r"kidnappers|raiders)\s+(?:\w+\s+){0,2}(?:used|carried|wielded|were\s+armed|armed\s+with|"
    r"fired|hurled|threw|opened)\b",
    _I,
)
# An incident named without its weapon ("strikes on tents", "the attack").
GENERIC_STRIKE = re.compile(r"\b(?:strikes?|struck|attacks?|raids?|bombardment|bombing)\b", _I)
ELSEWHERE = re.compile(
    r"\b(?:elsewhere|other\s+(?:regions|cities|towns|parts)|several\s+other)\b", _I
)


# Sports reports "attack", "shoot", "fire" and "bombard" all the time.
_SPORTS = re.compile(
    r"\b(?:touchdowns?|quarterbacks?|goalkeepers?|strikers?|midfielders?|league|playoffs?|"
    r"championships?|tournaments?|innings|wickets?|coach(?:es)?|kick-?off|half-?time|"
    r"end\s+zone|penalt(?:y|ies)|stadium|unbeaten|semi-?finals?|quarter-?finals?|season|"
    r"opponents?|scored|scoring|seal\s+the|comeback|fans|referee|teammates?|trailing|"
    r"match(?:es)?|cup|title|draw|victory|defeat(?:ed)?|beat)\b",
    _I,
)
_CONFLICT = re.compile(
    r"\b(?:troops|soldiers|militants|military|army|rebels|insurgents|police|gunmen|civilians|"
    r"war|ceasefire|air\s*strikes?|missiles?|drones?|shelling|militia|terroris[mt]s?|"
    r"jihadists?|hostages?|protesters|demonstrators|riot)\b",
    _I,
)


def is_sports_report(text: str) -> bool:
    """A sports article with no word of armed conflict (its violent verbs are metaphors)."""
    terms = {m.group(0).lower() for m in _SPORTS.finditer(text)}
    return len(terms) >= 4 and len(_CONFLICT.findall(text)) < 2


@dataclass(frozen=True)
class TypeChoice:
    event_type: str
    sub_event_type: str
    score: int  # precedence rank, lower wins


# A sentence that only adds casualties to an incident told elsewhere.
HARM_ONLY = TypeChoice("", "", 1000)


def _rank(event_type: str, sub: str) -> int:
    return tx.EVENT_TYPES.index(event_type) * 10 + tx.SUB_EVENT_TYPES[event_type].index(sub)


def _choice(event_type: str, sub: str) -> TypeChoice:
    return TypeChoice(event_type, sub, _rank(event_type, sub))


def explosion_subtype(weapons: list[str], text: str) -> str | None:
    """ACLED's remote-violence sub-type for a set of weapons (missile+drone barrage -> shelling)."""
    families = {FAMILY[w] for w in weapons if w in FAMILY}
    if CHEMICAL in families:
        return "Chemical weapon"
    ground_missile = any(FAMILY.get(w) == MISSILE and w != "missile" for w in weapons)
    explicit_air = AIR in families
    if SUICIDE in families:
        return "Suicide bomb"
    if explicit_air and not ground_missile and ARTILLERY not in families:
        return "Air/drone strike"
    if MISSILE in families or ARTILLERY in families:
        return "Shelling/artillery/missile attack"
    if DRONE in families or AIR in families:
        return "Air/drone strike"
    if EXPLOSIVE in families:
        return "Remote explosive/landmine/IED"
    if GRENADE in families:
        return "Grenade"
    return None


# "captured two soldiers", "seized weapons": people and goods, not territory.
_NOT_TERRITORY = re.compile(
    r"\b(?:seized|captured|seizure\s+of|capture\s+of)\s+(?:(?:an?|the|some|several|\d+|"
    r"[a-z]+ty|two|three|four|five|six|seven|eight|nine|ten|large|huge|quantities\s+of|"
    r"their|his|its)\s+)*(?:\w+\s+)?(?:soldiers?|troops|fighters?|prisoners?|militants?|"
    r"commanders?|members?|men|people|civilians|hostages?|weapons?|arms|ammunition|drugs|"
    r"cocaine|heroin|cache|caches|vehicles?|equipment|tanks?|documents|phones|cash|shipment|"
    r"boats?|vessels?|ships?|tankers?|cargo|passports|explosives|drones?|missiles?|rifles?|"
    r"pistols?|guns?|grenades?|firearms|bombs?|motorcycles?|cars?|trucks?|money|goods)\b",
    _I,
)


# "There was no fighting", "without a shot fired": ground that changed hands peacefully.
UNOPPOSED = re.compile(
    r"\b(?:without\s+(?:a\s+fight|a\s+shot|any\s+resistance|resistance|fighting)|"
    r"unopposed|(?:there\s+was\s+)?no\s+fighting|no\s+clashes\s+were\s+reported)\b",
    _I,
)


def _territory_types(sentence: str, state_perp: bool, agent: str | None) -> list[TypeChoice]:
    """Takeovers by their agent: the state regains, a non-state (or foreign) actor overtakes."""
    regain = REGAIN.search(sentence)
    take = TAKEOVER.search(sentence)
    if take and (ABDUCT.search(sentence) or _NOT_TERRITORY.search(sentence)) and not regain:
        take = None
    if not (regain or take):
        return []
    if agent == "state":
        return [_choice(tx.BATTLES, "Government regains territory")]
    if agent in ("non_state", "foreign_state"):
        return [_choice(tx.BATTLES, "Non-state actor overtakes territory")]
    if regain and (state_perp or re.search(r"\b(?:army|troops|forces)\b", sentence, _I)):
        return [_choice(tx.BATTLES, "Government regains territory")]
    if take and not state_perp:
        return [_choice(tx.BATTLES, "Non-state actor overtakes territory")]
    return []


_SETTLERS = re.compile(r"\bsettlers\b", _I)


def sentence_types(
    sentence: str, weapons: list[str], state_perp: bool, takeover_agent: str | None = None
) -> list[TypeChoice]:
    """Candidate ACLED types a sentence supports (empty when it reports no event)."""
    out: list[TypeChoice] = []
    families = {FAMILY[w] for w in weapons if w in FAMILY}
    if INTERCEPT.search(sentence) and not REAL_HARM.search(sentence):
        return [_choice(tx.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use")]
    protest = PROTEST.search(sentence)
    incendiary = INCENDIARY in weapons
    if (
        not protest
        and _SETTLERS.search(sentence)
        and (RIOT_CROWD.search(sentence) or incendiary or RIOT.search(sentence))
    ):
        # Settlers raiding a village attack its people (ACLED codes this as violence against
        # civilians), or, when nobody is hurt, destroy property; it is not a riot.
        if _HURT_PEOPLE.search(sentence):
            return [_choice(tx.VIOLENCE_AGAINST_CIVILIANS, "Attack")]
        return [_choice(tx.STRATEGIC_DEVELOPMENTS, "Looting/property destruction")]
    if not protest and (RIOT_CROWD.search(sentence) or incendiary) and not families:
        if re.search(r"\b(?:mob|lynch)", sentence, _I):
            out.append(_choice(tx.RIOTS, "Mob violence"))
        else:
            out.append(_choice(tx.RIOTS, "Violent demonstration"))
        return out
    if protest:
        # Demonstrators who throw stones, burn or loot riot, whatever the police do (ACLED);
        # excessive force is lethal force against a crowd that was not violent.
        if RIOT.search(sentence) or RIOT_CROWD.search(sentence) or incendiary:
            out.append(_choice(tx.RIOTS, "Violent demonstration"))
        elif PROTEST_FORCE.search(sentence):
            out.append(_choice(tx.PROTESTS, "Excessive force against protesters"))
        elif PROTEST_INTERVENTION.search(sentence):
            out.append(_choice(tx.PROTESTS, "Protest with intervention"))
        else:
            out.append(_choice(tx.PROTESTS, "Peaceful protest"))
    elif RIOT.search(sentence) and re.search(r"\b(?:mob|rioters|lynch)", sentence, _I):
        out.append(_choice(tx.RIOTS, "Mob violence"))
    out.extend(_territory_types(sentence, state_perp, takeover_agent))
    if any(
        not _NEGATED_BATTLE.search(sentence[max(0, m.start() - 25) : m.start()])
        for m in BATTLE.finditer(sentence)
    ) and not (protest and not _ARMED_SIDES.search(sentence)):
        out.append(_choice(tx.BATTLES, "Armed clash"))
    sub = explosion_subtype(weapons, sentence)
    if sub and (REMOTE.search(sentence) or HARM.search(sentence)):
        out.append(_choice(tx.EXPLOSIONS, sub))
    if SEXUAL.search(sentence):
        out.append(_choice(tx.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"))
    if ABDUCT.search(sentence):
        out.append(_choice(tx.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"))
    if protest:
        # Shots at a crowd are the protest's coding (excessive force), not a separate attack.
        return out
    if _SHOT_FORCES.search(sentence) and not CIVILIAN_TARGET.search(sentence):
        # "Gunmen shot dead two policemen at a checkpoint": an attack on armed forces is a
        # battle (ACLED), not violence against civilians.
        out.append(_choice(tx.BATTLES, "Armed clash"))
    elif VAC_ATTACK.search(sentence) or (
        SMALL_ARMS in families
        and HARM.search(sentence)
        and not MILITARY_TARGET.search(sentence)
        and not sub
    ):
        out.append(_choice(tx.VIOLENCE_AGAINST_CIVILIANS, "Attack"))
    elif SMALL_ARMS in families and HARM.search(sentence) and MILITARY_TARGET.search(sentence):
        out.append(_choice(tx.BATTLES, "Armed clash"))
    if not out and REMOTE.search(sentence):
        if re.search(
            r"\b(?:explosions?|blasts?|explod\w*|bomb(?:s|ed|ing)?|detonat\w*)\b", sentence, _I
        ) and not re.search(r"\b(?:strikes?|struck|shelling|air)", sentence, _I):
            out.append(_choice(tx.EXPLOSIONS, "Remote explosive/landmine/IED"))
        elif re.search(r"\b(?:strikes?|struck|airstrikes?|raids?|bombard)", sentence, _I):
            out.append(
                _choice(
                    tx.EXPLOSIONS,
                    "Air/drone strike" if not state_perp else "Shelling/artillery/missile attack",
                )
            )
    if not out and (
        _FIGHTERS_ATTACK_FORCES.search(sentence)
        or (not state_perp and not families and _FORCES_KILLED_IN_ATTACK.search(sentence))
        or (not state_perp and not families and _ATTACK_ON_POST.search(sentence))
        or (not sub and _ARMED_MEN_KILLED_FORCES.search(sentence))
        or (not sub and _FORCES_KILLED_ARMED_MEN.search(sentence))
    ):
        out.append(_choice(tx.BATTLES, "Armed clash"))
    if (
        not out
        and not sub
        and (
            _ARMED_MEN_KILLED_PEOPLE.search(sentence)
            or (not families and _PEOPLE_KILLED_IN_ATTACK.search(sentence))
        )
    ):
        out.append(_choice(tx.VIOLENCE_AGAINST_CIVILIANS, "Attack"))
    if (
        not out
        and PROPERTY_DESTRUCTION.search(sentence)
        and not _HURT_PEOPLE.search(sentence)
        and not GENERIC_STRIKE.search(sentence)
        and not families
    ):
        out.append(_choice(tx.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"))
    if (
        not out
        and ARREST.search(sentence)
        and not HARM.search(sentence)
        and not HYPOTHETICAL.search(sentence)
    ):
        out.append(_choice(tx.STRATEGIC_DEVELOPMENTS, "Arrests"))
    if not out and (
        INCIDENT_SITE.search(sentence)
        or REAL_HARM.search(sentence)
        or TOLL.search(sentence)
        or CLAIM.search(sentence)
        or ATTACKER_GEAR.search(sentence)
        or reports_no_harm(sentence)
        or re.search(
            r"\b(?:hit|targeted|attacked|struck|pounded|bombarded|came\s+under\s+(?:fire|attack))\b",
            sentence,
            _I,
        )
    ):
        out.append(HARM_ONLY)
    return out


def pick_type(choices: list[TypeChoice], weapons: list[str], text: str) -> TypeChoice | None:
    """The winning type of an event from its sentences' candidates (ACLED precedence)."""
    choices = [c for c in choices if c is not HARM_ONLY and c.event_type]
    if not choices:
        return None
    explosions = [c for c in choices if c.event_type == tx.EXPLOSIONS]
    if explosions:
        # The combined weapons of the event decide the sub-type, not each sentence alone.
        sub = explosion_subtype(weapons, text)
        if sub:
            choices = [c for c in choices if c.event_type != tx.EXPLOSIONS] + [
                _choice(tx.EXPLOSIONS, sub)
            ]
    if any(c.event_type == tx.PROTESTS for c in choices) and any(
        c.sub_event_type in ("Looting/property destruction", "Mob violence") for c in choices
    ):
        # Demonstrators who then burn or loot make the protest a riot (ACLED).
        choices = [*choices, _choice(tx.RIOTS, "Violent demonstration")]
    if any(c.sub_event_type == "Violent demonstration" for c in choices):
        # Violent demonstrators make the event a riot, even where police fired or intervened.
        choices = [c for c in choices if c.event_type != tx.PROTESTS]
    battles = [
        c for c in choices if c.event_type == tx.BATTLES and c.sub_event_type == "Armed clash"
    ]
    if battles and explosions and len(battles) < len(explosions):
        # A passing "clashes" in a strike report does not turn it into a battle.
        choices = [c for c in choices if c.event_type != tx.BATTLES]
    return min(choices, key=lambda c: c.score)

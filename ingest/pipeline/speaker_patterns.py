"""Vocabulary and phrase patterns for quote attribution: verbs of saying, speaker nouns, names.

Shared by ``statements`` (attribution next to a quote) and ``speaker_refs`` (speakers referred
back to: "the statement said", "the colonel said").
"""

from __future__ import annotations

VERBS = (
    r"said|says|say|stated|states|added|adds|told|tells|wrote|writes|posted|posts|noted|notes|"
    r"warned|warns|declared|declares|explained|explains|claimed|claims|insisted|insists|argued|"
    r"argues|stressed|stresses|continued|recalled|announced|tweeted|asked|asks|urged|urges|"
    r"replied|commented|confirmed|remarked|acknowledged|emphasi[sz]ed|underlined|vowed|"
    r"pledged|admitted|lamented|recounted|described|reported|demanded|cautioned|observed|"
    r"concluded|shouted|cried|chanted|screamed|whispered|went\s+on|wrote\s+on\s+\w+|"
    r"said\s+in\s+a\s+statement|told\s+\w+"
)
SPEAKER_NOUNS = (
    r"mayor|governor|spokesman|spokeswoman|spokesperson|minister|ministry|president|official|"
    r"officials|commander|chief|head|leader|police|army|military|statement|authorities|witness|"
    r"resident|residents|survivor|doctor|medic|nurse|source|sources|analyst|expert|diplomat|"
    r"envoy|ambassador|secretary|director|administrator|administration|council|office|agency|"
    r"organisation|organization|group|mother|father|woman|man|farmer|teacher|student|worker|"
    r"soldier|fighter|officer|prosecutor|representative|coordinator|chairman|chairwoman|"
    r"service|services|committee|movement|government|kremlin|pentagon|department|agency|"
    r"militia|rebels|volunteer|neighbour|neighbor|relative|son|daughter|brother|sister|wife|"
    r"husband|pilot|journalist|reporter|activist|lawyer|mp|lawmaker|senator|speaker|force|forces|"
    r"elder|elders|imam|priest|pastor|bishop|villager|eyewitness|paramedic|rescuer|commissioner|"
    r"monitor|observer|researcher|negotiator|mediator|aide|adviser|advisor|staffer|owner|"
    r"shopkeeper|trader|driver|survivors|victim|chief|general|colonel|captain|sergeant|"
    r"passenger|passengers|motorist|packer|farmworker|herder|fisherman|mourner|parent|"
    r"protester|protesters|demonstrator|demonstrators|seller|vendor|youth|guard|headman|monk|"
    r"nun|chef|engineer|labourer|laborer|refugee|nephew|niece|uncle|aunt|cousin|grandmother|"
    r"grandfather|widow|spokesperson"
)
PRONOUN = r"he|she|they|it|we|He|She|They|It|We"
# Roles a person holds ("the governor of X", "the official").
PERSON_ROLE_NOUNS = (
    r"governor|deputy\s+governor|mayor|official|spokes(?:man|woman|person)|commander|chief|"
    r"head|director|minister|administrator|prefect|commissioner|chairman|chairwoman|officer"
)
NAME = r"[A-Z][\w'.-]+(?:\s+(?:[A-Z][\w'.-]+|al-[A-Z][\w'-]+|bin|ibn|de|da|van|von))*"
REL = r"(?:\s+(?:who|whose)\s+[^,\".]{2,60}?)?"


def _noun_phrase(relative: str) -> str:
    """A speaker phrase; ``relative`` may follow the role noun ("a farmer who fled ... said")."""
    return (
        rf"(?:{NAME}(?:,\s+(?:(?:the|a|an)\s+)?[^,\"]{{2,130}},)?|"
        rf"(?:the|a|an|one|another|his|her|their|its|The|A|An|One|Another|His|Her|Their|Its|"
        rf"[A-Z][\w'.-]+'s?)\s+[^,\"]{{0,60}}?\b(?:{SPEAKER_NOUNS})\b"
        rf"(?:\s+(?:of|for|in|at)\s+[^,\"]{{2,50}}?)?{relative}"
        rf"(?:,\s+{NAME}\b,?)?|{PRONOUN})"
    )


# A relative clause is only read where a verb of saying closes the phrase.
NP = _noun_phrase(REL)
NP_END = _noun_phrase("")

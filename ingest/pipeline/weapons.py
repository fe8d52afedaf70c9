"""A normalised weapon vocabulary and the surface forms that map onto it.

Named systems come first so that "Kinzhal hypersonic missiles" becomes "Kinzhal missile" and not
also a generic "hypersonic missile"; generic terms are dropped when a more specific term of the
same family is present in the same event (see ``reduce_weapons``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Family of each normalised weapon: decides the ACLED sub-event type.
MISSILE = "missile"
DRONE = "drone"
AIR = "air"
ARTILLERY = "artillery"
EXPLOSIVE = "explosive"
SUICIDE = "suicide"
GRENADE = "grenade"
SMALL_ARMS = "small_arms"
CHEMICAL = "chemical"
ARMOUR = "armour"
AIR_DEFENCE = "air_defence"

NONE = "none"
# Internal names for matches that are not reported as weapons.
NOT_A_WEAPON = "_not_a_weapon"
INCENDIARY = "_incendiary"
# "a suicide bomber", "a suicide attack": the vest unless the text names another device.
SUICIDE_ATTACK = "_suicide_attack"
_CAR = r"(?:cars?|vehicles?|trucks?|lorr(?:y|ies)|vans?|minibus(?:es)?|pick-?ups?|tankers?)"

# (normalised name, family, regex of surface forms). Order matters: specific before generic.
_VOCAB: tuple[tuple[str, str, str], ...] = (
    (
        "Iskander missile",
        MISSILE,
        r"iskander(?:-m|-k)?(?:\s+(?:ballistic|cruise))?(?:\s+missiles?)?",
    ),
    (
        "Kinzhal missile",
        MISSILE,
        r"kinzhal(?:\s+(?:hypersonic|ballistic|aeroballistic))?(?:\s+missiles?)?|kh-47m2",
    ),
    ("Kalibr missile", MISSILE, r"kalibr(?:\s+cruise)?(?:\s+missiles?)?"),
    ("Kh-101 missile", MISSILE, r"kh-?101(?:\s+cruise)?(?:\s+missiles?)?"),
    ("cruise missile", MISSILE, r"kh-?22(?:\s+cruise)?(?:\s+missiles?)?"),
    ("cruise missile", MISSILE, r"kh-?59(?:\s+guided)?(?:\s+missiles?)?"),
    ("missile", MISSILE, r"kh-?31(?:p)?(?:\s+missiles?)?"),
    ("hypersonic missile", MISSILE, r"zircon|tsirkon"),
    ("ballistic missile", MISSILE, r"oreshnik"),
    ("S-300 missile", MISSILE, r"s-?300(?:\s+(?:missiles?|air\s+defen[cs]e\s+missiles?))?"),
    ("missile", MISSILE, r"s-?400(?:\s+missiles?)?"),
    ("ballistic missile", MISSILE, r"kn-?2[34](?:\s+missiles?)?"),
    ("ballistic missile", MISSILE, r"atacms(?:\s+missiles?)?"),
    ("cruise missile", MISSILE, r"storm\s+shadow(?:\s+missiles?)?|scalp(?:-eg)?\s+missiles?"),
    ("cruise missile", MISSILE, r"neptune(?:\s+(?:cruise\s+)?missiles?)"),
    ("cruise missile", MISSILE, r"tomahawks?(?:\s+missiles?)?"),
    ("ballistic missile", MISSILE, r"fateh(?:-\d+)?(?:\s+missiles?)?"),
    (
        "Shahed drone",
        DRONE,
        r"shahed(?:-\d+)?(?:[\s-]+type)?(?:\s+(?:attack|kamikaze|strike|loitering))?"
        r"(?:\s+(?:drones?|uavs?|munitions?))?|geran(?:-\d)?(?:\s+drones?)?",
    ),
    ("drone", DRONE, r"lancet(?:\s+(?:loitering\s+)?(?:drones?|munitions?))?"),
    ("drone", DRONE, r"bayraktar(?:\s+tb2)?(?:\s+drones?)?"),
    ("drone", DRONE, r"fpv(?:\s+(?:kamikaze\s+)?drones?)?|first-person[\s-]view\s+drones?"),
    # "ballistic and cruise missiles": each adjective names its own class.
    (
        "ballistic missile",
        MISSILE,
        r"ballistic(?=,?\s+(?:and|or|as\s+well\s+as)\s+(?:cruise|hypersonic)\s+missiles?)",
    ),
    (
        "cruise missile",
        MISSILE,
        r"cruise(?=,?\s+(?:and|or|as\s+well\s+as)\s+(?:ballistic|hypersonic)\s+missiles?)",
    ),
    (
        "hypersonic missile",
        MISSILE,
        r"hypersonic(?=,?\s+(?:and|or|as\s+well\s+as)\s+(?:ballistic|cruise)\s+missiles?)",
    ),
    ("hypersonic missile", MISSILE, r"hypersonic\s+missiles?"),
    (
        "ballistic missile",
        MISSILE,
        r"(?:short-range\s+|intercontinental\s+|medium-range\s+)?ballistic\s+(?:missiles?|rockets?)",
    ),
    ("cruise missile", MISSILE, r"cruise\s+missiles?"),
    ("missile", MISSILE, r"anti-tank\s+(?:guided\s+)?missiles?|atgms?"),
    (
        "guided aerial bomb",
        AIR,
        r"(?:guided\s+)?(?:aerial|air|glide|gliding)\s+bombs?|guided\s+bombs?|"
        r"kabs?|fab-?\d{3,4}s?(?:\s+bombs?)?|umpk|jdams?",
    ),
    ("aircraft", AIR, r"barrel\s+bombs?|air-dropped\s+bombs?"),
    # "The wounded were evacuated by helicopter": a medical flight, not an air strike.
    (
        NOT_A_WEAPON,
        NONE,
        r"(?:evacuated|airlifted|flown|transported|taken|rushed|moved)\s+(?:\w+\s+){0,4}?by\s+"
        r"(?:(?:an?|the)\s+)?(?:military\s+|army\s+)?helicopters?|"
        r"(?:medical|rescue|ambulance|medevac|evacuation|transport)\s+helicopters?|"
        r"helicopter\s+(?:ambulances?|evacuations?)",
    ),
    (
        "aircraft",
        AIR,
        r"air\s*strikes?|airstrikes?|air\s+raids?|warplanes?|fighter\s+jets?|"
        r"jets?|aircraft|helicopter\s+gunships?|gunships?|"
        # "including the bomber" is a person; planes are "strategic bombers", "Tu-95 bombers".
        r"(?:(?:strategic|long-range|heavy|stealth|supersonic|nuclear-capable|fighter-|"
        r"b-\d+|tu-\d+\w*|su-\d+)\s*)bombers?|bombers?(?=\s+(?:jets?|planes?|aircraft))|"
        r"aerial\s+bombardments?|bombing\s+raids?|helicopters?|su-\d\d|f-\d\d|"
        # "the Pakistani air force struck": the force named for its aircraft.
        r"air\s+force(?=\s+(?:(?:jets?|warplanes?|planes?|aircraft)\s+)?(?:struck|bombed|hit|"
        r"pounded|targeted|carried\s+out|launched|conducted|strikes|bombs))",
    ),
    (
        "drone",
        DRONE,
        r"(?:kamikaze|attack|suicide|loitering|armed|combat|explosive-laden|one-way)?\s*"
        r"(?:drones?|uavs?|unmanned\s+aerial\s+vehicles?|loitering\s+munitions?)",
    ),
    (
        "rocket",
        ARTILLERY,
        r"grad(?:\s+rockets?)?|bm-?21|bm-?27|uragan|smerch|himars|"
        r"multiple[\s-]+(?:launch\s+)?rocket\s+(?:launchers?|systems?)|mlrs",
    ),
    ("rocket", ARTILLERY, r"katyushas?(?:\s+rockets?)?"),
    ("rocket", ARTILLERY, r"qassam(?:\s+rockets?)?"),
    # An RPG is a rocket launcher (ACLED codes RPG fire with shelling, not grenades).
    ("rocket", ARTILLERY, r"rocket-propelled\s+grenades?(?:\s+launchers?)?|rpgs?(?:-7)?"),
    ("rocket", ARTILLERY, r"rockets?(?!-propelled)|rocket\s+fire"),
    ("missile", MISSILE, r"missiles?"),
    ("mortar", ARTILLERY, r"mortars?(?:\s+(?:shells?|rounds?|bombs?|fire))?"),
    (
        "artillery",
        ARTILLERY,
        r"artillery(?:\s+(?:fire|shells?|strikes?|barrages?))?|howitzers?|"
        r"shelling|shells?|shelled|tank\s+shells?",
    ),
    # Containers and "think tanks" are not armour; the compound is consumed and dropped.
    (
        NOT_A_WEAPON,
        NONE,
        r"(?:storage|fuel|water|oil|gas|petrol|diesel|septic|think|fish|oxygen|propane|"
        r"chemical|ammonia|reserve|holding|ballast)\s+tanks?|tanks?\s+(?:trucks?|farms?)",
    ),
    ("tank", ARMOUR, r"tanks?(?!\w)(?<!anti-tank)"),
    # Petrol bombs and Molotov cocktails are riot weapons, outside the vocabulary (see
    # ``find_incendiaries``); consumed here so that "bomb" does not read as an explosive.
    (
        INCENDIARY,
        NONE,
        r"(?:petrol|gasoline|fire)\s+bombs?|molotov(?:\s+cocktails?)?|incendiary\s+devices?",
    ),
    (
        "car bomb",
        EXPLOSIVE,
        r"(?:suicide\s+)?(?:car|truck|lorry|van)\s+bombs?|"
        r"vehicle-borne\s+(?:improvised\s+)?explosive\s+devices?|vbieds?|"
        r"(?:bomb|explosives?)-(?:laden|packed|filled|rigged|loaded|stuffed)\s+" + _CAR + "|"
        r"booby-trapped\s+" + _CAR + "|" + _CAR + r"\s+(?:packed|laden|loaded|rigged|filled|"
        r"stuffed|fitted|wired)\s+with\s+(?:\w+\s+)?explosives?",
    ),
    # "A motorcycle loaded with explosives detonated": a bomb, not a car bomb.
    (
        "IED",
        EXPLOSIVE,
        r"(?:motorcycle|motorbike|bicycle|rickshaw|cart)\s+bombs?|"
        r"(?:bomb|explosives?)-(?:laden|packed|rigged|loaded)\s+(?:motorcycle|motorbike|bicycle)s?|"
        r"(?:motorcycle|motorbike|bicycle)s?\s+(?:packed|laden|loaded|rigged|fitted|wired)\s+"
        r"with\s+(?:\w+\s+)?explosives?",
    ),
    (
        "suicide vest",
        SUICIDE,
        r"suicide\s+(?:vests?|belts?)|explosives?\s+(?:vests?|belts?)|"
        r"blew\s+(?:himself|herself|themselves)\s+up|"
        r"detonated\s+(?:his|her|their)\s+(?:explosives?|vests?|belts?)",
    ),
    # "A suicide bomber drove a car packed with explosives": the attack is suicidal, the weapon
    # is what the text names; without a car bomb the bomber's vest is assumed (``reduce_weapons``).
    (
        SUICIDE_ATTACK,
        SUICIDE,
        r"suicide\s+(?:bombers?|bombings?|attacks?|attackers?|blasts?|bomb\s+attacks?|"
        r"explosions?|missions?|squads?)",
    ),
    (
        "IED",
        EXPLOSIVE,
        r"improvised\s+explosive\s+devices?|ieds?|roadside\s+bombs?|"
        r"homemade\s+bombs?|explosive\s+devices?|magnetic\s+bombs?|sticky\s+bombs?|"
        r"parcel\s+bombs?|planted\s+(?:bombs?|explosives?)|bombs?\s+(?:planted|hidden)|"
        # "a bomb exploded beside the road", "detonated a bomb": a bomb set off on the ground.
        r"bombs?(?=,?\s+(?:(?:which|that)\s+)?(?:exploded|went\s+off|detonated|blew\s+up))|"
        r"(?<=detonated\s)(?:a|an|the)\s+bomb|"
        r"(?:crude|country-made|pipe|nail|improvised|remote-controlled|remotely\s+detonated)\s+"
        r"(?:bombs?|explosives?|devices?)|bombs?\s+(?:blasts?|explosions?)",
    ),
    (
        "landmine",
        EXPLOSIVE,
        r"land\s*mines?|anti-personnel\s+mines?|anti-tank\s+mines?|"
        r"mines?(?=\s+(?:exploded|blast|explosion|went\s+off))|"
        # "stepped on a mine", "their vehicle hit a mine": the mine, not a mine pit.
        r"(?<=stepped\son\s)an?\s+mine|(?:(?<=hit\s)|(?<=struck\s)|(?<=ran\sover\s))an?\s+mine(?!\w)|"
        r"unexploded\s+ordnance|uxo",
    ),
    # "stun grenades", "tear gas grenades": crowd-control gear, not a weapon of attack.
    (
        "grenade",
        GRENADE,
        r"(?<!stun\s)(?<!gas\s)(?<!smoke\s)(?<!flash\s)(?:hand\s+)?grenades?",
    ),
    (
        "chemical weapon",
        CHEMICAL,
        r"chemical\s+(?:weapons?|agents?|attacks?)|sarin|chlorine\s+gas|"
        r"nerve\s+agents?|mustard\s+gas",
    ),
    (
        "firearms",
        SMALL_ARMS,
        r"gunmen|gunman|gunfire|gunshots?|shot\s+dead|(?:opened|opening|opens?)\s+fire|"
        r"firearms?|rifles?|ak-47s?|kalashnikovs?|machine[\s-]+guns?(?:\s+fire)?|pistols?|"
        r"automatic\s+weapons?|small\s+arms|guns?|shooting|shot|snipers?|"
        r"exchanges?\s+of\s+fire|gun\s*fights?|gun\s*battles?|firefights?|revolvers?|"
        r"shotguns?|carbines?|sub-?machine\s+guns?|live\s+(?:rounds|ammunition|bullets|fire)|"
        r"sniper\s+fire",
    ),
    (
        "bladed weapon",
        SMALL_ARMS,
        r"knives|knife|knifed|machetes?|stabbed|stabbing|stabbings|hacked\s+to\s+death|"
        r"hacked\s+(?:\w+\s+){0,2}with|behead(?:ed|ing|ings|s)?|decapitat(?:ed|ing|ions?)|"
        r"cutlass(?:es)?|axes?|daggers?|swords?|spears?|bayonets?|pangas?|"
        r"slit\s+(?:(?:the|their|his|her)\s+)?throats?|throats?\s+(?:were\s+|was\s+)?slit",
    ),
    ("air defence", AIR_DEFENCE, r"air[\s-]defen[cs]es?|anti-aircraft|interceptors?"),
)

FAMILY: dict[str, str] = {name: family for name, family, _ in _VOCAB if family != NONE}
WEAPON_NAMES: tuple[str, ...] = tuple(
    dict.fromkeys(name for name, family, _ in _VOCAB if family != NONE)
)

# The output vocabulary (the devset README's list); "air defence" is only used internally, to
# recognise interceptions, and never reported as a weapon of an event.
VOCABULARY: tuple[str, ...] = tuple(
    n for n in WEAPON_NAMES if n != "air defence" and not n.startswith("_")
)

# A specific term makes these generic ones redundant in the same event: "Kinzhal hypersonic
# missiles" is one weapon, not three.
IMPLIES: dict[str, frozenset[str]] = {
    "Iskander missile": frozenset({"ballistic missile", "missile"}),
    "Kinzhal missile": frozenset({"hypersonic missile", "ballistic missile", "missile"}),
    "Kalibr missile": frozenset({"cruise missile", "missile"}),
    "Kh-101 missile": frozenset({"cruise missile", "missile"}),
    "S-300 missile": frozenset({"missile"}),
    "ballistic missile": frozenset({"missile"}),
    "cruise missile": frozenset({"missile"}),
    "hypersonic missile": frozenset({"missile"}),
    "Shahed drone": frozenset({"drone"}),
    "guided aerial bomb": frozenset({"aircraft"}),
    "car bomb": frozenset({"IED"}),
}

# The word boundaries are factored out of the alternation: the same matches, tried only once per
# position instead of once per vocabulary entry (about twice as fast).
_COMBINED = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<w{i}>(?:{pattern}))" for i, (_, _, pattern) in enumerate(_VOCAB))
    + r")\b",
    re.IGNORECASE,
)
# Uses of these words that are not weapons.
_FALSE = re.compile(
    r"^(?:shot\s+(?:down|at\s+a\s+deal)|shooting\s+down|jets?\s+(?:lag|stream|ski)|rocketing|"
    r"missile\s+defen[cs]e|drone\s+(?:sightings?|footage|video|images?|pilots?\s+said))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class WeaponMention:
    name: str
    family: str
    start: int
    end: int


# Cheap superset test: a line without any of these stems cannot hold a weapon mention.
_STEMS = re.compile(
    r"iskander|kinzhal|kh-?4|kalibr|kh-?\d|zircon|tsirkon|oreshnik|s-?[34]00|kn-?2|atacms|storm|"
    r"scalp|neptune|tomahawk|fateh|shahed|geran|lancet|bayraktar|fpv|first-person|missile|rocket|"
    r"bomb|kab|fab|umpk|jdam|air|jet|aircraft|warplane|helicopter|gunship|su-|f-\d|drone|uav|"
    r"unmanned|loiter|grad|bm-|uragan|smerch|himars|mlrs|launch|katyusha|qassam|mortar|artiller|"
    r"howitzer|shell|tank|armou?red|car|vehicle|vbied|truck|suicide|explosive|blew|detonat|ied|"
    r"roadside|homemade|magnetic|sticky|parcel|planted|mine|ordnance|uxo|grenade|rpg|chemical|"
    r"sarin|chlorine|nerve|mustard|gun|fire|shot|rifle|ak-|kalash|pistol|weapon|small\s+arms|"
    r"revolver|carbine|live\s+|crude|country-made|pipe|nail|remote|"
    r"sniper|knife|knives|machete|stab|hack|behead|decapit|cutlass|axe|dagger|sword|spear|"
    r"bayonet|panga|throat|defen|interceptor|hypersonic|ballistic|cruise|glid|"
    r"molotov|incendiary",
    re.IGNORECASE,
)


def find_weapons(text: str, start: int = 0, end: int | None = None) -> list[WeaponMention]:
    """Weapon mentions in ``text[start:end]``, normalised."""
    end = len(text) if end is None else end
    if start == 0 and end == len(text):
        return list(_whole_text_weapons(text))
    return _find_lines(text, start, end)


def _whole_text_weapons(text: str) -> tuple[WeaponMention, ...]:
    return tuple(w for w in _whole_text_scan(text) if w.family != NONE)


@lru_cache(maxsize=2)
def _whole_text_scan(text: str) -> tuple[WeaponMention, ...]:
    """One line-by-line scan of a document, internal entries (incendiaries) included."""
    return tuple(_find_lines(text, 0, len(text), keep_internal=True))


def _find_lines(
    text: str, start: int, end: int, keep_internal: bool = False
) -> list[WeaponMention]:
    out: list[WeaponMention] = []
    pos = start
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end == -1 else line_end
        if _STEMS.search(text, pos, line_end):
            out.extend(_find_in(text, pos, line_end, keep_internal))
        pos = line_end + 1
    return out


def find_incendiaries(text: str, start: int = 0, end: int | None = None) -> list[WeaponMention]:
    """Petrol bombs and Molotov cocktails: riot weapons, not explosives (family ``none``)."""
    end = len(text) if end is None else end
    if start == 0 and end == len(text):
        return list(_whole_text_incendiaries(text))
    return [w for w in _find_in(text, start, end, keep_internal=True) if w.name == INCENDIARY]


def _whole_text_incendiaries(text: str) -> tuple[WeaponMention, ...]:
    # Every incendiary pattern holds a word of ``_STEMS``, so the line scan sees them all.
    return tuple(w for w in _whole_text_scan(text) if w.name == INCENDIARY)


def _find_in(text: str, start: int, end: int, keep_internal: bool = False) -> list[WeaponMention]:
    out: list[WeaponMention] = []
    for m in _COMBINED.finditer(text, start, end):
        if _FALSE.match(text[m.start() : m.start() + 30]):
            continue
        group = m.lastgroup
        if group is None:
            continue
        idx = int(group[1:])
        name, family, _ = _VOCAB[idx]
        if family == NONE and not keep_internal:
            continue
        s = m.start()
        while s < m.end() and text[s].isspace():
            s += 1
        out.append(WeaponMention(name, family, s, m.end()))
    return out


def type_weapons(names: list[str]) -> list[str]:
    """The reduced weapons plus the suicide cue, for choosing the sub-event type."""
    reduced = reduce_weapons(names)
    return [*reduced, SUICIDE_ATTACK] if SUICIDE_ATTACK in names else reduced


def reduce_weapons(names: list[str]) -> list[str]:
    """Ordered, de-duplicated weapons; a generic term goes when a specific one implies it."""
    seen: list[str] = []
    devices = {"car bomb", "IED", "grenade", "landmine", "drone", "suicide vest"}
    for n in names:
        if n == SUICIDE_ATTACK:
            # A suicide attack whose device is named otherwise ("drove a car packed with
            # explosives") has no vest; one told with no device has the bomber's vest.
            if devices & set(names):
                continue
            n = "suicide vest"
        if n not in seen and n in VOCABULARY:
            seen.append(n)
    implied: set[str] = set()
    for n in seen:
        implied |= IMPLIES.get(n, frozenset())
    return [n for n in seen if n not in implied]


# Events where armed men need not have used their guns: "gunmen abducted seven teachers".
_NO_USE_TYPES = frozenset(
    {
        "Abduction/forced disappearance",
        "Looting/property destruction",
        "Arrests",
        "Non-violent transfer of territory",
        "Other",
    }
)
_ACTOR_NOUN = re.compile(r"^gunm[ae]n$", re.IGNORECASE)


def used_weapons(
    norm: str, mentions: list[WeaponMention], sub_event_type: str, harmed: bool
) -> list[WeaponMention]:
    """The mentions without "gunmen" when nobody was shot, hurt or killed.

    "Gunmen" names the attackers; it stands for firearms used when they kill or wound people,
    not when they abduct, loot or burn trucks with no one hurt.
    """
    if harmed or sub_event_type not in _NO_USE_TYPES:
        return mentions
    return [w for w in mentions if not _ACTOR_NOUN.match(norm[w.start : w.end])]

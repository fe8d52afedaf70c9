"""Score the extraction pipeline against the hand-annotated development set.

    python -m ingest.evaluation tests/fixtures/devset [--json] [--verbose]

Pure Python (no Django, no database). The devset format is documented in
``tests/fixtures/devset/README.md``. Metrics follow the quality bar of the extraction issue:
event precision/recall/F1, then field accuracy on matched events, quotes and named persons.

Exit status: 0 whatever the scores; 2 when the devset is malformed; 1 when the pipeline cannot be
imported (there is nothing to score).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ingest.pipeline.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from ingest.pipeline.types import ArticleInput, ExtractedEvent, Extraction

REPO_ROOT = Path(__file__).resolve().parent.parent

# The normalised weapon vocabulary of the devset (exact strings).
WEAPON_VOCABULARY: tuple[str, ...] = (
    "ballistic missile",
    "cruise missile",
    "hypersonic missile",
    "missile",
    "Iskander missile",
    "Kinzhal missile",
    "Kalibr missile",
    "Kh-101 missile",
    "S-300 missile",
    "drone",
    "Shahed drone",
    "guided aerial bomb",
    "aircraft",
    "artillery",
    "rocket",
    "mortar",
    "tank",
    "IED",
    "landmine",
    "car bomb",
    "suicide vest",
    "grenade",
    "firearms",
    "bladed weapon",
    "chemical weapon",
)

# Predicted names outside the vocabulary, mapped to the nearest vocabulary term before scoring
# (None: not a weapon of the attack, dropped).
WEAPON_ALIASES: dict[str, str | None] = {
    "air strike/aircraft": "aircraft",
    "air strike": "aircraft",
    "airstrike": "aircraft",
    "barrel bomb": "aircraft",
    "knife": "bladed weapon",
    "MLRS/Grad rocket": "rocket",
    "Katyusha rocket": "rocket",
    "Qassam rocket": "rocket",
    "Lancet drone": "drone",
    "Bayraktar drone": "drone",
    "FPV drone": "drone",
    "Kh-22 missile": "cruise missile",
    "Kh-59 missile": "cruise missile",
    "Kh-31 missile": "missile",
    "Zircon missile": "hypersonic missile",
    "Oreshnik missile": "ballistic missile",
    "S-400 missile": "missile",
    "KN-23 missile": "ballistic missile",
    "ATACMS missile": "ballistic missile",
    "Storm Shadow missile": "cruise missile",
    "Neptune missile": "cruise missile",
    "Tomahawk missile": "cruise missile",
    "Fateh missile": "ballistic missile",
    "anti-tank missile": "missile",
    "air defence": None,
}

# A specific weapon makes these generic terms redundant in the same event ("Kinzhal hypersonic
# missiles" is one weapon, not three), so they are dropped from both sides before comparing.
WEAPON_IMPLIES: dict[str, frozenset[str]] = {
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

# Spelling variants used when the gazetteer is not available (folded forms).
PLACE_ALIASES: dict[str, str] = {
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "dnipropetrovsk": "dnipro",
    "dnepr": "dnipro",
    "zaporozhye": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia",
    "zaporozhzhia": "zaporizhzhia",
    "nikolaev": "mykolaiv",
    "al fashir": "el fasher",
    "al fasher": "el fasher",
    "el fashir": "el fasher",
    "sana a": "sanaa",
    "sana'a": "sanaa",
    "hodeidah": "al hudaydah",
    "gaza": "gaza city",
    "khan yunis": "khan younis",
    "timbuktu": "tombouctou",
    "culiacan rosales": "culiacan",
}

_REGION_WORDS = frozenset(
    [
        "oblast",
        "region",
        "province",
        "governorate",
        "state",
        "district",
        "division",
        "department",
        "prefecture",
        "krai",
        "kray",
        "republic",
        "county",
        "the",
        "city",
        "of",
        "muhafazat",
        "autonomous",
    ]
)

DEMONYMS: dict[str, str] = {
    "russian": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "ukrainian": "ukraine",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "israeli": "israel",
    "idf": "israel",
    "sudanese": "sudan",
    "saf": "sudan",
    "kenyan": "kenya",
    "burmese": "myanmar",
    "tatmadaw": "myanmar",
    "pakistani": "pakistan",
    "islamabad": "pakistan",
    "afghan": "afghanistan",
    "nigerian": "nigeria",
    "malian": "mali",
    "burkinabe": "burkina faso",
    "somali": "somalia",
    "ethiopian": "ethiopia",
    "congolese": "democratic republic of congo",
    "drc": "democratic republic of congo",
    "syrian": "syria",
    "lebanese": "lebanon",
    "yemeni": "yemen",
    "american": "united states",
    "us": "united states",
    "usa": "united states",
    "washington": "united states",
    "colombian": "colombia",
    "mexican": "mexico",
    "haitian": "haiti",
    "georgian": "georgia",
    "serbian": "serbia",
    "bangladeshi": "bangladesh",
    "palestinian": "palestine",
    "iranian": "iran",
}

# Folded, stop-word-stripped actor names -> one key.
ACTOR_ALIASES: dict[str, str] = {
    "rsf": "rapid support",
    "rapid support": "rapid support",
    "israel defense": "israel",
    "houthi": "houthis",
    "houthis": "houthis",
    "ansar allah": "houthis",
    "ansarallah": "houthis",
    "shabaab": "al shabaab",
    "al shabab": "al shabaab",
    "harakat al shabaab al mujahideen": "al shabaab",
    "jama at nusrat al islam wal muslimin": "jnim",
    "jamaat nusrat al islam wal muslimin": "jnim",
    "gsim": "jnim",
    "islamic state west africa province": "iswap",
    "islamic state west africa": "iswap",
    "jas": "boko haram",
    "jama atu ahlis sunna lidda awati wal jihad": "boko haram",
    "march 23": "m23",
    "afc m23": "m23",
    "afc": "m23",
    "tehrik i taliban pakistan": "ttp",
    "tehrik e taliban pakistan": "ttp",
    "pakistani taliban": "ttp",
    "pakistan taliban": "ttp",
    "liberation": "eln",
    "ejercito de liberacion": "eln",
    "isis": "islamic state",
    "isil": "islamic state",
    "is": "islamic state",
    "daesh": "islamic state",
    "hizbollah": "hezbollah",
    "hizballah": "hezbollah",
    "bangladesh awami league": "awami league",
    "sinaloa": "sinaloa cartel",
    "iskp": "islamic state khorasan province",
    "is k": "islamic state khorasan province",
    # French acronyms of English-named groups (the initials do not match the English name).
    "union for peace in the central african republic": "upc",
    "coalition of patriots for change": "cpc",
}

_ACTOR_STOP = frozenset(
    [
        "the",
        "of",
        "forces",
        "force",
        "military",
        "army",
        "armed",
        "police",
        "troops",
        "government",
        "regime",
        "junta",
        "federal",
        "security",
        "national",
        "rebels",
        "rebel",
        "militants",
        "militant",
        "fighters",
        "fighter",
        "militia",
        "group",
        "supporters",
        "movement",
        "army's",
        "s",
    ]
)
_UNKNOWN_ACTOR = re.compile(r"^(unidentified|unknown|unnamed)\b")
_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")


class DevsetError(Exception):
    """A devset file that does not follow the format."""

    def __init__(self, path: Path | str, field_name: str, message: str) -> None:
        super().__init__(f"{path}: field '{field_name}': {message}")
        self.path = str(path)
        self.field_name = field_name


# --------------------------------------------------------------------------- devset model


@dataclass(frozen=True)
class ExpectedEvent:
    event_date: date | None
    country: str
    admin1: str | None
    city: str | None
    districts: tuple[str, ...]
    event_type: str
    sub_event_type: str
    fatalities: int | None
    injured: int | None
    children_killed: int | None
    children_injured: int | None
    weapons: tuple[str, ...]
    perpetrator: str | None
    target: str | None

    def label(self) -> str:
        place = self.city or self.admin1 or "?"
        day = self.event_date.isoformat() if self.event_date else "no date"
        return f"{place} ({self.country}) {day} {self.sub_event_type}"


@dataclass(frozen=True)
class ExpectedStatement:
    speaker: str
    text: str


@dataclass(frozen=True)
class DevItem:
    id: str
    path: Path
    text: str
    published_at: date | None
    title: str | None
    url: str | None
    language: str
    supported: bool
    events: tuple[ExpectedEvent, ...]
    statements: tuple[ExpectedStatement, ...]
    persons: tuple[str, ...]
    notes: str = ""

    def article(self) -> ArticleInput:
        return ArticleInput(
            text=self.text, published_at=self.published_at, url=self.url, title=self.title
        )


_EVENT_FIELDS = (
    "event_date",
    "country",
    "admin1",
    "city",
    "districts",
    "event_type",
    "sub_event_type",
    "fatalities",
    "injured",
    "children_killed",
    "children_injured",
    "weapons",
    "perpetrator",
    "target",
)
_COUNT_FIELDS = ("fatalities", "injured", "children_killed", "children_injured")


def _iso_date(value: Any, path: Path, name: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise DevsetError(path, name, f"expected an ISO date string or null, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DevsetError(path, name, f"not an ISO date (YYYY-MM-DD): {value!r}") from exc


def _opt_str(data: dict[str, Any], key: str, path: Path, name: str) -> str | None:
    value = data.get(key)
    if value is not None and not (isinstance(value, str) and value.strip()):
        raise DevsetError(path, name, f"expected a non-empty string or null, got {value!r}")
    return value


def _country_exists(code: str) -> bool:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a project dependency
        return True
    return pycountry.countries.get(alpha_2=code) is not None


def _parse_event(raw: Any, path: Path, where: str) -> ExpectedEvent:
    if not isinstance(raw, dict):
        raise DevsetError(path, where, "an event must be an object")
    missing = [k for k in _EVENT_FIELDS if k not in raw]
    if missing:
        raise DevsetError(path, f"{where}.{missing[0]}", "missing")
    country = raw["country"]
    if not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        raise DevsetError(path, f"{where}.country", f"not an ISO alpha-2 code: {country!r}")
    if not _country_exists(country):
        raise DevsetError(path, f"{where}.country", f"unknown country code {country!r}")
    admin1 = _opt_str(raw, "admin1", path, f"{where}.admin1")
    city = _opt_str(raw, "city", path, f"{where}.city")
    if admin1 is None and city is None:
        raise DevsetError(path, f"{where}.city", "an event needs a city or an admin1")
    event_type, sub = raw["event_type"], raw["sub_event_type"]
    if event_type not in EVENT_TYPES:
        raise DevsetError(path, f"{where}.event_type", f"not an ACLED event type: {event_type!r}")
    if sub not in SUB_EVENT_TYPES[event_type]:
        raise DevsetError(
            path, f"{where}.sub_event_type", f"{sub!r} is not a sub-event type of {event_type!r}"
        )
    for key in _COUNT_FIELDS:
        value = raw[key]
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise DevsetError(path, f"{where}.{key}", f"expected an integer or null: {value!r}")
        if isinstance(value, int) and value < 0:
            raise DevsetError(path, f"{where}.{key}", "must not be negative")
    weapons = raw["weapons"]
    if not isinstance(weapons, list):
        raise DevsetError(path, f"{where}.weapons", "expected a list")
    for weapon in weapons:
        if weapon not in WEAPON_VOCABULARY:
            raise DevsetError(path, f"{where}.weapons", f"not in the vocabulary: {weapon!r}")
    districts = raw["districts"]
    if not (isinstance(districts, list) and all(isinstance(d, str) for d in districts)):
        raise DevsetError(path, f"{where}.districts", "expected a list of strings")
    return ExpectedEvent(
        event_date=_iso_date(raw["event_date"], path, f"{where}.event_date"),
        country=country,
        admin1=admin1,
        city=city,
        districts=tuple(districts),
        event_type=event_type,
        sub_event_type=sub,
        fatalities=raw["fatalities"],
        injured=raw["injured"],
        children_killed=raw["children_killed"],
        children_injured=raw["children_injured"],
        weapons=tuple(weapons),
        perpetrator=_opt_str(raw, "perpetrator", path, f"{where}.perpetrator"),
        target=_opt_str(raw, "target", path, f"{where}.target"),
    )


def _resolve_text_file(name: str, path: Path) -> Path:
    candidates = [Path(name), REPO_ROOT / name, path.parent / name]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise DevsetError(path, "text_file", f"file not found: {name}")


def load_item(path: Path) -> DevItem:
    """One devset file, validated; raises DevsetError naming the file and field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DevsetError(path, "<file>", f"not readable JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise DevsetError(path, "<file>", "top level must be an object")
    item_id = data.get("id")
    if not (isinstance(item_id, str) and item_id):
        raise DevsetError(path, "id", "missing or empty")
    source: dict[str, Any] = {}
    if "text_file" in data:
        if "text" in data:
            raise DevsetError(path, "text", "give either text or text_file, not both")
        text_path = _resolve_text_file(str(data["text_file"]), path)
        try:
            source = json.loads(text_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DevsetError(
                path, "text_file", f"{text_path} is not readable JSON: {exc}"
            ) from exc
        text = source.get("text")
    else:
        text = data.get("text")
    if not (isinstance(text, str) and text.strip()):
        raise DevsetError(path, "text", "missing or empty")
    for key in ("title", "url", "notes"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise DevsetError(path, key, "expected a string or null")
    published_raw = data["published_at"] if "published_at" in data else source.get("published_at")
    published_at = _iso_date(published_raw, path, "published_at")
    expected = data.get("expected")
    if not isinstance(expected, dict):
        raise DevsetError(path, "expected", "missing or not an object")
    for key in ("language", "supported", "events", "statements", "persons"):
        if key not in expected:
            raise DevsetError(path, f"expected.{key}", "missing")
    if not isinstance(expected["supported"], bool):
        raise DevsetError(path, "expected.supported", "expected true or false")
    if not (isinstance(expected["language"], str) and expected["language"]):
        raise DevsetError(path, "expected.language", "expected a language code")
    for key in ("events", "statements", "persons"):
        if not isinstance(expected[key], list):
            raise DevsetError(path, f"expected.{key}", "expected a list")
    events = tuple(
        _parse_event(raw, path, f"expected.events[{i}]") for i, raw in enumerate(expected["events"])
    )
    if not expected["supported"] and events:
        raise DevsetError(path, "expected.events", "an unsupported article has no events")
    statements = []
    for i, raw in enumerate(expected["statements"]):
        where = f"expected.statements[{i}]"
        if not isinstance(raw, dict):
            raise DevsetError(path, where, "a statement must be an object")
        speaker, quote = raw.get("speaker"), raw.get("text")
        if not (isinstance(speaker, str) and speaker.strip()):
            raise DevsetError(path, f"{where}.speaker", "missing or empty")
        if not (isinstance(quote, str) and quote.strip()):
            raise DevsetError(path, f"{where}.text", "missing or empty")
        if quote not in text:
            raise DevsetError(path, f"{where}.text", f"does not appear verbatim: {quote[:60]!r}")
        if len(quote.split()) < 4:
            raise DevsetError(path, f"{where}.text", "statements have four words or more")
        statements.append(ExpectedStatement(speaker, quote))
    persons = expected["persons"]
    if not all(isinstance(p, str) and p.strip() for p in persons):
        raise DevsetError(path, "expected.persons", "expected a list of names")
    return DevItem(
        id=item_id,
        path=path,
        text=text,
        published_at=published_at,
        title=data.get("title", source.get("title")),
        url=data.get("url", source.get("url")),
        language=expected["language"],
        supported=expected["supported"],
        events=events,
        statements=tuple(statements),
        persons=tuple(persons),
        notes=data.get("notes") or "",
    )


def load_devset(directory: Path) -> list[DevItem]:
    """All ``*.json`` files of a directory, validated, sorted by file name."""
    if not directory.is_dir():
        raise DevsetError(directory, "<dir>", "not a directory")
    items = [load_item(path) for path in sorted(directory.glob("*.json"))]
    if not items:
        raise DevsetError(directory, "<dir>", "no *.json files")
    seen: dict[str, Path] = {}
    for item in items:
        if item.id in seen:
            raise DevsetError(item.path, "id", f"duplicate of {seen[item.id].name}")
        seen[item.id] = item.path
    return items


# --------------------------------------------------------------------------- normalisation


def fold(text: str) -> str:
    """Lower case, no diacritics, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    return " ".join(text.lower().split())


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def place_key(name: str) -> str:
    key = " ".join(_words(name))
    return PLACE_ALIASES.get(key, key)


def region_key(name: str) -> str:
    words = [w for w in _words(name) if w not in _REGION_WORDS]
    key = " ".join(words)
    return PLACE_ALIASES.get(key, key)


_VARIANT_CACHE: dict[str, frozenset[str]] = {}


def _gazetteer_variants(name: str) -> frozenset[str]:
    """Folded spellings of a place from the pipeline's gazetteer, when it can be loaded."""
    if name not in _VARIANT_CACHE:
        keys: set[str] = {place_key(name)}
        try:
            from ingest.pipeline.places import get_gazetteer

            keys.update(place_key(v) for v in get_gazetteer().variants(name))
        except Exception:  # the gazetteer is optional for scoring
            pass
        _VARIANT_CACHE[name] = frozenset(keys)
    return _VARIANT_CACHE[name]


def same_place(expected: str, predicted: str) -> bool:
    a, b = place_key(expected), place_key(predicted)
    if a == b:
        return True
    return b in _gazetteer_variants(expected) or a in _gazetteer_variants(predicted)


def same_region(expected: str, predicted: str) -> bool:
    a, b = region_key(expected), region_key(predicted)
    return a == b or (bool(a) and bool(b) and same_place(a, b))


def location_matches(expected: ExpectedEvent, predicted: ExtractedEvent) -> bool:
    """Same country and city; or same admin1 when the expected city is unknown."""
    if not predicted.country or predicted.country.upper() != expected.country:
        return False
    if expected.city is not None:
        return predicted.city is not None and same_place(expected.city, predicted.city)
    if expected.admin1 is None or predicted.admin1 is None:
        return False
    return same_region(expected.admin1, predicted.admin1)


def normalise_weapons(names: Iterable[str]) -> frozenset[str]:
    """Vocabulary terms, with generic terms implied by a specific one removed."""
    mapped: set[str] = set()
    for name in names:
        target = WEAPON_ALIASES.get(name, name)
        if target is not None:
            mapped.add(target)
    implied: set[str] = set()
    for name in mapped:
        implied |= WEAPON_IMPLIES.get(name, frozenset())
    return frozenset(mapped - implied)


def set_f1(expected: frozenset[str], predicted: frozenset[str]) -> float:
    if not expected and not predicted:
        return 1.0
    common = len(expected & predicted)
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return 2 * precision * recall / (precision + recall)


def actor_key(name: str) -> str:
    """A comparable key for an actor name: aliases, demonyms and capitals collapse."""
    folded = _YEARS.sub(" ", fold(name))
    group = re.fullmatch(r"(civilians|protesters|rioters)\s*\((.+)\)", folded)
    if group:
        return f"{group.group(1)}:{actor_key(group.group(2))}"
    raw = " ".join(re.findall(r"[a-z0-9]+", folded))
    if raw in ACTOR_ALIASES:
        return ACTOR_ALIASES[raw]
    words = [w for w in raw.split() if w not in _ACTOR_STOP]
    words = [DEMONYMS.get(w, w) for w in words]
    for collective in ("civilians", "protesters", "rioters"):
        if collective in words:  # "Ukrainian civilians" is "Civilians (Ukraine)"
            rest = " ".join(w for w in words if w != collective)
            return f"{collective}:{rest}"
    key = " ".join(words)
    key = ACTOR_ALIASES.get(key, key)
    # "Russian forces in Kursk", "Ukraine's navy": a country followed by a place or a branch of
    # its forces is that country; "Syrian Democratic Forces" or "Serbian Progressive Party" is not.
    for country in set(DEMONYMS.values()):
        if key.startswith(country + " ") and key not in ACTOR_ALIASES.values():
            rest = key[len(country) + 1 :].split()
            if rest[0] in _PLACE_PREPOSITIONS or all(w in _STATE_BRANCH_WORDS for w in rest):
                return country
    return key


_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "on", "inside", "along", "around", "across"])
# Words that name a part of a state's forces or apparatus, not a separate organisation.
_STATE_BRANCH_WORDS = frozenset(
    re.findall(
        r"\S+",
        "navy naval air defence defense ministry border guard guards special marines marine "
        "coast aerospace ground interior intelligence service services unit units soldiers "
        "personnel officials authorities state occupation regular servicemen strikes warplanes "
        "jets aircraft drones artillery",
    )
)
# Function words left out of an acronym ("Karen National Union" is KNU, "Army of the ..." AT...).
_ACRONYM_SKIP = frozenset(["the", "of", "for", "in", "and", "de", "del", "la", "wal"])


def _acronyms(name: str) -> set[str]:
    """Initials of a multi-word name ("Allied Democratic Forces" -> "adf"); an Arabic article
    may count or not ("al-Qaeda in the Arabian Peninsula" -> "aqap", "Hayat Tahrir al-Sham" ->
    "hts")."""
    folded = _YEARS.sub(" ", fold(name)).replace("'", "")
    words = [w for w in re.findall(r"[a-z0-9]+", folded) if w not in _ACRONYM_SKIP]
    out = set()
    for kept in (words, [w for w in words if w != "al"]):
        if len(kept) >= 2:
            out.add("".join(w[0] for w in kept))
    return out


def _same_key(expected: str, predicted: str) -> bool:
    """Same canonical key, or one name is the acronym of the other ("KNLA", "ADF")."""
    a, b = actor_key(expected), actor_key(predicted)
    if a == b:
        return True
    for short, written, full in ((a, expected, predicted), (b, predicted, expected)):
        # Only a name written in capitals is an acronym ("ADF", not "Mali").
        if (
            re.fullmatch(r"[a-z0-9]{2,8}", short)
            and written.strip().isupper()
            and short in _acronyms(full)
        ):
            return True
    return False


def same_actor(expected: str | None, predicted: Sequence[str]) -> bool:
    """Is the expected actor among the predicted ones? ``None`` expects none (or unidentified)."""
    if expected is None:
        return all(_UNKNOWN_ACTOR.match(fold(name)) for name in predicted)
    return any(_same_key(expected, name) for name in predicted)


def _name_tokens(name: str) -> list[str]:
    # Doubled letters collapse so that Zelenskyy and Zelensky compare equal.
    return [re.sub(r"(.)\1+", r"\1", w) for w in _words(name)]


def same_person(expected: str, predicted: str) -> bool:
    """Full name or surname match, diacritics- and transliteration-tolerant."""
    a, b = _name_tokens(expected), _name_tokens(predicted)
    if not a or not b:
        return False
    return a == b or (len(a[-1]) >= 3 and a[-1] == b[-1])


_ROLE_STOP = frozenset({"the", "a", "an", "s", "of", "one", "its", "his", "her", "their"})


def same_speaker(expected: str, predicted: Sequence[str | None]) -> bool:
    """Person match, or for role-only speakers the same role words (one set within the other)."""
    exp_words = {DEMONYMS.get(w, w) for w in _words(expected)} - _ROLE_STOP
    for name in predicted:
        if not name:
            continue
        if same_person(expected, name):
            return True
        words = {DEMONYMS.get(w, w) for w in _words(name)} - _ROLE_STOP
        if words and exp_words and (words <= exp_words or exp_words <= words):
            return True
    return False


def quote_key(text: str) -> str:
    text = fold(text).replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
    return text.strip(" \t\n\"'.,;:!?-—–")


def quote_overlap(a: str, b: str) -> float:
    """Characters in common (matching blocks) over the length of the shorter text."""
    ka, kb = quote_key(a), quote_key(b)
    shorter = min(len(ka), len(kb))
    if shorter == 0:
        return 0.0
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / shorter


QUOTE_MATCH_THRESHOLD = 0.8


# --------------------------------------------------------------------------- matching


def _as_date(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def perpetrators(event: ExtractedEvent) -> list[str]:
    return [a.name for a in event.actors if a.role == "perpetrator"]


def targets(event: ExtractedEvent) -> list[str]:
    return [a.name for a in event.actors if a.role == "target"]


def match_events(
    expected: Sequence[ExpectedEvent], predicted: Sequence[ExtractedEvent]
) -> list[tuple[int, int]]:
    """One-to-one greedy matching on location, preferring the same date, then sub-event type."""
    candidates: list[tuple[float, int, int]] = []
    for i, exp in enumerate(expected):
        for j, pred in enumerate(predicted):
            if not location_matches(exp, pred):
                continue
            score = 1.0
            if _as_date(pred.event_date) == exp.event_date:
                score += 2.0
            if pred.sub_event_type == exp.sub_event_type:
                score += 1.0
            elif pred.event_type == exp.event_type:
                score += 0.5
            if exp.city is not None or pred.city is None:
                score += 0.25  # a region-level prediction for a region-level event
            candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_exp: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_exp or j in used_pred:
            continue
        used_exp.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def match_quotes(
    expected: Sequence[ExpectedStatement], predicted: Sequence[str]
) -> list[tuple[int, int]]:
    """One-to-one greedy matching of quotes whose texts overlap by at least 80% of the shorter."""
    candidates = []
    for i, exp in enumerate(expected):
        for j, text in enumerate(predicted):
            overlap = quote_overlap(exp.text, text)
            if overlap >= QUOTE_MATCH_THRESHOLD:
                candidates.append((overlap, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_exp: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_exp and j not in used_pred:
            used_exp.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring

# (key, label, target). Scores without a target are diagnostics.
METRICS: tuple[tuple[str, str, float | None], ...] = (
    ("event_f1", "Event F1", 0.80),
    ("event_precision", "  event precision", None),
    ("event_recall", "  event recall", None),
    ("date", "Date (matched events)", 0.85),
    ("fatalities", "Fatalities exact", 0.80),
    ("injured", "Injured exact", 0.75),
    ("sub_event_type", "Sub-event type", 0.75),
    ("weapons", "Weapons (mean set F1)", 0.80),
    ("weapons_exact", "  weapons exact set", None),
    ("perpetrator", "Perpetrator", 0.80),
    ("target", "  target", None),
    ("event_type", "  event type", None),
    ("children", "  children killed+injured exact", None),
    ("quotes_f1", "Quotes F1", 0.85),
    ("quotes_precision", "  quotes precision", None),
    ("quotes_recall", "  quotes recall", None),
    ("speaker", "Speaker right (matched quotes)", 0.80),
    ("persons", "Named persons found (recall)", 0.80),
    ("persons_precision", "  persons precision", None),
    ("supported", "  language/supported flag", None),
)

_FIELD_METRICS = (
    "date",
    "fatalities",
    "injured",
    "sub_event_type",
    "weapons",
    "weapons_exact",
    "perpetrator",
    "target",
    "event_type",
    "children",
)


@dataclass
class ArticleScore:
    """Counts for one devset article; ``misses`` lists what went wrong, for --verbose."""

    id: str
    expected_events: int = 0
    predicted_events: int = 0
    matched_events: int = 0
    fields: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in _FIELD_METRICS})
    expected_quotes: int = 0
    predicted_quotes: int = 0
    matched_quotes: int = 0
    speakers_right: int = 0
    expected_persons: int = 0
    persons_found: int = 0
    predicted_persons: int = 0
    predicted_persons_matched: int = 0
    supported_right: bool = True
    error: str | None = None
    misses: list[str] = field(default_factory=list)


def _fmt(value: object) -> str:
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(value)) + "}"
    return "null" if value is None else str(value)


def score_article(item: DevItem, extraction: Extraction) -> ArticleScore:
    """Compare one extraction with its annotation."""
    result = ArticleScore(id=item.id)
    result.supported_right = extraction.supported == item.supported
    if not result.supported_right:
        result.misses.append(f"supported: expected {item.supported}, got {extraction.supported}")

    expected, predicted = item.events, extraction.events
    result.expected_events, result.predicted_events = len(expected), len(predicted)
    pairs = match_events(expected, predicted)
    result.matched_events = len(pairs)
    matched_exp = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    for i, exp in enumerate(expected):
        if i not in matched_exp:
            result.misses.append(f"missed event: {exp.label()}")
    for j, pred in enumerate(predicted):
        if j not in matched_pred:
            place = pred.city or pred.admin1 or "?"
            result.misses.append(
                f"spurious event: {place} ({pred.country}) {_fmt(pred.event_date)} "
                f"{pred.sub_event_type}"
            )
    for i, j in pairs:
        exp, pred = expected[i], predicted[j]
        where = exp.city or exp.admin1
        exp_weapons = normalise_weapons(exp.weapons)
        pred_weapons = normalise_weapons(pred.weapons)
        checks: dict[str, tuple[float, object, object]] = {
            "date": (
                float(_as_date(pred.event_date) == exp.event_date),
                exp.event_date,
                pred.event_date,
            ),
            "fatalities": (
                float(pred.fatalities == exp.fatalities),
                exp.fatalities,
                pred.fatalities,
            ),
            "injured": (float(pred.injured == exp.injured), exp.injured, pred.injured),
            "sub_event_type": (
                float(pred.sub_event_type == exp.sub_event_type),
                exp.sub_event_type,
                pred.sub_event_type,
            ),
            "weapons": (set_f1(exp_weapons, pred_weapons), exp_weapons, pred_weapons),
            "weapons_exact": (float(exp_weapons == pred_weapons), exp_weapons, pred_weapons),
            "perpetrator": (
                float(same_actor(exp.perpetrator, perpetrators(pred))),
                exp.perpetrator,
                perpetrators(pred),
            ),
            "target": (float(same_actor(exp.target, targets(pred))), exp.target, targets(pred)),
            "event_type": (
                float(pred.event_type == exp.event_type),
                exp.event_type,
                pred.event_type,
            ),
            "children": (
                float(
                    pred.children_killed == exp.children_killed
                    and pred.children_injured == exp.children_injured
                ),
                (exp.children_killed, exp.children_injured),
                (pred.children_killed, pred.children_injured),
            ),
        }
        for key, (value, want, got) in checks.items():
            result.fields[key].append(value)
            if value < 1.0 and key not in ("weapons_exact",):
                result.misses.append(f"{where}: {key} expected {_fmt(want)}, got {_fmt(got)}")

    quotes = [s.text for s in extraction.statements]
    result.expected_quotes, result.predicted_quotes = len(item.statements), len(quotes)
    quote_pairs = match_quotes(item.statements, quotes)
    result.matched_quotes = len(quote_pairs)
    matched_q = {i for i, _ in quote_pairs}
    matched_p = {j for _, j in quote_pairs}
    for i, j in quote_pairs:
        exp_statement, pred_statement = item.statements[i], extraction.statements[j]
        names = [pred_statement.speaker, pred_statement.speaker_as_written]
        if same_speaker(exp_statement.speaker, names):
            result.speakers_right += 1
        else:
            result.misses.append(
                f"speaker of “{exp_statement.text[:40]}…”: expected {exp_statement.speaker}, "
                f"got {_fmt(pred_statement.speaker)} ({_fmt(pred_statement.speaker_as_written)})"
            )
    for i, exp_statement in enumerate(item.statements):
        if i not in matched_q:
            result.misses.append(
                f"missed quote ({exp_statement.speaker}): “{exp_statement.text[:60]}”"
            )
    for j, text in enumerate(quotes):
        if j not in matched_p:
            result.misses.append(f"spurious quote: “{text[:60]}”")

    persons: list[list[str]] = [
        [a.name, *a.aliases] for a in extraction.actors if a.kind == "person"
    ]
    result.expected_persons = len(item.persons)
    result.predicted_persons = len(persons)
    for name in item.persons:
        if any(same_person(name, alias) for names in persons for alias in names):
            result.persons_found += 1
        else:
            result.misses.append(f"missed person: {name}")
    result.predicted_persons_matched = sum(
        any(same_person(name, alias) for name in item.persons for alias in names)
        for names in persons
    )
    return result


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(results: Sequence[ArticleScore]) -> dict[str, dict[str, Any]]:
    """Micro-averaged scores over all articles: {key: {score, n, target, label}}."""
    exp_ev = sum(r.expected_events for r in results)
    pred_ev = sum(r.predicted_events for r in results)
    tp_ev = sum(r.matched_events for r in results)
    exp_q = sum(r.expected_quotes for r in results)
    pred_q = sum(r.predicted_quotes for r in results)
    tp_q = sum(r.matched_quotes for r in results)
    values: dict[str, tuple[float | None, int]] = {}
    p, rc = _ratio(tp_ev, pred_ev), _ratio(tp_ev, exp_ev)
    if exp_ev == 0 and pred_ev == 0:
        p = rc = 1.0
    values["event_precision"] = (p, pred_ev)
    values["event_recall"] = (rc, exp_ev)
    values["event_f1"] = (_f1(p, rc), exp_ev)
    for key in _FIELD_METRICS:
        scores = [v for r in results for v in r.fields[key]]
        values[key] = (_ratio(sum(scores), len(scores)), len(scores))
    qp, qr = _ratio(tp_q, pred_q), _ratio(tp_q, exp_q)
    if exp_q == 0 and pred_q == 0:
        qp = qr = 1.0
    values["quotes_precision"] = (qp, pred_q)
    values["quotes_recall"] = (qr, exp_q)
    values["quotes_f1"] = (_f1(qp, qr), exp_q)
    values["speaker"] = (_ratio(sum(r.speakers_right for r in results), tp_q), tp_q)
    exp_persons = sum(r.expected_persons for r in results)
    pred_persons = sum(r.predicted_persons for r in results)
    values["persons"] = (_ratio(sum(r.persons_found for r in results), exp_persons), exp_persons)
    values["persons_precision"] = (
        _ratio(sum(r.predicted_persons_matched for r in results), pred_persons),
        pred_persons,
    )
    values["supported"] = (
        _ratio(sum(r.supported_right for r in results), len(results)),
        len(results),
    )
    return {
        key: {
            "label": label.strip(),
            "score": values[key][0],
            "n": values[key][1],
            "target": target,
        }
        for key, label, target in METRICS
    }


Extractor = Callable[[ArticleInput], Extraction]


def _empty_extraction() -> Extraction:
    return Extraction(extractor_version="none", language="und", supported=True)


def evaluate(items: Sequence[DevItem], extractor: Extractor) -> list[ArticleScore]:
    """Run the extractor on every item; an exception scores as an empty extraction."""
    results = []
    for item in items:
        try:
            extraction = extractor(item.article())
            error = None
        except Exception as exc:  # one crash must not stop the run
            extraction, error = _empty_extraction(), f"{type(exc).__name__}: {exc}"
        result = score_article(item, extraction)
        if error:
            result.error = error
            result.misses.insert(0, f"extractor raised {error}")
        results.append(result)
    return results


# --------------------------------------------------------------------------- output


def render_table(scores: dict[str, dict[str, Any]], n_files: int) -> str:
    lines = [
        f"ConflictDB extraction scores on {n_files} devset articles",
        f"{'metric':<36} {'score':>7} {'n':>5} {'target':>7}",
        "-" * 60,
    ]
    for key, label, target in METRICS:
        entry = scores[key]
        score = "n/a" if entry["score"] is None else f"{entry['score']:.3f}"
        mark = ""
        if target is not None:
            mark = "  ok" if entry["score"] is not None and entry["score"] >= target else "  BELOW"
        target_text = f">={target:.2f}" if target is not None else ""
        lines.append(f"{label:<36} {score:>7} {entry['n']:>5} {target_text:>7}{mark}")
    return "\n".join(lines)


def render_details(results: Sequence[ArticleScore]) -> str:
    lines = []
    for r in results:
        header = (
            f"{r.id}: events {r.matched_events}/{r.expected_events} matched, "
            f"{r.predicted_events} predicted; quotes {r.matched_quotes}/{r.expected_quotes}, "
            f"{r.predicted_quotes} predicted; persons {r.persons_found}/{r.expected_persons}"
        )
        lines.append(header)
        lines.extend(f"    - {miss}" for miss in r.misses)
    return "\n".join(lines)


def _load_extractor() -> Extractor:
    from ingest.pipeline.extract import extract_article  # lazy: the pipeline is heavy

    return extract_article


def main(argv: Sequence[str] | None = None, extractor: Extractor | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest.evaluation", description=__doc__)
    parser.add_argument("devset", type=Path, help="directory of devset JSON files")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--verbose", action="store_true", help="per-file breakdown with misses")
    args = parser.parse_args(argv)
    try:
        items = load_devset(args.devset)
    except DevsetError as exc:
        print(f"malformed devset: {exc}", file=sys.stderr)
        return 2
    if extractor is None:
        try:
            extractor = _load_extractor()
        except Exception as exc:  # report any import failure plainly
            print(f"cannot import ingest.pipeline.extract.extract_article: {exc}", file=sys.stderr)
            return 1
    results = evaluate(items, extractor)
    scores = aggregate(results)
    if args.json:
        payload: dict[str, Any] = {"files": len(items), "scores": scores}
        if args.verbose:
            payload["articles"] = [
                {
                    "id": r.id,
                    "expected_events": r.expected_events,
                    "predicted_events": r.predicted_events,
                    "matched_events": r.matched_events,
                    "error": r.error,
                    "misses": r.misses,
                }
                for r in results
            ]
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print(render_table(scores, len(items)))
        if args.verbose:
            print()
            print(render_details(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

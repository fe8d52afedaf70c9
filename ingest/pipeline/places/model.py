"""The place types the rest of the pipeline sees."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.pipeline.types import Span

PLACE_KINDS = ("country", "admin1", "city", "district", "camp", "area")


@dataclass(frozen=True, slots=True)
class Place:
    """A named place: country, first-level region, populated place, city district, camp or area."""

    name: str  # canonical English name: "Kyiv", "Odesa", "North Darfur", "Gaza Strip"
    kind: str  # one of PLACE_KINDS
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # first-level region as ACLED writes it ("Kyiv City", "North Darfur")
    city: str | None  # districts and camps: the parent city; cities: the city itself
    latitude: float | None
    longitude: float | None
    population: int = 0
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved."""

    place: Place
    span: Span
    surface: str  # text[span.start:span.end]
    # "place", or how the name is used when it is not a settlement: "river" ("the Dnipro
    # river", "the Dnipro"), "front" ("Zaporizhzhia front"), "direction" ("Pokrovsk direction").
    role: str = "place"

"""Place mentions as event locations: grouping keys, parent cities for districts, precision.

Wraps the gazetteer in ``ingest.pipeline.places``; this module only decides how a mention is used
by the event builder (a district belongs to its city's event, a region gives a region-level event,
a capital used for its government is not a location).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ingest.pipeline.nlp import Entity
from ingest.pipeline.types import (
    GEO_PRECISION_EXACT,
    GEO_PRECISION_NEAR,
    GEO_PRECISION_REGION,
    Span,
)

LEVEL_CITY = "city"
LEVEL_ADMIN1 = "admin1"
LEVEL_COUNTRY = "country"


@dataclass(frozen=True)
class Located:
    key: str  # grouping key of the event this place belongs to
    level: str  # LEVEL_*
    name: str  # the city, region or country name used for the event
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    district: str | None  # set when the mention is a district or camp of ``name``
    precision: int
    span: Span
    kind: str  # the mention's own kind (city, district, admin1, ...)


@lru_cache(maxsize=1)
def _places() -> Any:
    try:
        from ingest.pipeline import places
    except ImportError:  # pragma: no cover - only while the gazetteer is not installed
        return None
    return places


# "Washington says", "Moscow insists": a capital standing for its government.
_METONYM_AFTER = re.compile(
    r"^(?:'s\s+(?:position|response|stance|demands|terms|interests|plan|proposal|officials|"
    r"envoy|support|allies|backing|approach|claims?|narrative|hybrid|ongoing|campaign|war)|"
    r"\s+(?:said|says|has|have|had|is|was|wants|accused|insisted|insists|claimed|claims|"
    r"announced|denied|denies|warned|warns|argued|argues|talks|signals|entertains|responded|"
    r"spoke|rejected|agreed|demanded|believes|hopes|sees|will|would|could|should|may|must|"
    r"did|does))\b",
    re.IGNORECASE,
)
_DEMONYM_BEFORE_NOUN = re.compile(
    r"\s+(?:town|city|village|capital|port|region|province|state|government|army|forces|"
    r"troops|police|military|officials?|authorities|border|coast|side|president|minister|"
    r"people|civilians|soldiers)\b"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|near|over|into|across|outside)\s+$", re.I)
_NOT_LOCATION_BEFORE = re.compile(
    r"(?:\bfrom|\btalks\s+in|\bsummit\s+in|\bmeeting\s+in|\bconference\s+in|\bflew\s+to|"
    r"\btravelled\s+to|\btraveled\s+to|\bvisit\s+to|\bvisited|\bsources\s+in|\bbased\s+in|"
    r"\bembassy\s+in|\bin\s+talks\s+with|"
    # "evacuated to Yaounde", "taken to hospital in X": where the wounded went, not the attack.
    r"\b(?:evacuated|airlifted|flown|transferred|rushed|referred|shifted)\s+"
    r"(?:(?:by\s+(?:helicopter|air|road|ambulance|boat)|later|first|urgently|immediately|"
    r"then)\s+)*to|\btaken\s+(?:by\s+(?:road|helicopter|air)\s+)?to\s+hospitals?\s+in|"
    # "speaking from a hospital bed in X", "admitted to a hospital in X": where the wounded lie.
    r"\bfrom\s+(?:a|his|her|the)\s+hospital\s+bed\s+in|"
    # "transferred to the hospital in Obo", "referred to the general hospital in Drodro".
    r"\b(?:evacuated|airlifted|flown|transferred|rushed|referred|shifted|taken|brought)\s+"
    r"(?:[\w'-]+\s+){0,3}?to\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:hospitals?|clinics?|"
    r"health\s+cent(?:re|er)s?)\s+(?:in|at)|"
    r"\badmitted\s+to\s+(?:a|the)\s+hospital\s+in|"
    # "residents fled to Bali", "crossed into Uganda", "walked to Yei": where people went.
    r"\b(?:fled|fleeing|flee|escaped|walked|displaced)\s+(?:\w+\s+){0,3}?"
    r"(?:to|into|towards|toward)|\b(?:sought|seeking|took|taking)\s+refuge\s+in|"
    # "the drone had been launched from areas the group controls in West Kordofan": the origin.
    r"\b(?:launched|fired)\s+from\s+(?:[\w'-]+\s+){0,6}?(?:in|of)|"
    # "a regional official in Nekemte said": where a source sits.
    r"\b(?:an?|the)\s+(?:\w+\s+)?(?:official|spokesman|spokesperson)\s+in|"
    # "receiving treatment at hospitals in Bokkos and in Jos": where the wounded lie.
    r"\btreat(?:ed|ment)\s+(?:at|in)\s+(?:[\w-]+\s+){0,3}?in|"
    r"\btreat(?:ed|ment)\s+(?:at|in)\s+[^.;]{0,50}\band\s+in|"
    # "news took days to reach Maroua", "ambulances could not reach X": a destination.
    r"\b(?:took\s+(?:\w+\s+){0,3}to|could\s+not|couldn't|failed\s+to|unable\s+to)\s+reach|"
    # "Inspector-General of Police (Bastar range)": a place inside an official's title.
    r"\b(?:police|general|commander|inspector|superintendent|commissioner|chief)\s*\()"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_NEAR_BEFORE = re.compile(
    r"(?:\bnear|\boutside|\boutskirts\s+of|\bnorth\s+of|\bsouth\s+of|\beast\s+of|\bwest\s+of|"
    r"\bkilometres?\s+from|\bkilometers?\s+from|\bmiles\s+from|\bnot\s+far\s+from|\baround)"
    r"\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _place_attrs(place: Any) -> tuple[str, str | None, str | None, float | None, float | None]:
    return (place.name, place.country, place.admin1, place.latitude, place.longitude)


def _to_located(p: Any, s: int, e: int, precision: int, gaz: Any) -> Located | None:
    """A gazetteer place as an event location (districts and camps under their city)."""
    if p.kind in ("district", "camp") and p.city:
        parent = None
        try:
            parent = gaz.resolve(p.city, context_countries=(p.country,) if p.country else ())
        except Exception:
            parent = None
        if parent is not None:
            name, country, admin1, lat, lon = _place_attrs(parent)
        else:
            name, country, admin1, lat, lon = (
                p.city,
                p.country,
                p.admin1,
                p.latitude,
                p.longitude,
            )
        return Located(
            f"city:{country}:{name}",
            LEVEL_CITY,
            name,
            country,
            admin1,
            lat,
            lon,
            p.name,
            min(precision, GEO_PRECISION_EXACT) if precision else GEO_PRECISION_EXACT,
            Span(s, e),
            p.kind,
        )
    elif p.kind in ("city", "area"):
        name, country, admin1, lat, lon = _place_attrs(p)
        return Located(
            f"city:{country}:{name}",
            LEVEL_CITY,
            name,
            country,
            admin1,
            lat,
            lon,
            None,
            precision or GEO_PRECISION_EXACT,
            Span(s, e),
            p.kind,
        )
    elif p.kind == "admin1":
        name, country, admin1, lat, lon = _place_attrs(p)
        return Located(
            f"admin1:{country}:{admin1 or name}",
            LEVEL_ADMIN1,
            name,
            country,
            admin1 or name,
            lat,
            lon,
            None,
            GEO_PRECISION_REGION,
            Span(s, e),
            p.kind,
        )
    elif p.kind == "country":
        name, country, _, lat, lon = _place_attrs(p)
        return Located(
            f"country:{country}",
            LEVEL_COUNTRY,
            name,
            country,
            None,
            lat,
            lon,
            None,
            GEO_PRECISION_REGION,
            Span(s, e),
            p.kind,
        )
    return None


def locate(text: str, ents: list[Entity]) -> list[Located]:
    """Usable event locations mentioned in ``text``, in text order."""
    places = _places()
    if places is None:
        return []
    try:
        mentions = places.find_place_mentions(text)
    except Exception:
        return []
    gaz = places.get_gazetteer()
    out: list[Located] = []
    for m in mentions:
        p = m.place
        s, e = m.span.start, m.span.end
        if s < 0 or e > len(text) or s >= e:
            continue
        # "Belgorod governor ... said", "the Dnipro river", "the Pokrovsk direction": a title,
        # a river or a front line says who spoke or where troops move, not where a blow fell.
        if _non_location_role(places, m):
            continue
        if (
            _METONYM_AFTER.match(text[e : e + 30])
            and p.kind in ("city", "country")
            # "the strike on Zaporizhzhia has killed": after a preposition it is the place.
            and not (
                _PREPOSITION_BEFORE.search(text[max(0, s - 12) : s])
                and re.match(r"\s+(?:has|have|had|is|was)\b", text[e : e + 10])
            )
        ):
            continue
        if _NOT_LOCATION_BEFORE.search(text[max(0, s - 70) : s]):
            continue
        if p.kind == "city" and p.population < 100_000 and _LONGER_NAME_AFTER.match(text, e):
            continue  # "Lanao" in "Lanao del Sur": the start of a longer name the index lacks
        # "the central Somali town of Beledweyne": a demonym qualifying a noun, not a place.
        if _DEMONYM_BEFORE_NOUN.match(text, e) and places.country_for_demonym(text[s:e]):
            continue
        try:
            precision = int(places.precision_for(m, text))
        except Exception:
            precision = GEO_PRECISION_EXACT
        if _NEAR_BEFORE.search(text[max(0, s - 50) : s]):
            precision = max(precision, GEO_PRECISION_NEAR)
        if p.kind == "city" and (
            _REGION_APPOSITION.match(text, e) or _REGION_OF_BEFORE.search(text, max(0, s - 60), s)
        ):
            # "in Guanajuato, the country's most violent state": the region of that name.
            region = _region_named(gaz, p)
            if region is not None:
                p = region
        loc = _to_located(p, s, e, precision, gaz)
        if loc is not None:
            out.append(loc)
    return out


# "the southern province of Quneitra", "the state of Borno": the region, not its capital.
_REGION_OF_BEFORE = re.compile(
    r"\b(?:province|region|state|governorate|oblast|department|prefecture)\s+of\s+$",
    re.IGNORECASE,
)
_LONGER_NAME_AFTER = re.compile(r"\s+(?:del|de|della|dos|das|do|du|des)\s+[A-Z]")
_REGION_APPOSITION = re.compile(
    r",\s+(?:the\s+country's|the\s+nation's|an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:state|province|region|department|governorate|oblast)\b",
    re.IGNORECASE,
)


def _region_named(gaz: Any, city: Any) -> Any:
    """The first-level region of a city's country that bears the city's name, if any."""
    try:
        region = gaz.resolve(city.name, context_countries=(city.country,))
    except Exception:
        return None
    if region is None or region.kind != "admin1" or region.country != city.country:
        try:
            for cand in gaz.lookup(city.name):
                if cand.kind == "admin1" and cand.country == city.country:
                    return cand
        except Exception:
            return None
        return None
    return region


def _non_location_role(places: Any, mention: Any) -> bool:
    try:
        return bool(places.is_title_use(mention) or places.is_non_settlement_use(mention))
    except Exception:
        return False


def locate_name(name: str, span: Span) -> Located | None:
    """A place name found outside running text (a dateline) as a location, if known."""
    places = _places()
    if places is None:
        return None
    try:
        gaz = places.get_gazetteer()
        place = gaz.resolve(name.strip().title())
        if place is None:
            return None
        return _to_located(place, span.start, span.end, GEO_PRECISION_EXACT, gaz)
    except Exception:
        return None


def country_for_demonym(word: str) -> str | None:
    places = _places()
    if places is None:
        return None
    try:
        return places.country_for_demonym(word)
    except Exception:
        return None

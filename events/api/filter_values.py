"""Parsing of query parameter values, and the SQL expressions the geographic filters use.

Every parser raises `ValidationError({parameter: [...]})`, which the API answers with a 400
naming the parameter.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from typing import Any

import pycountry
from django.db.models import F, FloatField, Q, Value
from django.db.models.functions import ASin, Cos, Power, Radians, Sin, Sqrt
from rest_framework.exceptions import ValidationError

from events.text import normalise_name

EARTH_RADIUS_KM = 6371.0088


def split_values(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def country_codes(value: str, parameter: str = "country") -> list[str]:
    """ISO 3166-1 alpha-2 codes for a comma-separated list of codes or names."""
    codes = []
    for item in split_values(value):
        try:
            country = pycountry.countries.lookup(item)
        except LookupError:
            try:
                country = pycountry.countries.search_fuzzy(item)[0] if len(item) > 3 else None
            except LookupError:
                country = None
        if country is None:
            raise ValidationError({parameter: [f"Unknown country: {item!r}."]})
        codes.append(country.alpha_2)
    return codes


def checked_choices(value: str, allowed: Iterable[str], parameter: str) -> list[str]:
    allowed_set = set(allowed)
    values = split_values(value)
    bad = [v for v in values if v not in allowed_set]
    if bad:
        raise ValidationError(
            {
                parameter: [
                    f"Unknown value {v!r}; expected one of: {', '.join(sorted(allowed_set))}."
                    for v in bad
                ]
            }
        )
    return values


def integer_list(value: str, parameter: str) -> list[int]:
    try:
        numbers = [int(v) for v in split_values(value)]
    except ValueError:
        raise ValidationError(
            {parameter: ["Expected whole numbers separated by commas."]}
        ) from None
    if not numbers or any(n < 1 or n > 2**63 - 1 for n in numbers):
        raise ValidationError({parameter: ["Expected positive whole numbers."]})
    return numbers


def uuid_list(value: str, parameter: str) -> list[uuid.UUID]:
    try:
        return [uuid.UUID(v) for v in split_values(value)]
    except ValueError:
        raise ValidationError({parameter: ["Expected UUIDs separated by commas."]}) from None


def float_list(value: str, parameter: str, count: int) -> list[float]:
    try:
        numbers = [float(v) for v in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) != count or not all(math.isfinite(n) for n in numbers):
        raise ValidationError({parameter: [f"Expected {count} numbers separated by commas."]})
    return numbers


def actor_query(value: str, prefix: str = "") -> Q:
    """Match actors by canonical name or alias, case- and accent-insensitively."""
    names = [normalise_name(v) for v in split_values(value)]
    return Q(**{f"{prefix}normalised_name__in": names}) | Q(
        **{f"{prefix}normalised_aliases__overlap": names}
    )


def haversine_km(latitude: float, longitude: float) -> Any:
    """SQL expression: great-circle distance in km from (latitude, longitude) to each row."""
    lat1, lon1 = Radians(Value(latitude)), Radians(Value(longitude))
    lat2, lon2 = Radians(F("latitude")), Radians(F("longitude"))
    half_chord = Power(Sin((lat2 - lat1) / 2), 2) + Cos(lat1) * Cos(lat2) * Power(
        Sin((lon2 - lon1) / 2), 2
    )
    return Value(2 * EARTH_RADIUS_KM) * ASin(Sqrt(half_chord, output_field=FloatField()))


def longitude_span(min_lon: float, max_lon: float) -> Q:
    """Longitudes in [min_lon, max_lon]; a box with min_lon > max_lon crosses the antimeridian."""
    if min_lon <= max_lon:
        return Q(longitude__gte=min_lon, longitude__lte=max_lon)
    return Q(longitude__gte=min_lon) | Q(longitude__lte=max_lon)

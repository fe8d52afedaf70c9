"""Streamed CSV and GeoJSON exports of events.

Rows come from `.values()` over a server-side cursor (`.iterator(chunk_size=...)`), are turned
into flat dicts one at a time and written out as they come, so an export of 100,000 events never
holds more than one chunk in memory. Exports are not paginated; they stop at
`settings.EXPORT_MAX_ROWS` rows.

CSV column names follow ACLED's export where a field means the same thing (`event_id_cnty`,
`event_date`, `year`, `time_precision`, ..., `timestamp`), so scripts written for ACLED read it;
ConflictDB's own fields follow. Where ACLED writes 0 for unknown fatalities, we leave the cell
empty: unknown is not zero.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pycountry
from django.conf import settings
from django.db.models import OuterRef, QuerySet, StringAgg, Subquery, TextField, Value
from django.http import StreamingHttpResponse
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from events.choices import ActorRole
from events.models import EventActor, EventReport

CHUNK_SIZE = 2000
LIST_SEPARATOR = "; "  # ACLED's separator inside assoc_actor_* cells


def _actor_names(role: str) -> Subquery:
    names = (
        EventActor.objects.filter(event=OuterRef("pk"), role=role)
        .order_by()
        .values("event")
        .annotate(names=StringAgg("actor__name", Value(LIST_SEPARATOR), order_by="actor__name"))
        .values("names")
    )
    return Subquery(names, output_field=TextField())


def _source_names() -> Subquery:
    names = (
        EventReport.objects.filter(event=OuterRef("pk"))
        .exclude(article__source_name="")
        .order_by()
        .values("event")
        .annotate(
            names=StringAgg(
                "article__source_name",
                Value(LIST_SEPARATOR),
                distinct=True,
                order_by="article__source_name",
            )
        )
        .values("names")
    )
    return Subquery(names, output_field=TextField())


@dataclass(frozen=True)
class Column:
    """One export column: the database values it needs and how to turn a row into its value."""

    name: str
    sources: tuple[str, ...]
    value: Callable[[dict[str, Any]], Any]


def _field(source: str) -> Column:
    return Column(source, (source,), lambda row: row[source])


def _renamed(name: str, source: str) -> Column:
    return Column(name, (source,), lambda row: row[source])


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.name if country else code


def _country_iso_numeric(code: str) -> int | None:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return int(country.numeric) if country else None


def _joined(source: str) -> Column:
    return Column(source, (source,), lambda row: LIST_SEPARATOR.join(row[source] or []))


COLUMNS: tuple[Column, ...] = (
    Column("event_id_cnty", ("public_id",), lambda row: str(row["public_id"])),
    Column(
        "event_date",
        ("event_date",),
        lambda row: row["event_date"].isoformat() if row["event_date"] else None,
    ),
    Column(
        "year", ("event_date",), lambda row: row["event_date"].year if row["event_date"] else None
    ),
    _renamed("time_precision", "date_precision"),
    _field("disorder_type"),
    _field("event_type"),
    _field("sub_event_type"),
    _renamed("actor1", "actor1"),
    _renamed("assoc_actor_1", "assoc_actor_1"),
    _renamed("actor2", "actor2"),
    Column("assoc_actor_2", (), lambda row: ""),
    Column("iso", ("country",), lambda row: _country_iso_numeric(row["country"])),
    Column("country", ("country",), lambda row: _country_name(row["country"])),
    _field("admin1"),
    Column("admin2", (), lambda row: ""),
    _renamed("location", "city"),
    _field("latitude"),
    _field("longitude"),
    _field("geo_precision"),
    _renamed("source", "source"),
    _renamed("notes", "summary"),
    _field("fatalities"),
    Column("timestamp", ("updated_at",), lambda row: int(row["updated_at"].timestamp())),
    # ConflictDB's own columns.
    Column("country_code", ("country",), lambda row: row["country"]),
    _field("injured"),
    _field("children_killed"),
    _field("children_injured"),
    _joined("weapons"),
    _joined("districts"),
    _field("review_status"),
    _field("confidence"),
)
COLUMN_NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)
_BY_NAME = {column.name: column for column in COLUMNS}
# Computed per event in SQL, only when a chosen column needs them.
_ANNOTATIONS: dict[str, Callable[[], Any]] = {
    "actor1": lambda: _actor_names(ActorRole.PERPETRATOR),
    "assoc_actor_1": lambda: _actor_names(ActorRole.ASSOCIATED),
    "actor2": lambda: _actor_names(ActorRole.TARGET),
    "source": _source_names,
}


def chosen_columns(request: Request) -> list[Column]:
    """The columns named by ?fields= (comma-separated), or all of them; 400 for unknown names."""
    raw = request.query_params.get("fields")
    if raw is None:
        return list(COLUMNS)
    names = [name.strip() for name in raw.split(",") if name.strip()]
    if not names:
        raise ValidationError({"fields": ["Name at least one field."]})
    unknown = [name for name in names if name not in _BY_NAME]
    if unknown:
        known = ", ".join(COLUMN_NAMES)
        raise ValidationError(
            {"fields": [f"Unknown field {name!r}; fields are: {known}." for name in unknown]}
        )
    return [_BY_NAME[name] for name in dict.fromkeys(names)]


def export_rows(queryset: QuerySet, columns: list[Column]) -> Iterator[dict[str, Any]]:
    """Flat dicts in column order, read through a server-side cursor."""
    sources = {source for column in columns for source in column.sources}
    annotations = {name: _ANNOTATIONS[name]() for name in sources if name in _ANNOTATIONS}
    values = queryset.annotate(**annotations).values(*sorted(sources | {"pk"}))
    limited = values[: settings.EXPORT_MAX_ROWS]
    for row in limited.iterator(chunk_size=CHUNK_SIZE):
        yield {column.name: column.value(row) for column in columns}


class _Echo:
    """A file-like object whose write() returns what it is given, for csv.writer."""

    def write(self, value: str) -> str:
        return value


def csv_chunks(rows: Iterable[dict[str, Any]], names: list[str]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(names)
    for row in rows:
        yield writer.writerow(["" if row[name] is None else row[name] for name in names])


def geojson_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A FeatureCollection of Points; events without coordinates are left out."""
    yield '{"type":"FeatureCollection","features":['
    first = True
    for row in rows:
        latitude, longitude = row.get("latitude"), row.get("longitude")
        if latitude is None or longitude is None:
            continue
        feature = {
            "type": "Feature",
            "id": row.get("event_id_cnty"),
            "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
            "properties": row,
        }
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "]}\n"


def export_response(queryset: QuerySet, request: Request, export_format: str) -> Any:
    """A streamed CSV or GeoJSON response over the filtered, ordered queryset."""
    columns = chosen_columns(request)
    if export_format == "geojson":
        # Points need coordinates and features an id, whatever the chosen properties.
        needed = ["event_id_cnty", "latitude", "longitude"]
        columns = [*(_BY_NAME[n] for n in needed if _BY_NAME[n] not in columns), *columns]
        rows = export_rows(queryset, columns)
        response = StreamingHttpResponse(geojson_chunks(rows), content_type="application/geo+json")
        filename = "events.geojson"
    else:
        rows = export_rows(queryset, columns)
        response = StreamingHttpResponse(
            csv_chunks(rows, [c.name for c in columns]), content_type="text/csv; charset=utf-8"
        )
        filename = "events.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

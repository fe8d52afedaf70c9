"""Streamed CSV and GeoJSON exports of events.

Rows come as tuples from `.values_list()` over a server-side cursor (`.iterator(chunk_size=...)`),
become lists of cells and are written out a few hundred at a time: an export of 100,000 events
never holds more than one chunk in memory, and costs one write per chunk, not one per row.
Exports are not paginated; they stop at `settings.EXPORT_MAX_ROWS` rows.

CSV column names follow ACLED's export where a field means the same thing (`event_id_cnty`,
`event_date`, `year`, `time_precision`, ..., `timestamp`), so scripts written for ACLED read it;
ConflictDB's own fields follow. Where ACLED writes 0 for unknown fatalities, we leave the cell
empty: unknown is not zero.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import batched
from operator import itemgetter
from typing import Any

import orjson
import pycountry
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db.models import Func, OuterRef, Q, QuerySet, StringAgg, Subquery, TextField, Value
from django.http import StreamingHttpResponse
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from events.choices import ActorRole
from events.models import EventActor, EventReport

CHUNK_SIZE = 2000  # rows fetched from the server-side cursor at a time
ROWS_PER_CHUNK = 500  # rows written to the response at a time: one write each, not one a row
LIST_SEPARATOR = "; "  # ACLED's separator inside assoc_actor_* cells
ACTOR_COLUMN_ROLES = (ActorRole.PERPETRATOR, ActorRole.ASSOCIATED, ActorRole.TARGET)


def _actor_names() -> Subquery:
    """[actor1, assoc_actor_1, actor2] of each event: the names in each role, `; `-joined.

    One lookup of the event's actors for the three columns; a subquery per role looked them up
    three times, a third of an export's database time.
    """
    by_role = [
        StringAgg("actor__name", Value(LIST_SEPARATOR), order_by="actor__name", filter=Q(role=role))
        for role in ACTOR_COLUMN_ROLES
    ]
    names = (
        EventActor.objects.filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(names=Func(*by_role, template="ARRAY[%(expressions)s]"))
        .values("names")
    )
    return Subquery(names, output_field=ArrayField(TextField()))


def _role_names(position: int) -> Callable[[list[str | None] | None], str | None]:
    """The names in one role, from _actor_names (None when the event has no actors at all)."""
    return lambda by_role: by_role[position] if by_role else None


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
    """One export column: the database value it reads and how to turn that into the cell (None:
    as it is)."""

    name: str
    source: str
    convert: Callable[[Any], Any] | None = None


# Looked up once per country code, not once per row.
@cache
def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.name if country else code


@cache
def _country_iso_numeric(code: str) -> int | None:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return int(country.numeric) if country else None


def _iso_date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _year(day: dt.date | None) -> int | None:
    return day.year if day else None


def _unix_time(moment: dt.datetime) -> int:
    return int(moment.timestamp())


def _joined(values: list[str] | None) -> str:
    return LIST_SEPARATOR.join(values or [])


COLUMNS: tuple[Column, ...] = (
    Column("event_id_cnty", "public_id", str),
    Column("event_date", "event_date", _iso_date),
    Column("year", "event_date", _year),
    Column("time_precision", "date_precision"),
    Column("disorder_type", "disorder_type"),
    Column("event_type", "event_type"),
    Column("sub_event_type", "sub_event_type"),
    Column("actor1", "actor_names", _role_names(0)),
    Column("assoc_actor_1", "actor_names", _role_names(1)),
    Column("actor2", "actor_names", _role_names(2)),
    Column("assoc_actor_2", "blank"),
    Column("iso", "country", _country_iso_numeric),
    Column("country", "country", _country_name),
    Column("admin1", "admin1"),
    Column("admin2", "blank"),
    Column("location", "city"),
    Column("latitude", "latitude"),
    Column("longitude", "longitude"),
    Column("geo_precision", "geo_precision"),
    Column("source", "source"),
    Column("notes", "summary"),
    Column("fatalities", "fatalities"),
    Column("timestamp", "updated_at", _unix_time),
    # ConflictDB's own columns.
    Column("country_code", "country"),
    Column("injured", "injured"),
    Column("children_killed", "children_killed"),
    Column("children_injured", "children_injured"),
    Column("weapons", "weapons", _joined),
    Column("districts", "districts", _joined),
    Column("review_status", "review_status"),
    Column("confidence", "confidence"),
)
COLUMN_NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)
_BY_NAME = {column.name: column for column in COLUMNS}
# Computed in SQL, only when a chosen column needs them.
_ANNOTATIONS: dict[str, Callable[[], Any]] = {
    "actor_names": _actor_names,
    "source": _source_names,
    "blank": lambda: Value(""),  # ACLED columns we have nothing for
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


def export_rows(queryset: QuerySet, columns: list[Column]) -> Iterator[list[Any]]:
    """Rows as lists of cells in column order, read as tuples through a server-side cursor."""
    sources = list(dict.fromkeys(column.source for column in columns))
    annotations = {name: _ANNOTATIONS[name]() for name in sources if name in _ANNOTATIONS}
    values = queryset.annotate(**annotations).values_list(*sources)
    positions = [sources.index(column.source) for column in columns]
    # One C call picks the cells of a row; only the columns that convert cost a Python call.
    # (itemgetter of a single index returns the value, not a tuple.)
    pick = itemgetter(*positions) if len(positions) > 1 else lambda row: (row[positions[0]],)
    converts = [(i, column.convert) for i, column in enumerate(columns) if column.convert]
    for row in values[: settings.EXPORT_MAX_ROWS].iterator(chunk_size=CHUNK_SIZE):
        cells = list(pick(row))
        for i, convert in converts:
            cells[i] = convert(cells[i])
        yield cells


def _drain(buffer: io.StringIO) -> bytes:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text.encode()


def csv_chunks(rows: Iterable[list[Any]], names: list[str]) -> Iterator[bytes]:
    """CSV in chunks of ROWS_PER_CHUNK rows (the csv module writes None as an empty cell)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(names)
    for batch in batched(rows, ROWS_PER_CHUNK):
        writer.writerows(batch)
        yield _drain(buffer)
    if buffer.tell():  # no rows: the header alone
        yield _drain(buffer)


def geojson_chunks(rows: Iterable[list[Any]], names: list[str]) -> Iterator[bytes]:
    """A FeatureCollection of Points; events without coordinates are left out."""
    yield b'{"type":"FeatureCollection","features":['
    first = True
    for batch in batched(rows, ROWS_PER_CHUNK):
        features = []
        for row in batch:
            properties = dict(zip(names, row, strict=True))
            latitude, longitude = properties["latitude"], properties["longitude"]
            if latitude is None or longitude is None:
                continue
            feature = {
                "type": "Feature",
                "id": properties["event_id_cnty"],
                "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
                "properties": properties,
            }
            features.append(orjson.dumps(feature))
        if features:
            yield (b"" if first else b",") + b",".join(features)
            first = False
    yield b"]}\n"


def export_response(queryset: QuerySet, request: Request, export_format: str) -> Any:
    """A streamed CSV or GeoJSON response over the filtered, ordered queryset."""
    columns = chosen_columns(request)
    if export_format == "geojson":
        # Points need coordinates and features an id, whatever the chosen properties.
        needed = ["event_id_cnty", "latitude", "longitude"]
        columns = [*(_BY_NAME[n] for n in needed if _BY_NAME[n] not in columns), *columns]
    rows = export_rows(queryset, columns)
    names = [column.name for column in columns]
    if export_format == "geojson":
        chunks, content_type = geojson_chunks(rows, names), "application/geo+json"
        filename = "events.geojson"
    else:
        chunks, content_type = csv_chunks(rows, names), "text/csv; charset=utf-8"
        filename = "events.csv"
    response = StreamingHttpResponse(chunks, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

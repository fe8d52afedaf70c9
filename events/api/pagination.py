"""Keyset (cursor) pagination: stable deep paging while new rows arrive.

A page ends at a row; the `next` link carries that row's ordering value and id, and the next
page starts strictly after it (`WHERE (event_date, id) < (d, i)` for the default ordering, NULL
values last). Inserts and deletes elsewhere never shift a page the way OFFSET would, and every
page costs the same however deep it is. COUNT(*) over a large filtered table is the expensive
part, so the total `count` is given on the first page (no `cursor`) only where it is cheap, up
to API_COUNT_LIMIT rows (events.api.counting); `count=true` asks for the exact count on any page,
`count=false` skips it.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Q, QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from events.api.counting import cheap_count

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class Ordering:
    """One ordering key (a field or annotation) and its direction; the row id breaks ties."""

    name: str  # as written in ?ordering=, e.g. "-fatalities"
    field: str
    descending: bool

    def apply(self, queryset: QuerySet) -> QuerySet:
        if self.descending:
            return queryset.order_by(F(self.field).desc(nulls_last=True), F("pk").desc())
        return queryset.order_by(F(self.field).asc(nulls_last=True), F("pk").asc())

    def after(self, value: Any, pk: int) -> list[Q]:
        """Rows that come after (value, pk) in this ordering, NULL values last, as consecutive
        segments: the values after the cursor, then the NULL values.

        Each segment is one index range (`field <= value AND (field < value OR id < pk)`); an OR
        with `field IS NULL` in one query would make PostgreSQL walk the index from the start,
        so a deep page would cost as much as all the pages before it.
        """
        op = "lt" if self.descending else "gt"
        if value is None:
            return [Q(**{f"{self.field}__isnull": True, f"pk__{op}": pk})]
        return [
            Q(**{f"{self.field}__{op}e": value})
            & (Q(**{f"{self.field}__{op}": value}) | Q(**{f"pk__{op}": pk})),
            Q(**{f"{self.field}__isnull": True}),
        ]


def ordering_choices(view: Any) -> list[str]:
    names = list(getattr(view, "ordering_fields", {}))
    return [prefix + name for name in names for prefix in ("", "-")]


def resolve_ordering(request: Request, view: Any, queryset: QuerySet) -> Ordering:
    """The ordering asked for with ?ordering=, or the view's default (relevance with q)."""
    fields: dict[str, str] = getattr(view, "ordering_fields", {})
    raw = request.query_params.get("ordering", "").strip()
    if not raw:
        if "rank" in queryset.query.annotations:
            return Ordering("-rank", "rank", True)
        raw = view.ordering
    name = raw.removeprefix("-")
    if "," in raw or name not in fields:
        raise ValidationError(
            {"ordering": [f"Order by one of: {', '.join(ordering_choices(view))}."]}
        )
    return Ordering(raw, fields[name], raw.startswith("-"))


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


class KeysetPagination(BasePagination):
    """Cursor pagination over (ordering value, id), with a bounded page size."""

    cursor_query_param = "cursor"
    page_size_query_param = "page_size"

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return DEFAULT_PAGE_SIZE
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE_SIZE:
            raise ValidationError(
                {"page_size": [f"Expected a whole number from 1 to {MAX_PAGE_SIZE}."]}
            )
        return int(raw)

    def total(self, queryset: QuerySet, request: Request, has_cursor: bool) -> int | None:
        """The exact count with count=true; none with count=false or past the first page;
        by default, on the first page, the count where it is cheap (events.api.counting)."""
        raw = request.query_params.get("count")
        if raw is not None and raw not in ("true", "false"):
            raise ValidationError({"count": ["Expected true or false."]})
        if raw == "true":
            return queryset.count()
        if raw == "false" or has_cursor:
            return None
        return cheap_count(queryset)

    def decode_cursor(self, raw: str, ordering: Ordering) -> tuple[Any, int]:
        try:
            padded = raw + "=" * (-len(raw) % 4)
            data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
            name, value, pk = data["o"], data["v"], data["i"]
        except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error):
            raise ValidationError({"cursor": ["Invalid cursor."]}) from None
        if name != ordering.name or not isinstance(pk, int):
            raise ValidationError(
                {"cursor": ["The cursor belongs to another ordering; start again without it."]}
            )
        return value, pk

    def encode_cursor(self, ordering: Ordering, row: Any) -> str:
        """The position after `row`, a model instance or a `.values()` dict."""
        if isinstance(row, dict):
            value, pk = row[ordering.field], row["id"]
        else:
            value, pk = getattr(row, ordering.field), row.pk
        payload = json.dumps(
            {"o": ordering.name, "v": _json_value(value), "i": pk}, separators=(",", ":")
        )
        return base64.urlsafe_b64encode(payload.encode()).decode("ascii").rstrip("=")

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list:
        self.request = request
        page_size = self.get_page_size(request)
        ordering = resolve_ordering(request, view, queryset)
        raw_cursor = request.query_params.get(self.cursor_query_param)
        self.count = self.total(queryset, request, bool(raw_cursor))
        segments = [queryset]
        if raw_cursor:
            value, pk = self.decode_cursor(raw_cursor, ordering)
            try:
                segments = [queryset.filter(after) for after in ordering.after(value, pk)]
            except (ValueError, TypeError, DjangoValidationError):
                raise ValidationError({"cursor": ["Invalid cursor."]}) from None
        rows: list = []
        for segment in segments:
            rows += ordering.apply(segment)[: page_size + 1 - len(rows)]
            if len(rows) > page_size:
                break
        page = rows[:page_size]
        self.next_cursor = self.encode_cursor(ordering, page[-1]) if len(rows) > page_size else None
        return page

    def get_next_link(self) -> str | None:
        if self.next_cursor is None:
            return None
        url = self.request.build_absolute_uri()
        url = remove_query_param(url, "count")
        return replace_query_param(url, self.cursor_query_param, self.next_cursor)

    def get_paginated_response(self, data: list) -> Response:
        return Response(
            OrderedDict([("count", self.count), ("next", self.get_next_link()), ("results", data)])
        )

    def get_paginated_response_schema(self, schema: dict) -> dict:
        return {
            "type": "object",
            "required": ["count", "next", "results"],
            "properties": {
                "count": {
                    "type": "integer",
                    "nullable": True,
                    "example": 1234,
                    "description": (
                        "Total matching rows: exact with count=true; on the first page by "
                        "default only when few rows match (10,000 unless the server sets "
                        "API_COUNT_LIMIT), else null."
                    ),
                },
                "next": {
                    "type": "string",
                    "format": "uri",
                    "nullable": True,
                    "description": "The next page; null on the last page.",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict]:
        return [
            {
                "name": "cursor",
                "required": False,
                "in": "query",
                "description": "Opaque position from a `next` link.",
                "schema": {"type": "string"},
            },
            {
                "name": "page_size",
                "required": False,
                "in": "query",
                "description": f"Rows per page (default {DEFAULT_PAGE_SIZE}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
            {
                "name": "count",
                "required": False,
                "in": "query",
                "description": (
                    "true: the exact total count on any page; false: none (default: on the "
                    "first page where counting is cheap)."
                ),
                "schema": {"type": "string", "enum": ["true", "false"]},
            },
            {
                "name": "ordering",
                "required": False,
                "in": "query",
                "description": (
                    "One field, `-` for descending; ties broken by id, empty values last. "
                    f"Default `{view.ordering}`."
                ),
                "schema": {"type": "string", "enum": ordering_choices(view)},
            },
        ]

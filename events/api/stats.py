"""Aggregations of filtered events: counts, fatalities and injured per group, in SQL.

Groupings aggregate the filtered events directly: filters narrow events with semi-joins
(`id IN (...)`) and never join, so no event counts twice, and a country and period are read
straight from an index instead of matching every filtered id back to its row. Time groupings
return a continuous series between the requested dates (or the first and last event date):
`generate_series` supplies the empty days, weeks or months, which come back as zeros. Weeks
start on Monday (ISO 8601).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pycountry
from django.db import connection
from django.db.models import Count, DateField, F, Max, Min, QuerySet, Sum, Value
from django.db.models.functions import Coalesce, TruncDay, TruncMonth, TruncWeek
from rest_framework.exceptions import ValidationError

from events.models import Actor, Event, EventActor

TIME_GROUPINGS = {"day": TruncDay, "week": TruncWeek, "month": TruncMonth}
FIELD_GROUPINGS = ("country", "admin1", "city", "event_type", "sub_event_type")
GROUPINGS = (*TIME_GROUPINGS, *FIELD_GROUPINGS, "actor")
MAX_SERIES_LENGTH = 20_000


def _totals() -> dict[str, Any]:
    # COUNT(*), not COUNT(id): a country and period are then read from event_country_stats_idx
    # alone (it includes the figures but not the id).
    return {
        "events": Count("*"),
        "fatalities": Coalesce(Sum("fatalities"), Value(0)),
        "injured": Coalesce(Sum("injured"), Value(0)),
    }


def _series_start(group_by: str, day: dt.date) -> dt.date:
    if group_by == "week":
        return day - dt.timedelta(days=day.weekday())
    if group_by == "month":
        return day.replace(day=1)
    return day


def _series_length(group_by: str, start: dt.date, end: dt.date) -> int:
    if group_by == "month":
        return (end.year - start.year) * 12 + end.month - start.month + 1
    return (end - start).days // (7 if group_by == "week" else 1) + 1


def time_series(
    events: QuerySet, group_by: str, date_from: dt.date | None, date_to: dt.date | None
) -> list[dict[str, Any]]:
    if date_from is None or date_to is None:
        bounds = events.aggregate(first=Min("event_date"), last=Max("event_date"))
        date_from = date_from or bounds["first"]
        date_to = date_to or bounds["last"]
    if date_from is None or date_to is None or date_from > date_to:
        return []
    start, end = _series_start(group_by, date_from), _series_start(group_by, date_to)
    if _series_length(group_by, start, end) > MAX_SERIES_LENGTH:
        raise ValidationError(
            {"group_by": [f"More than {MAX_SERIES_LENGTH} {group_by}s; narrow the dates."]}
        )
    # A date is its own day: grouping by the column spares a DATE_TRUNC on every row.
    trunc = (
        F("event_date")
        if group_by == "day"
        else TIME_GROUPINGS[group_by]("event_date", output_field=DateField())
    )
    buckets = (
        events.exclude(event_date=None)
        .annotate(bucket=trunc)
        .order_by()
        .values("bucket")
        .annotate(**_totals())
    )
    buckets_sql, params = buckets.query.sql_with_params()
    sql = f"""
        WITH buckets AS ({buckets_sql})
        SELECT series.day::date, COALESCE(buckets.events, 0),
               COALESCE(buckets.fatalities, 0), COALESCE(buckets.injured, 0)
        FROM generate_series(%s::timestamp, %s::timestamp, %s::interval) AS series(day)
        LEFT JOIN buckets ON buckets.bucket = series.day::date
        ORDER BY series.day
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, start, end, f"1 {group_by}"])
        return [
            {
                "key": day.isoformat(),
                "label": day.isoformat(),
                "events": n,
                "fatalities": f,
                "injured": i,
            }
            for day, n, f, i in cursor.fetchall()
        ]


def _label(group_by: str, key: str) -> str:
    if group_by == "country" and key:
        country = pycountry.countries.get(alpha_2=key)
        return country.name if country else key
    return key


def field_groups(events: QuerySet, group_by: str) -> list[dict[str, Any]]:
    rows = events.order_by().values(group_by).annotate(**_totals()).order_by("-events", group_by)
    return [
        {
            "key": row[group_by],
            "label": _label(group_by, row[group_by]),
            "events": row["events"],
            "fatalities": row["fatalities"],
            "injured": row["injured"],
        }
        for row in rows
    ]


def actor_groups(event_ids: QuerySet, roles: list[str]) -> list[dict[str, Any]]:
    """Per actor, the events it took part in (in the given roles, or any), each counted once."""
    ids_sql, params = event_ids.query.sql_with_params()
    role_clause = "AND link.role = ANY(%s)" if roles else ""
    sql = f"""
        SELECT actor.id, actor.name, COUNT(*), COALESCE(SUM(event.fatalities), 0),
               COALESCE(SUM(event.injured), 0)
        FROM (
            SELECT DISTINCT link.event_id, link.actor_id
            FROM {EventActor._meta.db_table} AS link
            WHERE link.event_id IN ({ids_sql}) {role_clause}
        ) AS pairs
        JOIN {Actor._meta.db_table} AS actor ON actor.id = pairs.actor_id
        JOIN {Event._meta.db_table} AS event ON event.id = pairs.event_id
        GROUP BY actor.id, actor.name
        ORDER BY COUNT(*) DESC, actor.name
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, roles] if roles else list(params))
        return [
            {"key": str(pk), "label": name, "events": n, "fatalities": f, "injured": i}
            for pk, name, n, f, i in cursor.fetchall()
        ]


def event_stats(
    filtered: QuerySet,
    group_by: str,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    roles: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Rows of key, label, events, fatalities and injured for the filtered events."""
    if group_by not in GROUPINGS:
        raise ValidationError({"group_by": [f"Group by one of: {', '.join(GROUPINGS)}."]})
    events = filtered.order_by()
    if group_by == "actor":
        return actor_groups(events.values("pk"), roles or [])
    if group_by in TIME_GROUPINGS:
        return time_series(events, group_by, date_from, date_to)
    return field_groups(events, group_by)

"""The event list's read path: a page of events as plain dicts, without model instances.

The page comes from `.values()` and its actors and reports from one batched `.values_list()`
query each; the dicts are built here with EventSerializer's fields, order and formats, so the
JSON is the same bytes (tests/api/test_event_rows.py holds them to it). EventSerializer stays
the schema and serves single events. Model instances and nested serializers took most of a list
request's time: about 3,000 serializer calls for a page of 50 events (docs/benchmarks.md).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from events.models import EventActor, EventReport

EVENT_VALUES = (
    "id", "public_id", "event_date", "date_precision", "disorder_type", "event_type",
    "sub_event_type", "country", "admin1", "city", "districts", "latitude", "longitude",
    "geo_precision", "fatalities", "injured", "children_killed", "children_injured",
    "fatalities_low", "fatalities_high", "injured_low", "injured_high", "weapons", "summary",
    "review_status", "confidence", "curated_fields", "created_at", "updated_at",
)  # fmt: skip
ACTOR_VALUES = ("event_id", "actor_id", "actor__name", "actor__kind", "actor__country", "role")
REPORT_VALUES = (
    "event_id", "id", "article_id", "article__url", "article__title", "article__source_name",
    "article__published_at", "event_date", "fatalities", "injured", "children_killed",
    "children_injured", "evidence", "extractor_version", "created_at",
)  # fmt: skip


def event_values(events: QuerySet) -> QuerySet:
    """The columns a listed event needs, and the relevance rank a `q` search orders by."""
    rank = ("rank",) if "rank" in events.query.annotations else ()
    return events.values(*EVENT_VALUES, *rank)


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _timestamp(value: dt.datetime | None, zone: dt.tzinfo) -> str | None:
    """As DRF's DateTimeField: ISO 8601 in the current time zone, UTC written as Z."""
    if value is None:
        return None
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _actors(event_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    links = (
        EventActor.objects.filter(event_id__in=event_ids)
        .order_by("role", "actor__name")
        .values_list(*ACTOR_VALUES)
    )
    actors = defaultdict(list)
    for event_id, actor_id, name, kind, country, role in links:
        actors[event_id].append(
            {"id": actor_id, "name": name, "kind": kind, "country": country, "role": role}
        )
    return actors


def _reports(event_ids: list[int], zone: dt.tzinfo) -> dict[int, list[dict[str, Any]]]:
    rows = (
        EventReport.objects.filter(event_id__in=event_ids)
        .order_by("created_at")
        .values_list(*REPORT_VALUES)
    )
    reports = defaultdict(list)
    for (
        event_id, report_id, article_id, url, title, source_name, published_at, event_date,
        fatalities, injured, children_killed, children_injured, evidence, extractor_version,
        created_at,
    ) in rows:  # fmt: skip
        reports[event_id].append(
            {
                "id": report_id,
                "article": {
                    "id": article_id,
                    "url": url,
                    "title": title,
                    "source_name": source_name,
                    "published_at": _timestamp(published_at, zone),
                },
                "event_date": _date(event_date),
                "fatalities": fatalities,
                "injured": injured,
                "children_killed": children_killed,
                "children_injured": children_injured,
                "evidence": evidence,
                "extractor_version": extractor_version,
                "created_at": _timestamp(created_at, zone),
            }
        )
    return reports


def event_dicts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """EventSerializer's representation of each event row, actors and reports included."""
    ids = [row["id"] for row in rows]
    zone = timezone.get_current_timezone()  # looked up once, not for every timestamp
    actors, reports = _actors(ids), _reports(ids, zone)
    return [
        {
            "id": str(row["public_id"]),
            "event_date": _date(row["event_date"]),
            "date_precision": row["date_precision"],
            "disorder_type": row["disorder_type"],
            "event_type": row["event_type"],
            "sub_event_type": row["sub_event_type"],
            "country": row["country"],
            "admin1": row["admin1"],
            "city": row["city"],
            "district": ", ".join(row["districts"]) or None,
            "districts": row["districts"],
            "latitude": row["latitude"],
            "longitude": row["longitude"],
            "geo_precision": row["geo_precision"],
            "fatalities": row["fatalities"],
            "injured": row["injured"],
            "children_killed": row["children_killed"],
            "children_injured": row["children_injured"],
            "fatalities_low": row["fatalities_low"],
            "fatalities_high": row["fatalities_high"],
            "injured_low": row["injured_low"],
            "injured_high": row["injured_high"],
            "weapons": row["weapons"],
            "summary": row["summary"],
            "review_status": row["review_status"],
            "confidence": row["confidence"],
            "curated_fields": row["curated_fields"],
            "actors": actors[row["id"]],
            "reports": reports[row["id"]],
            "created_at": _timestamp(row["created_at"], zone),
            "updated_at": _timestamp(row["updated_at"], zone),
        }
        for row in rows
    ]

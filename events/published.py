"""The plausible range of an article's publication time, shared by the API and file ingestion.

From 1900-01-01 (UTC) to one day after now: older dates are typing errors (year 0025), later
ones are not news yet (2099); the day of slack absorbs time zones and clock skew.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from django.utils import timezone

EARLIEST_PUBLISHED = datetime(1900, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)


def as_datetime(value: datetime | date) -> datetime:
    """A bare date is midnight UTC of that day; a naive date-time is taken as UTC."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time(0, 0), tzinfo=UTC)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def published_at_problem(value: datetime | date | None) -> str | None:
    """Why this publication time is implausible, or None when it is fine (or absent)."""
    if value is None:
        return None
    moment = as_datetime(value)
    latest = timezone.now() + FUTURE_SLACK
    if not EARLIEST_PUBLISHED <= moment <= latest:
        return (
            f"must be between {EARLIEST_PUBLISHED.date().isoformat()} and one day from now "
            f"({latest.date().isoformat()}); got {moment.date().isoformat()}"
        )
    return None

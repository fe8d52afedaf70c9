"""Database writes for feed sources: claiming polls, recording entries and outcomes."""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import DateTimeField, DurationField, ExpressionWrapper, F, Q, Value
from django.utils import timezone

from events.choices import SourcePollStatus
from events.models import Source, SourceEntry
from ingest.feeds import FeedEntry
from ingest.submit import RejectedArticle, submit_article
from ingest.urlnorm import is_http_url


class EntryOutcome(enum.Enum):
    SEEN = "seen"  # this feed listed it before
    KNOWN = "known"  # first time in this feed, but the article was already stored
    NEW = "new"  # a new article, sent to be fetched


class SourceExists(ValueError):
    """A source with this feed URL is already registered."""


def add_source(
    name: str, feed_url: str, *, interval_minutes: int = 30, active: bool = True
) -> Source:
    """Register a feed; raises ValueError for a non-http(s) URL, SourceExists for a known one."""
    if not is_http_url(feed_url):
        raise ValueError("the feed URL must be an http or https URL")
    try:
        with transaction.atomic():
            return Source.objects.create(
                name=name, feed_url=feed_url, poll_interval_minutes=interval_minutes, active=active
            )
    except IntegrityError:
        raise SourceExists(f"a source already polls {feed_url}") from None


def due(now: datetime) -> Q:
    """Active sources never polled, or last polled at least their interval before `now`."""
    interval = ExpressionWrapper(
        F("poll_interval_minutes") * timedelta(minutes=1), output_field=DurationField()
    )
    cutoff = ExpressionWrapper(
        Value(now, output_field=DateTimeField()) - interval, output_field=DateTimeField()
    )
    return Q(active=True) & (Q(last_polled_at__isnull=True) | Q(last_polled_at__lte=cutoff))


def claim_due_sources(now: datetime | None = None) -> list[int]:
    """Due sources, each claimed by recording its poll start with a conditional update, so that
    two beat ticks (or two schedulers) never poll one source twice."""
    now = now or timezone.now()
    candidates = Source.objects.filter(due(now)).order_by("last_polled_at", "id")
    claimed = []
    for source_id in candidates.values_list("id", flat=True):
        with transaction.atomic():
            if Source.objects.filter(due(now), pk=source_id).update(last_polled_at=now):
                claimed.append(source_id)
    return claimed


def mark_poll_started(source_id: int) -> None:
    """A poll asked for by hand (command, admin): recorded like a scheduled one."""
    with transaction.atomic():
        Source.objects.filter(pk=source_id).update(last_polled_at=timezone.now())


def record_entry(source: Source, entry: FeedEntry) -> EntryOutcome:
    """Remember the entry and submit its article, once: the (source, guid) constraint decides."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                recorded = SourceEntry.objects.create(source=source, guid=entry.guid, url=entry.url)
        except IntegrityError:
            return EntryOutcome.SEEN
        try:
            stored = submit_article(
                url=entry.url,
                title=entry.title,
                published_at=entry.published_at,
                source_name=source.name,
            )
        except RejectedArticle:
            return EntryOutcome.KNOWN
        recorded.article = stored.article
        recorded.save(update_fields=["article"])
        Source.objects.filter(pk=source.pk).update(entries_seen=F("entries_seen") + 1)
    return EntryOutcome.NEW if stored.created else EntryOutcome.KNOWN


def seen_guids(source: Source, guids: list[str]) -> set[str]:
    """A shortcut that skips entries already recorded; the constraint remains the guard."""
    return set(
        SourceEntry.objects.filter(source=source, guid__in=guids).values_list("guid", flat=True)
    )


def record_ok(
    source_id: int, *, etag: str, last_modified: str, new_entries: int, problem: str = ""
) -> None:
    with transaction.atomic():
        Source.objects.filter(pk=source_id).update(
            last_status=SourcePollStatus.OK,
            last_error=problem[:5000],
            etag=etag[:500],
            last_modified=last_modified[:100],
            last_new_entries=new_entries,
            updated_at=timezone.now(),
        )


def record_not_modified(source_id: int) -> None:
    with transaction.atomic():
        Source.objects.filter(pk=source_id).update(
            last_status=SourcePollStatus.NOT_MODIFIED,
            last_error="",
            last_new_entries=0,
            updated_at=timezone.now(),
        )


def record_error(source_id: int, error: str) -> None:
    with transaction.atomic():
        Source.objects.filter(pk=source_id).update(
            last_status=SourcePollStatus.ERROR,
            last_error=error[:5000],
            last_new_entries=0,
            updated_at=timezone.now(),
        )

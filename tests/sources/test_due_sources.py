"""Celery beat polls each active source once its interval has elapsed, and only once."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from events.models import Source
from ingest.sources import claim_due_sources


def test_due_sources_are_claimed_once(db):
    now = timezone.now()
    never = Source.objects.create(name="never", feed_url="https://a.example/feed")
    elapsed = Source.objects.create(
        name="elapsed", feed_url="https://b.example/feed", poll_interval_minutes=10
    )
    recent = Source.objects.create(
        name="recent", feed_url="https://c.example/feed", poll_interval_minutes=10
    )
    inactive = Source.objects.create(name="off", feed_url="https://d.example/feed", active=False)
    Source.objects.filter(pk=elapsed.pk).update(last_polled_at=now - timedelta(minutes=11))
    Source.objects.filter(pk=recent.pk).update(last_polled_at=now - timedelta(minutes=9))
    assert sorted(claim_due_sources(now)) == sorted([never.pk, elapsed.pk])
    assert claim_due_sources(now) == []
    never.refresh_from_db()
    assert never.last_polled_at == now
    assert inactive.pk not in claim_due_sources(now + timedelta(days=1))


def test_beat_schedule_runs_the_poller_every_minute(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["poll-due-sources"]
    assert entry == {"task": "ingest.tasks.poll_due_sources", "schedule": 60.0}

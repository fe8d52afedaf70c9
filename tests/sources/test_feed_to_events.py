"""The whole path: a feed is polled, its articles fetched and read, and events stored."""

from __future__ import annotations

import pytest

from events.choices import ArticleStatus
from events.models import Article, Event, Source
from ingest.tasks import poll_due_sources

pytestmark = pytest.mark.django_db


def test_polled_feed_becomes_events(web, django_capture_on_commit_callbacks):
    web.feed("/feed.rss", "feed.rss")
    web.page("/news/kyiv-strike", "kyiv_strike.html")
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    Source.objects.create(name="Example Wire", feed_url=web.url("/feed.rss"))
    with django_capture_on_commit_callbacks(execute=True):
        poll_due_sources.delay()
    articles = Article.objects.order_by("published_at")
    assert [a.status for a in articles] == [ArticleStatus.DONE, ArticleStatus.DONE], [
        a.error for a in articles
    ]
    cities = set(Event.objects.values_list("city", flat=True))
    assert {"Kyiv", "Maiduguri"} <= cities, cities
    kyiv = Event.objects.get(city="Kyiv")
    assert kyiv.fatalities == 5
    assert kyiv.reports.get().article.url == web.url("/news/kyiv-strike")
    # Polling again fetches the feed but no page, and stores nothing new.
    counts = (Article.objects.count(), Event.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        Source.objects.update(last_polled_at=None)
        poll_due_sources.delay()
    assert (Article.objects.count(), Event.objects.count()) == counts
    assert len(web.hits("/news/kyiv-strike")) == 1

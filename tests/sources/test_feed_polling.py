"""Polling a feed: new entries enqueued once, conditional GET, and errors recorded."""

from __future__ import annotations

import pytest

from events.choices import SourcePollStatus
from events.models import Article, Source, SourceEntry
from ingest.polling import poll
from tests.sources.conftest import Route

pytestmark = pytest.mark.django_db


def _source(web, path="/feed.rss", name="Example Wire") -> Source:
    return Source.objects.create(name=name, feed_url=web.url(path))


def test_new_entries_become_url_articles_with_the_feed_metadata(web):
    web.feed("/feed.rss", "feed.rss")
    source = _source(web)
    result = poll(source.pk)
    assert result.summary() == f"source {source.pk} Example Wire: ok, 2 entries, 2 new"
    source.refresh_from_db()
    assert (source.last_status, source.entries_seen, source.last_new_entries) == ("ok", 2, 2)
    kyiv = Article.objects.get(url=web.url("/news/kyiv-strike"))  # utm_* dropped
    assert kyiv.title == "Missile strike on Kyiv kills five"
    assert kyiv.source_name == "Example Wire"
    assert kyiv.published_at.isoformat() == "2025-04-24T07:30:00+00:00"
    assert set(SourceEntry.objects.values_list("guid", flat=True)) == {
        "example-wire-1001",
        "example-wire-1002",
    }


def test_the_same_entries_twice_create_nothing(web):
    web.feed("/feed.rss", "feed.rss")
    source = _source(web)
    poll(source.pk)
    counts = (Article.objects.count(), SourceEntry.objects.count())
    result = poll(source.pk)
    assert result.new == 0
    assert (Article.objects.count(), SourceEntry.objects.count()) == counts
    source.refresh_from_db()
    assert source.entries_seen == 2


def test_an_entry_already_stored_by_url_is_not_enqueued_again(web):
    web.feed("/feed.atom", "feed.atom", content_type="application/atom+xml")
    Article.objects.create(
        url=web.url("/news/maiduguri-attack"), text="", content_hash="x", status="done"
    )
    result = poll(_source(web, "/feed.atom").pk)
    assert (result.entries, result.new) == (1, 0)
    assert Article.objects.count() == 1
    assert SourceEntry.objects.get().article is not None


def test_unchanged_feed_with_etag_answers_304_and_nothing_is_parsed(web):
    body = web.fixture("feed.rss")

    def conditional(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Route(status=304, headers={"ETag": '"v1"'})
        return None

    web.routes["/feed.rss"] = Route(
        body=body, content_type="application/rss+xml", headers={"ETag": '"v1"'}, handler=conditional
    )
    source = _source(web)
    poll(source.pk)
    result = poll(source.pk)
    assert result.status == SourcePollStatus.NOT_MODIFIED
    source.refresh_from_db()
    assert source.etag == '"v1"'
    assert source.last_status == SourcePollStatus.NOT_MODIFIED
    assert web.hits("/feed.rss")[1]["if-none-match"] == '"v1"'


def test_unchanged_feed_with_last_modified_answers_304(web):
    stamp = "Thu, 24 Apr 2025 08:00:00 GMT"

    def conditional(request):
        if request.headers.get("If-Modified-Since") == stamp:
            return Route(status=304)
        return None

    web.routes["/feed.rss"] = Route(
        body=web.fixture("feed.rss"),
        content_type="application/rss+xml",
        headers={"Last-Modified": stamp},
        handler=conditional,
    )
    source = _source(web)
    poll(source.pk)
    assert poll(source.pk).status == SourcePollStatus.NOT_MODIFIED
    assert web.hits("/feed.rss")[1]["if-modified-since"] == stamp
    assert "if-none-match" not in web.hits("/feed.rss")[1]


def test_malformed_feed_marks_the_source_with_the_error(web):
    web.feed("/broken.xml", "malformed.xml")
    source = _source(web, "/broken.xml")
    result = poll(source.pk)
    source.refresh_from_db()
    assert result.status == source.last_status == SourcePollStatus.ERROR
    assert "not well-formed" in source.last_error
    assert not Article.objects.exists()


def test_an_html_page_is_not_a_feed(web):
    web.page("/not-a-feed", "kyiv_strike.html")
    source = _source(web, "/not-a-feed")
    poll(source.pk)
    source.refresh_from_db()
    assert source.last_error.startswith("fetch failed: not an RSS or Atom feed")


def test_a_dead_feed_does_not_stop_the_others(web, django_capture_on_commit_callbacks):
    from ingest.tasks import poll_due_sources

    web.feed("/feed.rss", "feed.rss")
    web.page("/news/kyiv-strike", "kyiv_strike.html")
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    dead = _source(web, "/gone.rss", name="A Dead Feed")
    alive = _source(web)
    with django_capture_on_commit_callbacks(execute=True):
        poll_due_sources.delay()
    dead.refresh_from_db()
    alive.refresh_from_db()
    assert dead.last_status == SourcePollStatus.ERROR
    assert dead.last_error == "fetch failed: HTTP 404"
    assert alive.last_status == SourcePollStatus.OK
    assert alive.last_new_entries == 2

"""manage.py poll_sources and add_source."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from events.models import Source

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_add_source_registers_a_feed():
    output = _run("add_source", "Example Wire", "https://wire.example/feed.rss", "--interval", "10")
    source = Source.objects.get()
    assert output.startswith(f"source {source.pk} Example Wire: https://wire.example/feed.rss")
    assert source.poll_interval_minutes == 10
    with pytest.raises(CommandError, match="already polls"):
        _run("add_source", "Again", "https://wire.example/feed.rss")
    with pytest.raises(CommandError, match="http or https"):
        _run("add_source", "Bad", "file:///etc/passwd")


def test_poll_sources_prints_a_line_per_source_and_fails_when_one_failed(web):
    web.feed("/feed.rss", "feed.rss")
    good = Source.objects.create(name="Good", feed_url=web.url("/feed.rss"))
    bad = Source.objects.create(name="Bad", feed_url=web.url("/missing.rss"))
    with pytest.raises(CommandError, match="1 of 2 source"):
        _run("poll_sources", "--all")
    good.refresh_from_db()
    bad.refresh_from_db()
    assert (good.last_status, bad.last_status) == ("ok", "error")
    output = _run("poll_sources", "--source", str(good.pk))
    assert output.strip() == f"source {good.pk} Good: ok, 2 entries, 0 new"


def test_poll_sources_by_default_polls_only_due_sources(web):
    web.feed("/feed.rss", "feed.rss")
    Source.objects.create(name="Good", feed_url=web.url("/feed.rss"))
    assert "ok, 2 entries, 2 new" in _run("poll_sources")
    assert _run("poll_sources").strip() == "no source is due (--all polls every active source)"

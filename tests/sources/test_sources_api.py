"""/api/sources/: readers list and read sources; writers add, change and remove them."""

from __future__ import annotations

import pytest

from events.models import Source

pytestmark = pytest.mark.django_db


def test_anyone_may_list_sources_with_their_polling_state(
    api_client, django_assert_max_num_queries
):
    Source.objects.create(name="Example Wire", feed_url="https://wire.example/feed.rss")
    Source.objects.create(name="Other", feed_url="https://other.example/atom", active=False)
    with django_assert_max_num_queries(3):
        response = api_client.get("/api/sources/?active=true")
    assert response.status_code == 200
    (row,) = response.json()["results"]
    assert row["name"] == "Example Wire"
    assert set(row) >= {"last_polled_at", "last_status", "last_error", "entries_seen"}


def test_writing_needs_a_token(api_client):
    body = {"name": "X", "feed_url": "https://x.example/feed"}
    assert api_client.post("/api/sources/", body, format="json").status_code == 401


def test_a_writer_adds_changes_and_removes_a_source(token_client):
    created = token_client.post(
        "/api/sources/",
        {"name": "Wire", "feed_url": "https://wire.example/feed.rss", "poll_interval_minutes": 15},
        format="json",
    )
    assert created.status_code == 201, created.json()
    source_id = created.json()["id"]
    changed = token_client.patch(
        f"/api/sources/{source_id}/", {"active": False, "entries_seen": 99}, format="json"
    )
    assert changed.json()["active"] is False
    assert changed.json()["entries_seen"] == 0  # machine fields are read-only
    assert token_client.delete(f"/api/sources/{source_id}/").status_code == 204
    assert not Source.objects.exists()


@pytest.mark.parametrize(
    "body, field",
    [
        ({"name": "A", "feed_url": "ftp://wire.example/feed"}, "feed_url"),
        (
            {"name": "A", "feed_url": "https://wire.example/feed", "poll_interval_minutes": 0},
            "poll_interval_minutes",
        ),
        ({"feed_url": "https://wire.example/feed"}, "name"),
    ],
)
def test_bad_sources_name_the_field(token_client, body, field):
    response = token_client.post("/api/sources/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["fields"]


def test_a_feed_url_is_registered_once(token_client):
    body = {"name": "Wire", "feed_url": "https://wire.example/feed.rss"}
    assert token_client.post("/api/sources/", body, format="json").status_code == 201
    again = token_client.post("/api/sources/", body, format="json")
    assert again.status_code == 400
    assert "feed_url" in again.json()["fields"]


def test_sources_filter_by_status_and_text(api_client):
    Source.objects.create(name="Wire", feed_url="https://wire.example/rss", last_status="error")
    Source.objects.create(name="Daily", feed_url="https://daily.example/rss", last_status="ok")
    names = lambda q: [r["name"] for r in api_client.get(f"/api/sources/?{q}").json()["results"]]  # noqa: E731
    assert names("status=error") == ["Wire"]
    assert names("q=daily") == ["Daily"]
    assert api_client.get("/api/sources/?status=bogus").status_code == 400

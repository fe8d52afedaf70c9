"""The sources admin: list with polling columns, poll now, activate and deactivate."""

from __future__ import annotations

import pytest

from events.models import Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_logged(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.org", "pw-long-enough")
    client.force_login(user)
    return client


def test_source_list_shows_polling_state(admin_client_logged):
    Source.objects.create(
        name="Wire", feed_url="https://wire.example/rss", last_status="error", last_error="HTTP 500"
    )
    response = admin_client_logged.get("/admin/events/source/?last_status__exact=error")
    assert response.status_code == 200
    assert b"HTTP 500" in response.content


def test_poll_now_polls_the_selected_sources(admin_client_logged, web):
    web.feed("/feed.rss", "feed.rss")
    source = Source.objects.create(name="Wire", feed_url=web.url("/feed.rss"))
    admin_client_logged.post(
        "/admin/events/source/", {"action": "poll_now", "_selected_action": [source.pk]}
    )
    source.refresh_from_db()
    assert source.last_status == "ok"
    assert source.last_polled_at is not None


def test_activate_and_deactivate(admin_client_logged):
    source = Source.objects.create(name="Wire", feed_url="https://wire.example/rss")
    admin_client_logged.post(
        "/admin/events/source/", {"action": "deactivate", "_selected_action": [source.pk]}
    )
    source.refresh_from_db()
    assert source.active is False
    admin_client_logged.post(
        "/admin/events/source/", {"action": "activate", "_selected_action": [source.pk]}
    )
    source.refresh_from_db()
    assert source.active is True


def test_source_entries_and_source_pages_load(admin_client_logged):
    source = Source.objects.create(name="Wire", feed_url="https://wire.example/rss")
    assert admin_client_logged.get(f"/admin/events/source/{source.pk}/change/").status_code == 200
    assert admin_client_logged.get("/admin/events/sourceentry/").status_code == 200

"""Shared helpers for the hostile-input corpus: every case has one clear outcome, never a 500."""

from __future__ import annotations

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from events.models import Article

ARTICLE = (
    "Gunmen killed at least seven people in a village near Maiduguri on Saturday, police said."
)


@pytest.fixture
def writer_client(django_user_model) -> APIClient:
    """A token client whose user has no password (hashing one costs a second per test)."""
    user = django_user_model.objects.create(username="hostile-writer")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def submit(writer_client, monkeypatch):
    """POST /api/articles/ with a token; extraction is not enqueued."""
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)

    def post(data=None, content_type="application/json", **extra):
        return writer_client.generic(
            "POST", "/api/articles/", data=data or b"", content_type=content_type, **extra
        )

    return post


def assert_rejected(response, status: int, field: str | None = None) -> dict:
    """A JSON error with this status, naming the field when one is given; nothing stored."""
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["error"]
    if field is not None:
        assert field in body["fields"], body
    assert Article.objects.count() == 0
    return body


# Every list endpoint and the FilterSet whose `base_filters` are its filters.
def list_endpoints() -> dict[str, type]:
    from events.api.filters import (
        ActorFilterSet,
        ArticleFilterSet,
        EventFilterSet,
        EventRemovalFilterSet,
        StatementFilterSet,
    )

    return {
        "/api/events/": EventFilterSet,
        "/api/events/stats/?group_by=month": EventFilterSet,
        "/api/statements/": StatementFilterSet,
        "/api/actors/": ActorFilterSet,
        "/api/articles/": ArticleFilterSet,
        "/api/event-removals/": EventRemovalFilterSet,
    }


@pytest.fixture
def records(db):
    """One of everything the list endpoints serve, so filters run against real rows."""
    import uuid

    from events.models import EventRemoval, Statement
    from tests.factories import EventActorFactory, EventReportFactory

    link = EventActorFactory()
    report = EventReportFactory(event=link.event)
    Statement.objects.create(
        article=report.article,
        event=link.event,
        speaker=link.actor,
        text="We will rebuild.",
        start=0,
        end=16,
    )
    EventRemoval.objects.create(public_id=uuid.uuid4(), reason="deleted")
    return link.event


def assert_json_answer(response, allowed=(200, 400)) -> dict:
    """An answer in JSON with an allowed status; a 400 names the parameter at fault."""
    assert response.status_code in allowed, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    if response.status_code == 400:
        assert body["error"] and body["fields"], body
    return body

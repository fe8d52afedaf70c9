"""Writes need a token: anonymous writes are 401, read-only resources refuse every write method,
and a browser session cannot write without its CSRF token."""

import pytest

from events.models import Article
from tests.factories import ActorFactory, EventFactory

pytestmark = pytest.mark.django_db

METHODS = ["post", "put", "patch", "delete"]


def write_urls() -> list[str]:
    event = EventFactory()
    actor = ActorFactory()
    return [
        "/api/events/",
        f"/api/events/{event.public_id}/",
        "/api/statements/",
        "/api/actors/",
        f"/api/actors/{actor.pk}/",
        "/api/event-removals/",
        "/api/articles/",
    ]


@pytest.mark.parametrize("method", METHODS)
def test_anonymous_writes_are_refused(api_client, method):
    for url in write_urls():
        response = getattr(api_client, method)(url, {"text": "x"}, format="json")
        assert response.status_code in (401, 405), (url, response.status_code)
        assert response["Content-Type"] == "application/json"
    assert Article.objects.count() == 0


@pytest.mark.parametrize("method", METHODS)
def test_read_only_resources_refuse_writes_even_with_a_token(token_client, method):
    for url in write_urls():
        if url == "/api/articles/" and method == "post":
            continue
        response = getattr(token_client, method)(url, {"name": "x"}, format="json")
        assert response.status_code == 405, (url, method, response.status_code)
        assert response.json()["code"] == "method_not_allowed"


def test_a_bad_token_is_401_even_for_reads(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert api_client.get("/api/events/").status_code == 401
    assert api_client.post("/api/articles/", {"text": "x"}, format="json").status_code == 401


def test_a_session_cannot_write_without_its_csrf_token(django_user_model):
    from rest_framework.test import APIClient

    user = django_user_model.objects.create(username="browser")
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post("/api/articles/", {"text": "Shelling hit Kharkiv."}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]
    assert Article.objects.count() == 0

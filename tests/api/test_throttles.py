"""Every endpoint is throttled: over the anonymous or per-user rate the answer is 429 in JSON.

DRF reads THROTTLE_RATES into the throttle classes when they are defined, so the tests lower
the rates on the classes themselves (and clear the cache that holds the request history).
"""

import pytest
from django.core.cache import cache
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from tests.factories import ActorFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_rates(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/minute"})
    cache.clear()
    yield
    cache.clear()


def endpoints() -> list[str]:
    event = EventFactory()
    actor = ActorFactory()
    return [
        "/api/events/",
        f"/api/events/{event.public_id}/",
        "/api/events/stats/?group_by=month",
        "/api/events/?format=csv",
        "/api/events/?format=geojson",
        "/api/statements/",
        "/api/actors/",
        f"/api/actors/{actor.pk}/",
        "/api/articles/",
        "/api/event-removals/",
        "/api/schema/?format=json",
    ]


def assert_throttled(response) -> None:
    assert response.status_code == 429
    assert "json" in response["Content-Type"]  # application/json, or the schema's openapi+json
    assert int(response["Retry-After"]) > 0
    body = response.json()
    assert body["code"] == "throttled" and "Request was throttled" in body["error"]


def test_every_endpoint_throttles_anonymous_clients(api_client, low_rates):
    for url in endpoints():
        cache.clear()
        codes = [api_client.get(url).status_code for _ in range(3)]
        assert codes == [200, 200, 200], url
        assert_throttled(api_client.get(url))


def test_every_endpoint_throttles_token_users(token_client, low_rates):
    for url in endpoints():
        cache.clear()
        for _ in range(3):
            assert token_client.get(url).status_code == 200, url
        assert_throttled(token_client.get(url))


def test_anonymous_budget_is_per_client_address(api_client, low_rates):
    for _ in range(3):
        api_client.get("/api/events/", REMOTE_ADDR="198.51.100.1")
    assert_throttled(api_client.get("/api/events/", REMOTE_ADDR="198.51.100.1"))
    assert api_client.get("/api/events/", REMOTE_ADDR="198.51.100.2").status_code == 200


def test_submissions_spend_the_user_budget_too(token_client, low_rates, monkeypatch):
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)
    for _ in range(3):
        assert token_client.get("/api/events/").status_code == 200
    text = "Shelling hit Kharkiv on Monday, officials said."
    assert_throttled(token_client.post("/api/articles/", {"text": text}, format="json"))

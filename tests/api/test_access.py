import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from rest_framework.permissions import IsAuthenticated
from rest_framework.throttling import ScopedRateThrottle

from events.api.views import EventViewSet

pytestmark = pytest.mark.django_db


def test_reads_are_anonymous_by_default(api_client):
    assert api_client.get("/api/events/").status_code == 200
    assert api_client.get("/api/articles/").status_code == 200


def permission_setting(anonymous_reads: str) -> str:
    code = (
        "from conflictdb import settings; "
        "print(settings.REST_FRAMEWORK['DEFAULT_PERMISSION_CLASSES'][0])"
    )
    env = {
        **os.environ,
        "ANONYMOUS_READS": anonymous_reads,
        "SECRET_KEY": "x",
        "ALLOWED_HOSTS": "localhost",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_anonymous_reads_setting_chooses_the_permission():
    assert permission_setting("true").endswith("IsAuthenticatedOrReadOnly")
    assert permission_setting("false").endswith(".IsAuthenticated")


def test_without_anonymous_reads_a_token_is_needed(api_client, token_client, monkeypatch):
    monkeypatch.setattr(EventViewSet, "permission_classes", [IsAuthenticated])
    assert api_client.get("/api/events/").status_code == 401
    assert token_client.get("/api/events/").status_code == 200


def test_article_submissions_have_their_own_stricter_budget(token_client, monkeypatch):
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"writes": "2/minute"})
    cache.clear()
    try:
        codes = [
            token_client.post("/api/articles/", {"text": f"Clashes in town {n}."}).status_code
            for n in range(3)
        ]
        assert codes == [202, 202, 429]
        assert token_client.get("/api/articles/").status_code == 200  # reads are not spent
    finally:
        cache.clear()


def test_cors_allows_only_configured_origins(api_client, settings):
    response = api_client.get("/api/events/", HTTP_ORIGIN="https://dash.example")
    assert "Access-Control-Allow-Origin" not in response
    settings.CORS_ALLOWED_ORIGINS = ["https://dash.example"]
    response = api_client.get("/api/events/", HTTP_ORIGIN="https://dash.example")
    assert response["Access-Control-Allow-Origin"] == "https://dash.example"
    response = api_client.get("/api/events/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in response


READ_ENDPOINTS = [
    "/api/events/",
    "/api/events/stats/?group_by=month",
    "/api/statements/",
    "/api/actors/",
    "/api/articles/",
    "/api/event-removals/",
]


def test_anonymous_reads_off_closes_every_read_endpoint():
    # A fresh process, since the permission class is chosen when the settings load. Anonymous
    # requests are refused before any query, so the process needs no database.
    code = (
        "import django, json; django.setup(); from django.test import Client; "
        f"print(json.dumps([Client().get(u).status_code for u in {READ_ENDPOINTS!r}]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "ANONYMOUS_READS": "false",
        "DATABASE_URL": "postgresql://nobody@127.0.0.1:9/unreachable",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == str([401] * len(READ_ENDPOINTS))

"""The first page counts only where counting is cheap; count=true always counts exactly."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.api.counting import cheap_count, count_up_to, estimated_rows
from events.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_events():
    return [EventFactory(city=f"Town {n}", country="UA") for n in range(5)]


def test_a_small_first_page_is_counted(api_client, five_events):
    body = api_client.get("/api/events/?country=UA&page_size=2").json()
    assert body["count"] == 5
    assert len(body["results"]) == 2


def test_more_rows_than_the_limit_are_not_counted_unless_asked(api_client, five_events, settings):
    settings.API_COUNT_LIMIT = 4
    body = api_client.get("/api/events/?country=UA&page_size=2").json()
    assert body["count"] is None
    assert len(body["results"]) == 2 and body["next"]
    asked = api_client.get("/api/events/?country=UA&page_size=2&count=true").json()
    assert asked["count"] == 5
    settings.API_COUNT_LIMIT = 5
    assert api_client.get("/api/events/?country=UA&page_size=2").json()["count"] == 5


def test_a_large_estimate_skips_the_count_without_running_it(five_events, settings):
    settings.API_COUNT_LIMIT = 0  # every estimate (at least one row) is over the limit
    queryset = Event.objects.filter(country="UA")
    with CaptureQueriesContext(connection) as queries:
        assert cheap_count(queryset) is None
    assert len(queries) == 1 and queries[0]["sql"].startswith("EXPLAIN")


def test_the_estimate_comes_from_the_plan(five_events):
    estimate = estimated_rows(Event.objects.filter(country="UA"))
    assert isinstance(estimate, int) and estimate >= 1


def test_a_bounded_count_visits_at_most_one_row_past_its_limit(five_events):
    queryset = Event.objects.filter(country="UA")
    assert count_up_to(queryset, 5) == 5
    assert count_up_to(queryset, 4) is None
    with CaptureQueriesContext(connection) as queries:
        count_up_to(queryset, 3)
    assert "LIMIT 4" in queries[0]["sql"]

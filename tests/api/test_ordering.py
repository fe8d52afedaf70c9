import datetime as dt

import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated():
    EventFactory(city="A", event_date=dt.date(2025, 1, 3), fatalities=5)
    EventFactory(city="B", event_date=dt.date(2025, 1, 1), fatalities=None)
    EventFactory(city="C", event_date=None, fatalities=40)
    EventFactory(city="D", event_date=dt.date(2025, 1, 2), fatalities=1)


def order(api_client, ordering: str | None) -> list[str]:
    params = {"ordering": ordering} if ordering else {}
    response = api_client.get("/api/events/", params)
    assert response.status_code == 200, response.content
    return [e["city"] for e in response.json()["results"]]


def test_default_is_newest_first_with_undated_events_last(api_client, dated):
    assert order(api_client, None) == ["A", "D", "B", "C"]


def test_date_fatalities_and_updated_in_both_directions(api_client, dated):
    assert order(api_client, "date") == ["B", "D", "A", "C"]
    assert order(api_client, "-fatalities") == ["C", "A", "D", "B"]
    assert order(api_client, "fatalities") == ["D", "A", "C", "B"]
    assert order(api_client, "updated") == ["A", "B", "C", "D"]
    assert order(api_client, "-updated_at") == ["D", "C", "B", "A"]


def test_search_results_come_by_relevance(api_client):
    EventFactory(city="X", summary="A drone hit a house.")
    EventFactory(city="Y", summary="Drone strike, drone debris, drone attack on drone factory.")
    response = api_client.get("/api/events/", {"q": "drone"})
    assert [e["city"] for e in response.json()["results"]] == ["Y", "X"]

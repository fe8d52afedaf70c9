import datetime as dt

import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def walk(api_client, url: str) -> tuple[list[str], list[dict]]:
    seen, pages = [], []
    while url:
        response = api_client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        pages.append(body)
        seen += [e["city"] for e in body["results"]]
        url = body["next"]
    return seen, pages


def test_pages_cover_every_event_once_in_order(api_client):
    for n in range(7):
        EventFactory(city=f"c{n}", event_date=dt.date(2025, 1, 1 + n % 3))
    seen, pages = walk(api_client, "/api/events/?page_size=3&ordering=-date")
    assert len(seen) == 7 and len(set(seen)) == 7
    assert [len(p["results"]) for p in pages] == [3, 3, 1]
    assert pages[0]["count"] == 7
    assert pages[1]["count"] is None  # counted on the first page only
    assert pages[-1]["next"] is None


def test_inserts_while_paging_neither_repeat_nor_skip_rows(api_client):
    for n in range(6):
        EventFactory(city=f"old{n}", event_date=dt.date(2025, 3, 1))
    first = api_client.get("/api/events/?page_size=3").json()
    # New events dated before and after the page boundary arrive between two requests.
    EventFactory(city="newer", event_date=dt.date(2025, 4, 1))
    EventFactory(city="older", event_date=dt.date(2025, 2, 1))
    rest, _ = walk(api_client, first["next"])
    firsts = [e["city"] for e in first["results"]]
    assert sorted(firsts + rest) == sorted([f"old{n}" for n in range(6)] + ["older"])
    assert rest[-1] == "older"


def test_paging_by_a_nullable_field_keeps_empty_values_last(api_client):
    for n, fatalities in enumerate([3, None, 7, None, 3, 0]):
        EventFactory(city=f"e{n}", fatalities=fatalities)
    seen, _ = walk(api_client, "/api/events/?ordering=-fatalities&page_size=2")
    assert seen == ["e2", "e4", "e0", "e5", "e3", "e1"]


def test_count_on_request_and_page_size_cap(api_client):
    for n in range(3):
        EventFactory(city=f"c{n}")
    first = api_client.get("/api/events/?page_size=1&count=false").json()
    assert first["count"] is None
    second = api_client.get(first["next"] + "&count=true").json()
    assert second["count"] == 3
    assert api_client.get("/api/events/?page_size=1000").status_code == 200
    assert api_client.get("/api/events/?page_size=1001").status_code == 400


def test_a_cursor_from_another_ordering_is_refused(api_client):
    for n in range(3):
        EventFactory(city=f"c{n}")
    next_url = api_client.get("/api/events/?page_size=1").json()["next"]
    response = api_client.get(next_url + "&ordering=fatalities")
    assert response.status_code == 400
    assert "cursor" in response.json()["fields"]


def test_other_lists_page_by_cursor_too(api_client):
    from tests.factories import ActorFactory

    for n in range(5):
        ActorFactory(name=f"Group {n}")
    seen = []
    url = "/api/actors/?page_size=2"
    while url:
        body = api_client.get(url).json()
        seen += [a["name"] for a in body["results"]]
        url = body["next"]
    assert seen == [f"Group {n}" for n in range(5)]

import datetime as dt

import pytest

from tests.factories import ActorFactory, EventActorFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def spread():
    russia = ActorFactory(name="Russia", kind="state")
    rsf = ActorFactory(name="Rapid Support Forces")
    kyiv1 = EventFactory(
        city="Kyiv", country="UA", event_date=dt.date(2025, 4, 1), fatalities=3, injured=10
    )
    kyiv2 = EventFactory(
        city="Kyiv", country="UA", event_date=dt.date(2025, 4, 1), fatalities=None, injured=2
    )
    kharkiv = EventFactory(
        city="Kharkiv", country="UA", event_date=dt.date(2025, 4, 4), fatalities=1, injured=None
    )
    fasher = EventFactory(
        city="El Fasher",
        country="SD",
        admin1="North Darfur",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        event_date=dt.date(2025, 5, 20),
        fatalities=30,
        injured=0,
    )
    for event in (kyiv1, kyiv2, kharkiv):
        EventActorFactory(event=event, actor=russia)
    # The same actor in two roles in one event still counts that event once.
    EventActorFactory(event=kyiv1, actor=russia, role="associated")
    EventActorFactory(event=fasher, actor=rsf)
    return {"russia": russia, "rsf": rsf}


def stats(api_client, query: str) -> list[dict]:
    response = api_client.get(f"/api/events/stats/?{query}")
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_daily_series_is_continuous_with_zeros(api_client, spread):
    rows = stats(api_client, "group_by=day&country=UA")
    assert [(r["key"], r["events"], r["fatalities"], r["injured"]) for r in rows] == [
        ("2025-04-01", 2, 3, 12),
        ("2025-04-02", 0, 0, 0),
        ("2025-04-03", 0, 0, 0),
        ("2025-04-04", 1, 1, 0),
    ]


def test_series_spans_the_requested_dates(api_client, spread):
    rows = stats(api_client, "group_by=day&date_from=2025-03-30&date_to=2025-04-02")
    assert [(r["key"], r["events"]) for r in rows] == [
        ("2025-03-30", 0),
        ("2025-03-31", 0),
        ("2025-04-01", 2),
        ("2025-04-02", 0),
    ]


def test_weeks_start_on_monday_and_months_on_the_first(api_client, spread):
    weeks = stats(api_client, "group_by=week&date_from=2025-04-01&date_to=2025-04-20")
    assert [(r["key"], r["events"]) for r in weeks] == [
        ("2025-03-31", 3),
        ("2025-04-07", 0),
        ("2025-04-14", 0),
    ]
    months = stats(api_client, "group_by=month")
    assert [(r["key"], r["events"], r["fatalities"]) for r in months] == [
        ("2025-04-01", 3, 4),
        ("2025-05-01", 1, 30),
    ]


def test_grouping_by_country_and_city(api_client, spread):
    countries = stats(api_client, "group_by=country")
    assert [(r["key"], r["label"], r["events"], r["fatalities"]) for r in countries] == [
        ("UA", "Ukraine", 3, 4),
        ("SD", "Sudan", 1, 30),
    ]
    cities = stats(api_client, "group_by=city&country=UA")
    assert [(r["key"], r["events"], r["injured"]) for r in cities] == [
        ("Kyiv", 2, 12),
        ("Kharkiv", 1, 0),
    ]


def test_grouping_by_type_and_admin1(api_client, spread):
    types = stats(api_client, "group_by=event_type")
    assert [(r["key"], r["events"]) for r in types] == [
        ("Explosions/Remote violence", 3),
        ("Violence against civilians", 1),
    ]
    subtypes = stats(api_client, "group_by=sub_event_type&country=SD")
    assert [(r["key"], r["events"]) for r in subtypes] == [("Attack", 1)]
    admin1 = stats(api_client, "group_by=admin1&country=SD")
    assert [(r["key"], r["fatalities"]) for r in admin1] == [("North Darfur", 30)]


def test_grouping_by_actor_counts_each_event_once(api_client, spread):
    rows = stats(api_client, "group_by=actor")
    assert [(r["label"], r["events"], r["fatalities"], r["injured"]) for r in rows] == [
        ("Russia", 3, 4, 12),
        ("Rapid Support Forces", 1, 30, 0),
    ]
    assert rows[0]["key"] == str(spread["russia"].pk)
    associated = stats(api_client, "group_by=actor&role=associated")
    assert [(r["label"], r["events"]) for r in associated] == [("Russia", 1)]


def test_stats_honour_filters_and_need_group_by(api_client, spread):
    rows = stats(api_client, "group_by=country&actor=Russia&min_fatalities=2")
    assert [(r["key"], r["events"]) for r in rows] == [("UA", 1)]
    assert stats(api_client, "group_by=day&country=FR") == []
    response = api_client.get("/api/events/stats/")
    assert response.status_code == 400 and "group_by" in response.json()["fields"]


def test_filters_that_compute_values_still_group_by_the_key_alone(api_client):
    # city, near and q annotate a similarity, a distance and a rank, different for each event
    # here; stats aggregate the filtered events directly, so these must not split the groups.
    day = dt.date(2025, 4, 1)
    EventFactory(city="Kyiv", event_date=day, latitude=50.45, longitude=30.52, summary="Drones.")
    EventFactory(
        city="Kyyiv", event_date=day, latitude=50.40, longitude=30.60, summary="Drones hit"
    )
    EventFactory(city="Kyiv", event_date=day, latitude=50.50, longitude=30.40, summary="A drone")
    query = "city=Kyiv&near=50.45,30.52&radius_km=50&q=drone&date_from=2025-04-01"
    rows = stats(api_client, f"group_by=day&{query}&date_to=2025-04-01")
    assert [(r["key"], r["events"]) for r in rows] == [("2025-04-01", 3)]
    rows = stats(api_client, f"group_by=country&{query}")
    assert [(r["key"], r["events"]) for r in rows] == [("UA", 3)]

import csv
import datetime as dt
import io

import pytest

from events.models import Event
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    EventActorFactory,
    EventFactory,
    EventReportFactory,
)

pytestmark = pytest.mark.django_db

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities", "timestamp",
]  # fmt: skip


@pytest.fixture
def kyiv_strike():
    event = EventFactory(
        city="Kyiv",
        admin1="Kyiv City",
        country="UA",
        event_date=dt.date(2025, 4, 24),
        latitude=50.45,
        longitude=30.52,
        fatalities=12,
        injured=90,
        weapons=["missile", "drone"],
        districts=["Sviatoshynskyi", "Podilskyi"],
        summary="Missiles hit residential blocks.",
    )
    EventActorFactory(event=event, actor=ActorFactory(name="Russia", kind="state"))
    EventActorFactory(event=event, actor=ActorFactory(name="Civilians (Ukraine)"), role="target")
    EventReportFactory(event=event, article=ArticleFactory(source_name="Reuters"))
    EventReportFactory(event=event, article=ArticleFactory(source_name="AP"))
    EventFactory(city="Kharkiv", country="UA", fatalities=1)
    return event


def read_csv(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_acled_columns_with_our_values(api_client, kyiv_strike):
    rows = read_csv(api_client.get("/api/events/?format=csv&city=Kyiv"))
    assert len(rows) == 1
    row = rows[0]
    assert list(row)[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    event = Event.objects.get(city="Kyiv")
    assert row["event_id_cnty"] == str(event.public_id)
    assert row["event_date"] == "2025-04-24"
    assert row["year"] == "2025"
    assert row["time_precision"] == "1"
    assert row["actor1"] == "Russia"
    assert row["actor2"] == "Civilians (Ukraine)"
    assert row["assoc_actor_1"] == "" and row["admin2"] == ""
    assert row["iso"] == "804"
    assert row["country"] == "Ukraine" and row["country_code"] == "UA"
    assert row["location"] == "Kyiv" and row["admin1"] == "Kyiv City"
    assert row["latitude"] == "50.45" and row["longitude"] == "30.52"
    assert row["source"] == "AP; Reuters"
    assert row["notes"] == "Missiles hit residential blocks."
    assert row["fatalities"] == "12" and row["injured"] == "90"
    assert row["weapons"] == "missile; drone"
    assert row["districts"] == "Sviatoshynskyi; Podilskyi"
    assert row["timestamp"] == str(int(event.updated_at.timestamp()))


def test_accept_header_chooses_csv(api_client, kyiv_strike):
    rows = read_csv(api_client.get("/api/events/?country=UA", HTTP_ACCEPT="text/csv"))
    assert sorted(r["location"] for r in rows) == ["Kharkiv", "Kyiv"]


def test_fields_choose_and_order_the_columns(api_client, kyiv_strike):
    response = api_client.get("/api/events/?format=csv&fields=location,fatalities&ordering=date")
    text = b"".join(response.streaming_content).decode()
    assert text.splitlines()[0] == "location,fatalities"
    assert sorted(text.splitlines()[1:]) == ["Kharkiv,1", "Kyiv,12"]


def test_unknown_fatalities_are_empty_not_zero(api_client):
    EventFactory(fatalities=None)
    rows = read_csv(api_client.get("/api/events/?format=csv"))
    assert rows[0]["fatalities"] == ""


def test_errors_in_csv_requests_come_as_json(api_client, kyiv_strike):
    response = api_client.get("/api/events/?format=csv&bbox=1,2")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "bbox" in response.json()["fields"]


def test_csv_is_offered_on_the_event_list_only(api_client, kyiv_strike):
    event = Event.objects.get(city="Kyiv")
    assert api_client.get(f"/api/events/{event.public_id}/?format=csv").status_code == 404
    assert api_client.get("/api/actors/?format=csv").status_code == 404

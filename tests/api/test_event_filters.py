import datetime as dt

import pytest

from events.models import Actor
from tests.factories import ArticleFactory, EventActorFactory, EventFactory, EventReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    russia = Actor.objects.create(name="Russia", kind="state", aliases=["Moscow", "Russian forces"])
    rsf = Actor.objects.create(name="Rapid Support Forces", kind="armed_group", aliases=["RSF"])
    kyiv = EventFactory(
        city="Kyiv",
        admin1="Kyiv City",
        country="UA",
        event_date=dt.date(2025, 4, 24),
        fatalities=12,
        summary="Missiles and drones hit residential blocks in Kyiv.",
    )
    kharkiv = EventFactory(
        city="Kharkiv",
        country="UA",
        event_date=dt.date(2025, 5, 2),
        fatalities=1,
        sub_event_type="Air/drone strike",
        summary="A drone hit a warehouse.",
    )
    fasher = EventFactory(
        city="El Fasher",
        admin1="North Darfur",
        country="SD",
        event_date=dt.date(2025, 6, 1),
        fatalities=None,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        summary="Fighters stormed a displacement camp.",
    )
    EventActorFactory(event=kyiv, actor=russia, role="perpetrator")
    EventActorFactory(event=kharkiv, actor=russia, role="perpetrator")
    EventActorFactory(event=fasher, actor=rsf, role="perpetrator")
    EventReportFactory(
        event=fasher,
        article=ArticleFactory(text="Paramilitaries torched the Abu Shouk camp market."),
    )
    return {"kyiv": kyiv, "kharkiv": kharkiv, "fasher": fasher, "russia": russia}


def cities(response) -> list[str]:
    assert response.status_code == 200, response.content
    return sorted(e["city"] for e in response.json()["results"])


def test_city_is_case_insensitive_and_commas_mean_or(api_client, events):
    assert cities(api_client.get("/api/events/?city=kyiv")) == ["Kyiv"]
    assert cities(api_client.get("/api/events/?city=Kyiv,Kharkiv")) == ["Kharkiv", "Kyiv"]


def test_country_by_code_or_name(api_client, events):
    assert cities(api_client.get("/api/events/?country=SD")) == ["El Fasher"]
    assert cities(api_client.get("/api/events/?country=Ukraine")) == ["Kharkiv", "Kyiv"]


def test_admin1_event_type_and_sub_event_type(api_client, events):
    assert cities(api_client.get("/api/events/?admin1=north darfur")) == ["El Fasher"]
    assert cities(api_client.get("/api/events/?event_type=Violence against civilians")) == [
        "El Fasher"
    ]
    assert cities(api_client.get("/api/events/?sub_event_type=Air/drone strike")) == ["Kharkiv"]


def test_date_range_and_fatalities(api_client, events):
    assert cities(api_client.get("/api/events/?date_from=2025-05-01&date_to=2025-05-31")) == [
        "Kharkiv"
    ]
    assert cities(api_client.get("/api/events/?min_fatalities=2")) == ["Kyiv"]


def test_actor_by_name_or_alias(api_client, events):
    assert cities(api_client.get("/api/events/?actor=moscow")) == ["Kharkiv", "Kyiv"]
    assert cities(api_client.get("/api/events/?actor=RSF&role=perpetrator")) == ["El Fasher"]
    assert cities(api_client.get("/api/events/?actor=RSF&role=target")) == []
    assert cities(api_client.get(f"/api/events/?actor_id={events['russia'].pk}")) == [
        "Kharkiv",
        "Kyiv",
    ]


def test_full_text_search_covers_summaries_and_source_text(api_client, events):
    assert cities(api_client.get("/api/events/?q=residential")) == ["Kyiv"]
    assert cities(api_client.get("/api/events/?q=torched camp")) == ["El Fasher"]


def test_event_shows_place_figures_actors_and_source(api_client, events):
    body = api_client.get("/api/events/?city=El Fasher").json()
    assert body["count"] == 1
    event = body["results"][0]
    assert event["id"] == str(events["fasher"].public_id)
    assert event["actors"] == [
        {
            "id": events["fasher"].event_actors.get().actor_id,
            "name": "Rapid Support Forces",
            "kind": "armed_group",
            "country": "",
            "role": "perpetrator",
        }
    ]
    assert event["reports"][0]["article"]["title"].startswith("Report")
    detail = api_client.get(f"/api/events/{event['id']}/").json()
    assert detail["admin1"] == "North Darfur"


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("date_from=yesterday", "date_from"),
        ("min_fatalities=-1", "min_fatalities"),
        ("min_fatalities=lots", "min_fatalities"),
        ("event_type=Bombing", "event_type"),
        ("sub_event_type=Drone", "sub_event_type"),
        ("country=Atlantis", "country"),
        ("cty=Kyiv", "cty"),
        ("role=victim", "role"),
    ],
)
def test_bad_parameters_give_400_naming_them(api_client, events, query, parameter):
    response = api_client.get(f"/api/events/?{query}")
    assert response.status_code == 400
    assert parameter in response.json()["fields"]

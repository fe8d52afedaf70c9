import datetime as dt

import pytest

from tests.factories import ActorFactory, EventActorFactory, EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def varied():
    protest = EventFactory(
        city="Nairobi",
        disorder_type="Demonstrations",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        weapons=[],
        review_status="verified",
        fatalities=0,
    )
    strike = EventFactory(city="Kyiv", weapons=["drone", "missile"], fatalities=12)
    shelling = EventFactory(
        city="Kharkiv", weapons=["artillery"], review_status="rejected", fatalities=None
    )
    police, russia = ActorFactory(name="Kenya Police"), ActorFactory(name="Russia", kind="state")
    EventActorFactory(event=protest, actor=police, role="perpetrator")
    EventActorFactory(event=strike, actor=russia, role="perpetrator")
    EventActorFactory(event=shelling, actor=russia, role="associated")
    return {"police": police, "russia": russia}


def cities(api_client, query: str) -> list[str]:
    response = api_client.get(f"/api/events/?{query}")
    assert response.status_code == 200, response.content
    return sorted(e["city"] for e in response.json()["results"])


def test_disorder_type_with_commas(api_client, varied):
    assert cities(api_client, "disorder_type=Demonstrations") == ["Nairobi"]
    assert cities(api_client, "disorder_type=Demonstrations,Political violence") == [
        "Kharkiv",
        "Kyiv",
        "Nairobi",
    ]


def test_weapon_is_case_insensitive_with_commas(api_client, varied):
    assert cities(api_client, "weapon=Drone") == ["Kyiv"]
    assert cities(api_client, "weapon=drone,artillery") == ["Kharkiv", "Kyiv"]


def test_status_with_commas(api_client, varied):
    assert cities(api_client, "status=verified") == ["Nairobi"]
    assert cities(api_client, "status=verified,rejected") == ["Kharkiv", "Nairobi"]


def test_role_and_actor_ids_with_commas(api_client, varied):
    russia, police = varied["russia"].pk, varied["police"].pk
    assert cities(api_client, f"actor_id={russia}&role=associated") == ["Kharkiv"]
    assert cities(api_client, f"actor_id={russia},{police}&role=perpetrator") == [
        "Kyiv",
        "Nairobi",
    ]
    assert cities(api_client, "role=associated,target") == ["Kharkiv"]


def test_fatality_range_leaves_out_unknown_figures(api_client, varied):
    assert cities(api_client, "min_fatalities=0&max_fatalities=20") == ["Kyiv", "Nairobi"]


def test_updated_since(api_client, varied):
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    assert cities(api_client, "updated_since=2000-01-01T00:00:00Z") == [
        "Kharkiv",
        "Kyiv",
        "Nairobi",
    ]
    response = api_client.get("/api/events/", {"updated_since": future})
    assert response.json()["results"] == []


def test_a_repeated_parameter_means_the_same_as_commas(api_client, varied):
    assert cities(api_client, "weapon=drone&weapon=artillery") == ["Kharkiv", "Kyiv"]
    assert cities(api_client, "status=verified&status=rejected") == ["Kharkiv", "Nairobi"]

import pytest

from events.services import merge_events
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def merged():
    survivor = EventFactory(city="Kyiv", fatalities=5)
    duplicate = EventFactory(city="Kyiv", fatalities=5)
    merge_events(survivor, [duplicate])
    return survivor, duplicate


def test_merged_events_leave_lists_exports_and_stats(api_client, merged):
    survivor, _ = merged
    body = api_client.get("/api/events/").json()
    assert body["count"] == 1 and body["results"][0]["id"] == str(survivor.public_id)
    csv = b"".join(api_client.get("/api/events/?format=csv&fields=event_id_cnty").streaming_content)
    assert csv.decode().split() == ["event_id_cnty", str(survivor.public_id)]
    stats = api_client.get("/api/events/stats/?group_by=city").json()["results"]
    assert [(r["key"], r["events"]) for r in stats] == [("Kyiv", 1)]


def test_a_merged_id_redirects_to_the_survivor(api_client, merged):
    survivor, duplicate = merged
    response = api_client.get(f"/api/events/{duplicate.public_id}/")
    assert response.status_code == 301
    assert response["Location"].endswith(f"/api/events/{survivor.public_id}/")
    assert api_client.get(response["Location"]).json()["id"] == str(survivor.public_id)
    assert api_client.get("/api/events/not-a-uuid/").status_code == 404

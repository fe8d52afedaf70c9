import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("/api/events/?bbox=1,2,3", "bbox"),
        ("/api/events/?bbox=1,2,3,x", "bbox"),
        ("/api/events/?bbox=0,95,1,96", "bbox"),
        ("/api/events/?bbox=0,10,1,5", "bbox"),
        ("/api/events/?bbox=nan,1,2,3", "bbox"),
        ("/api/events/?near=91,30", "near"),
        ("/api/events/?near=50,190", "near"),
        ("/api/events/?near=50", "near"),
        ("/api/events/?radius_km=5", "radius_km"),
        ("/api/events/?near=50,30&radius_km=0", "radius_km"),
        ("/api/events/?near=50,30&radius_km=far", "radius_km"),
        ("/api/events/?disorder_type=Chaos", "disorder_type"),
        ("/api/events/?status=approved", "status"),
        ("/api/events/?role=perpetrator,victim", "role"),
        ("/api/events/?actor_id=1,x", "actor_id"),
        ("/api/events/?actor_id=0", "actor_id"),
        ("/api/events/?date_from=2025-05-01&date_to=2025-04-01", "date_from"),
        ("/api/events/?min_fatalities=9&max_fatalities=2", "min_fatalities"),
        ("/api/events/?ordering=summary", "ordering"),
        ("/api/events/?ordering=date,fatalities", "ordering"),
        ("/api/events/?page_size=0", "page_size"),
        ("/api/events/?page_size=5000", "page_size"),
        ("/api/events/?page=2", "page"),
        ("/api/events/?count=maybe", "count"),
        ("/api/events/?cursor=garbage", "cursor"),
        # A well-formed cursor whose value is not a date.
        ("/api/events/?cursor=eyJvIjoiLWV2ZW50X2RhdGUiLCJ2Ijoibm90LWEtZGF0ZSIsImkiOjF9", "cursor"),
        ("/api/events/?fields=location", "fields"),
        ("/api/events/?city=Kyiv%00", "city"),
        ("/api/events/?format=csv&fields=event_date,colour", "fields"),
        ("/api/events/stats/?group_by=year", "group_by"),
        ("/api/events/stats/?group_by=day&fields=year", "fields"),
        ("/api/statements/?speaker_id=abc", "speaker_id"),
        ("/api/statements/?event=not-a-uuid", "event"),
        ("/api/statements/?date_from=2025-02-01&date_to=2025-01-01", "date_from"),
        ("/api/actors/?kind=alien", "kind"),
        ("/api/actors/?ordering=-kind", "ordering"),
        ("/api/articles/?status=lost", "status"),
        ("/api/articles/?published_from=soon", "published_from"),
    ],
)
def test_malformed_values_give_400_naming_the_parameter(api_client, url, parameter):
    EventFactory()
    response = api_client.get(url)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    assert parameter in response.json()["fields"]

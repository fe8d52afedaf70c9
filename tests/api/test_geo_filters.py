import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def located():
    EventFactory(city="Kyiv", latitude=50.45, longitude=30.52)
    EventFactory(city="Brovary", latitude=50.51, longitude=30.79)  # ~20 km east of Kyiv
    EventFactory(city="Kharkiv", latitude=49.99, longitude=36.23)
    EventFactory(city="Suva", latitude=-18.14, longitude=178.44)
    EventFactory(city="Apia", latitude=-13.83, longitude=-171.76)
    EventFactory(city="Nowhere", latitude=None, longitude=None)


def cities(response) -> list[str]:
    assert response.status_code == 200, response.content
    return sorted(e["city"] for e in response.json()["results"])


def test_bbox_selects_events_inside_the_box(api_client, located):
    response = api_client.get("/api/events/?bbox=29,49,32,51")
    assert cities(response) == ["Brovary", "Kyiv"]


def test_bbox_across_the_antimeridian(api_client, located):
    assert cities(api_client.get("/api/events/?bbox=170,-25,-165,-10")) == ["Apia", "Suva"]


def test_near_uses_great_circle_distance(api_client, located):
    assert cities(api_client.get("/api/events/?near=50.45,30.52&radius_km=5")) == ["Kyiv"]
    assert cities(api_client.get("/api/events/?near=50.45,30.52&radius_km=25")) == [
        "Brovary",
        "Kyiv",
    ]
    # Kyiv to Kharkiv is about 410 km.
    assert cities(api_client.get("/api/events/?near=50.45,30.52&radius_km=400")) == [
        "Brovary",
        "Kyiv",
    ]
    assert "Kharkiv" in cities(api_client.get("/api/events/?near=50.45,30.52&radius_km=420"))


def test_near_defaults_to_ten_kilometres(api_client, located):
    assert cities(api_client.get("/api/events/?near=50.45,30.52")) == ["Kyiv"]


def test_near_across_the_antimeridian(api_client, located):
    # Suva to Apia is about 1,150 km across 180°.
    assert cities(api_client.get("/api/events/?near=-18.14,178.44&radius_km=1200")) == [
        "Apia",
        "Suva",
    ]

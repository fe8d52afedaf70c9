import json

import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def read_geojson(response) -> dict:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(b"".join(response.streaming_content))


def test_feature_collection_of_points_with_flat_properties(api_client):
    event = EventFactory(city="Kyiv", latitude=50.45, longitude=30.52, fatalities=3)
    EventFactory(city="Somewhere", latitude=None, longitude=None)
    body = read_geojson(api_client.get("/api/events/?format=geojson"))
    assert body["type"] == "FeatureCollection"
    assert len(body["features"]) == 1  # events without coordinates are left out
    feature = body["features"][0]
    assert feature["type"] == "Feature"
    assert feature["id"] == str(event.public_id)
    assert feature["geometry"] == {"type": "Point", "coordinates": [30.52, 50.45]}
    assert feature["properties"]["location"] == "Kyiv"
    assert feature["properties"]["fatalities"] == 3
    assert feature["properties"]["country"] == "Ukraine"


def test_accept_header_and_fields(api_client):
    EventFactory(city="Kyiv", latitude=50.45, longitude=30.52)
    response = api_client.get("/api/events/?fields=location", HTTP_ACCEPT="application/geo+json")
    feature = read_geojson(response)["features"][0]
    assert feature["geometry"]["coordinates"] == [30.52, 50.45]
    assert feature["properties"]["location"] == "Kyiv"
    assert set(feature["properties"]) == {"event_id_cnty", "latitude", "longitude", "location"}


def test_empty_collection_is_valid_json(api_client):
    assert read_geojson(api_client.get("/api/events/?format=geojson")) == {
        "type": "FeatureCollection",
        "features": [],
    }

"""page_size is 1 to 1000 (MAX_PAGE_SIZE): anything else is 400 naming it, never clamped."""

import pytest

from events.api.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from tests.api.hostile.conftest import assert_json_answer
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

ENDPOINTS = ["/api/events/", "/api/statements/", "/api/actors/", "/api/articles/"]


@pytest.mark.parametrize("url", ENDPOINTS)
@pytest.mark.parametrize("size", ["1000000000", str(10**100), "1001", "0", "-1", "1.5", "ten", ""])
def test_out_of_range_page_size_is_400_naming_the_limit(api_client, url, size):
    body = assert_json_answer(api_client.get(url, {"page_size": size}), allowed=(400,))
    assert body["fields"]["page_size"] == [f"Expected a whole number from 1 to {MAX_PAGE_SIZE}."]


def test_the_largest_page_is_served(api_client):
    EventFactory.create_batch(3)
    body = api_client.get("/api/events/", {"page_size": str(MAX_PAGE_SIZE)}).json()
    assert len(body["results"]) == 3 and body["next"] is None
    assert MAX_PAGE_SIZE == 1000 and DEFAULT_PAGE_SIZE == 50


def test_the_schema_documents_the_limit(api_client):
    schema = api_client.get("/api/schema/", {"format": "json"}).json()
    parameters = schema["paths"]["/api/events/"]["get"]["parameters"]
    page_size = next(p for p in parameters if p["name"] == "page_size")
    assert page_size["schema"]["maximum"] == MAX_PAGE_SIZE
    assert page_size["schema"]["minimum"] == 1

"""Unknown and repeated query parameters: unknown ones are 400 naming them on every endpoint;
a repeated filter means OR (like commas); a repeated paging or ordering parameter is 400."""

import pytest

from events.models import Event
from tests.api.hostile.conftest import assert_json_answer, list_endpoints
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db

UNKNOWN = ["foo", "page", "offset", "limit", "search", "id__gt", "fatalities__lt", "__class__"]


def with_query(url: str, query: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{query}"


@pytest.mark.parametrize("url", list_endpoints())
@pytest.mark.parametrize("name", UNKNOWN)
def test_unknown_parameters_are_400_naming_them(api_client, records, url, name):
    response = api_client.get(with_query(url, f"{name}=1"))
    body = assert_json_answer(response, allowed=(400,))
    assert name in body["fields"]


def test_unknown_parameters_on_detail_endpoints_are_400(api_client, records):
    for url in (f"/api/events/{records.public_id}/", f"/api/actors/{records.actors.first().pk}/"):
        response = api_client.get(with_query(url, "foo=1"))
        assert assert_json_answer(response, allowed=(400,))["fields"] == {
            "foo": ["Unknown query parameter."]
        }


def test_repeated_filters_mean_or(api_client):
    EventFactory(city="Kyiv")
    EventFactory(city="Kharkiv")
    EventFactory(city="Odesa")
    repeated = api_client.get("/api/events/?city=Kyiv&city=Kharkiv").json()
    commas = api_client.get("/api/events/?city=Kyiv,Kharkiv").json()
    cities = sorted(e["city"] for e in repeated["results"])
    assert cities == ["Kharkiv", "Kyiv"]
    assert repeated["results"] == commas["results"]


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("page_size=5&page_size=10", "page_size"),
        ("ordering=date&ordering=-date", "ordering"),
        ("count=true&count=false", "count"),
        ("cursor=a&cursor=b", "cursor"),
        ("format=json&format=csv", "format"),
    ],
)
def test_repeated_single_valued_parameters_are_400(api_client, records, query, parameter):
    response = api_client.get(f"/api/events/?{query}")
    assert parameter in assert_json_answer(response, allowed=(400,))["fields"]


def test_repeated_group_by_is_400(api_client, records):
    response = api_client.get("/api/events/stats/?group_by=day&group_by=country")
    assert "group_by" in assert_json_answer(response, allowed=(400,))["fields"]


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("date_from=2025-01-01&date_from=2025-02-01", "date_from"),
        ("min_fatalities=1&min_fatalities=2", "min_fatalities"),
        ("updated_since=2025-01-01&updated_since=2025-02-01", "updated_since"),
    ],
)
def test_repeated_single_value_filters_are_400(api_client, records, query, parameter):
    response = api_client.get(f"/api/events/?{query}")
    assert parameter in assert_json_answer(response, allowed=(400,))["fields"]


def test_many_parameters_and_long_values_do_not_500(api_client, records):
    many = "&".join(f"city=c{n}" for n in range(500))
    assert_json_answer(api_client.get(f"/api/events/?{many}"), allowed=(200,))
    long_value = "x" * 20_000
    for name in ("city", "q", "actor", "weapon", "admin1"):
        assert_json_answer(api_client.get("/api/events/", {name: long_value}))
    assert Event.objects.filter(pk=records.pk).exists()

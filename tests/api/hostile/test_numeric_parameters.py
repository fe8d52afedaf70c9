"""Negative, huge, fractional and non-finite numbers in numeric query parameters: 400 naming
the parameter, never a 500 (a DataError or an overflow)."""

import pytest

from tests.api.hostile.conftest import assert_json_answer

pytestmark = pytest.mark.django_db

HOSTILE_NUMBERS = [
    "-1",
    "-0.5",
    "1e309",
    "-1e309",
    "99999999999999999999",
    "1" + "0" * 400,
    "nan",
    "inf",
    "-inf",
    "0x10",
    "1_000",
    "١٢",  # Arabic-Indic digits
    "",
    " ",
]

NUMERIC = {
    "/api/events/?min_fatalities={}": "min_fatalities",
    "/api/events/?max_fatalities={}": "max_fatalities",
    "/api/events/?near=50,30&radius_km={}": "radius_km",
    "/api/events/?near={},30": "near",
    "/api/events/?bbox={},0,10,10": "bbox",
    "/api/events/?actor_id={}": "actor_id",
    "/api/statements/?speaker_id={}": "speaker_id",
    "/api/statements/?article={}": "article",
    "/api/events/?page_size={}": "page_size",
    "/api/actors/?page_size={}": "page_size",
}


@pytest.mark.parametrize("template", NUMERIC)
@pytest.mark.parametrize("number", HOSTILE_NUMBERS)
def test_hostile_numbers_never_500(api_client, records, template, number):
    response = api_client.get(template.format(number))
    body = assert_json_answer(response)
    if response.status_code == 400:
        assert NUMERIC[template] in body["fields"]


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("/api/events/?min_fatalities=-1", "min_fatalities"),
        ("/api/events/?min_fatalities=1e309", "min_fatalities"),
        ("/api/events/?min_fatalities=99999999999999999999", "min_fatalities"),
        ("/api/events/?max_fatalities=-5", "max_fatalities"),
        ("/api/events/?max_fatalities=nan", "max_fatalities"),
        ("/api/events/?near=50,30&radius_km=-3", "radius_km"),
        ("/api/events/?near=50,30&radius_km=1e309", "radius_km"),
        ("/api/events/?actor_id=-1", "actor_id"),
        ("/api/events/?actor_id=99999999999999999999", "actor_id"),
        ("/api/statements/?article=9223372036854775808", "article"),
        ("/api/events/?page_size=-1", "page_size"),
        ("/api/events/?page_size=1e3", "page_size"),
    ],
)
def test_out_of_range_numbers_are_400_naming_them(api_client, records, url, parameter):
    response = api_client.get(url)
    assert response.status_code == 400
    assert parameter in response.json()["fields"]


def test_extreme_but_valid_numbers_answer_200(api_client, records):
    for url in (
        "/api/events/?min_fatalities=0",
        "/api/events/?max_fatalities=1000000000",
        "/api/events/?near=-90,-180&radius_km=20000",
        "/api/events/?actor_id=9223372036854775807",
        "/api/events/?bbox=-180,-90,180,90",
    ):
        assert api_client.get(url).status_code == 200, url

"""Region phrases resolve to first-level regions named as ACLED names them."""

from __future__ import annotations

import pytest

from ingest.pipeline.places import find_place_mentions, get_gazetteer


@pytest.mark.parametrize(
    ("phrase", "country", "admin1"),
    [
        ("the Odesa region", "UA", "Odesa"),
        ("Odesa Oblast", "UA", "Odesa"),
        ("Odessa oblast", "UA", "Odesa"),
        ("Rostov region", "RU", "Rostov"),
        ("Rostov Oblast", "RU", "Rostov"),
        ("Belgorod region", "RU", "Belgorod"),
        ("North Darfur state", "SD", "North Darfur"),
        ("Kherson province", "UA", "Kherson"),
        ("Borno State", "NG", "Borno"),
        ("Khyber Pakhtunkhwa", "PK", "Khyber Pakhtunkhwa"),
        ("the West Bank", "PS", "West Bank"),
        ("the Gaza Strip", "PS", "Gaza Strip"),
        ("Donetsk oblast", "UA", "Donetsk"),
        ("Zaporizhzhia region", "UA", "Zaporizhia"),
        ("Kharkiv region", "UA", "Kharkiv"),
        ("Idlib province", "SY", "Idleb"),
        ("Sagaing region", "MM", "Sagaing"),
        ("North Kivu", "CD", "North Kivu"),
        ("Ituri province", "CD", "Ituri"),
        ("Lower Shabelle", "SO", "Lower Shabelle"),
    ],
)
def test_region_phrase_resolves_to_admin1(phrase, country, admin1):
    place = get_gazetteer().resolve(phrase)
    assert place is not None
    assert place.kind == "admin1"
    assert (place.country, place.admin1, place.name) == (country, admin1, admin1)


def test_bare_name_shared_by_city_and_region_is_the_city():
    place = get_gazetteer().resolve("Kharkiv")
    assert place is not None
    assert place.kind == "city"


def test_kyiv_city_and_kyiv_oblast_are_distinct_regions():
    gaz = get_gazetteer()
    assert gaz.resolve("Kyiv").admin1 == "Kyiv City"
    assert gaz.resolve("Bila Tserkva").admin1 == "Kyiv"


def test_region_centre_lies_inside_the_region():
    place = get_gazetteer().resolve("Donetsk Oblast")
    assert place.latitude == pytest.approx(48.0, abs=0.6)
    assert place.longitude == pytest.approx(37.8, abs=0.8)


def test_region_phrase_in_text_becomes_one_mention():
    text = "Russian forces shelled villages in the Kherson region and in Sumy Oblast overnight."
    mentions = find_place_mentions(text)
    assert [(m.surface, m.place.kind, m.place.admin1) for m in mentions] == [
        ("Kherson region", "admin1", "Kherson"),
        ("Sumy Oblast", "admin1", "Sumy"),
    ]

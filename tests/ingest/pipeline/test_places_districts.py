"""City districts and camps carry their parent city."""

from __future__ import annotations

import pytest

from ingest.pipeline.places import find_place_mentions, get_gazetteer


@pytest.mark.parametrize(
    ("name", "city", "admin1"),
    [
        ("Dniprovskyi", "Kyiv", "Kyiv City"),
        ("Pechersk", "Kyiv", "Kyiv City"),
        ("Svyatoshynskyi", "Kyiv", "Kyiv City"),
        ("Sviatoshynskyi", "Kyiv", "Kyiv City"),
        ("Holosiivskyi", "Kyiv", "Kyiv City"),
        ("Saltivka", "Kharkiv", "Kharkiv"),
        ("Shejaiya", "Gaza", "Gaza Strip"),
        ("Shujaiya", "Gaza", "Gaza Strip"),
        ("Zeitoun", "Gaza", "Gaza Strip"),
        ("Dahiyeh", "Beirut", "Mount Lebanon"),
        ("Hodan", "Mogadishu", "Banadir"),
    ],
)
def test_district_has_parent_city(name, city, admin1):
    place = get_gazetteer().resolve(name)
    assert place is not None
    assert (place.kind, place.city, place.admin1) == ("district", city, admin1)


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Jabalia camp", "PS", 31.53, 34.50),
        ("Nuseirat", "PS", 31.45, 34.39),
        ("Zamzam", "SD", 13.49, 25.30),
        ("Kakuma", "KE", 3.73, 34.85),
        ("al-Mawasi", "PS", 31.36, 34.27),
        ("Ain al-Hilweh", "LB", 33.54, 35.38),
    ],
)
def test_camps_have_coordinates(name, country, lat, lon):
    place = get_gazetteer().resolve(name)
    assert place is not None
    assert place.country == country
    assert place.latitude == pytest.approx(lat, abs=0.05)
    assert place.longitude == pytest.approx(lon, abs=0.05)


def test_possessive_city_and_district_in_text():
    text = "A missile hit a residential building in Kyiv's eastern Dniprovskyi district."
    mentions = find_place_mentions(text)
    district = next(m for m in mentions if m.place.kind == "district")
    assert district.surface == "Dniprovskyi district"
    assert (district.place.city, district.place.admin1) == ("Kyiv", "Kyiv City")
    assert mentions[0].surface == "Kyiv"


def test_shevchenkivskyi_follows_the_city_in_the_text():
    text = "Explosions were heard in Kharkiv, where a drone struck the Shevchenkivskyi district."
    district = next(m for m in find_place_mentions(text) if m.place.kind == "district")
    assert district.place.city == "Kharkiv"


def test_camp_named_in_text():
    text = "Paramilitary fighters shelled the Zamzam camp for displaced people, aid groups said."
    mention = next(m for m in find_place_mentions(text) if m.place.kind == "camp")
    assert (mention.place.name, mention.place.admin1) == ("Zamzam", "North Darfur")

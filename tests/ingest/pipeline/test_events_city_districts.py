"""A city's districts are kept on its event, and the city itself is never one of them."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def _districts(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.city, e.districts) for e in run(text, date(2025, 6, 10)).events]


def test_possessive_city_district_names_the_district_not_the_city():
    got = _districts(
        "Russian missiles struck Kyiv on Tuesday, killing two people in the Darnytskyi district. "
        "A drone also hit a building in central Kyiv's Pechersk district, the mayor said."
    )
    assert got == [("Kyiv", ("Darnytskyi", "Pechersk"))]


def test_every_district_of_the_incident_sentences_is_kept():
    got = _districts(
        "Russian drones struck Kyiv overnight into Tuesday, killing three people in the "
        "Dniprovskyi and Sviatoshynskyi districts. Falling debris damaged a building in the "
        "central Pechersk district, the mayor said."
    )
    assert len(got) == 1
    city, districts = got[0]
    assert city == "Kyiv"
    assert set(districts) == {"Dniprovskyi", "Sviatoshynskyi", "Pechersk"}
    assert "Kyiv" not in districts

"""Places that only say where the incident's place lies are not events of their own."""

from __future__ import annotations

from datetime import date

from tests.ingest.pipeline.conftest import run

PUBLISHED = date(2025, 6, 12)  # a Thursday


def _cities(text: str) -> list[str | None]:
    return [e.city for e in run(text, PUBLISHED).events]


def test_distance_from_an_adjective_city_is_a_landmark():
    text = (
        "Rebels captured the town of Kamanyola in South Kivu on Tuesday, putting them about "
        "40 km south of the provincial city of Bukavu, residents said."
    )
    assert _cities(text) == ["Kamanyola"]


def test_far_end_of_a_road_is_a_landmark():
    text = (
        "A roadside bomb killed three soldiers on Wednesday on the road between Mandera and "
        "the village of Rhamu in north-eastern Kenya, police said."
    )
    assert _cities(text) == ["Mandera"]


def test_area_named_before_town_of_is_not_an_event():
    text = (
        "An Israeli air strike killed five people in the southern Gaza city of Khan Younis "
        "on Wednesday, hospital officials said."
    )
    assert _cities(text) == ["Khan Younis"]


def test_part_of_region_after_a_camp_is_not_an_event():
    text = (
        "Israeli troops shot dead two men in the Nuseirat refugee camp in central Gaza on "
        "Wednesday, medics said."
    )
    assert _cities(text) == ["Nuseirat"]


def test_body_named_after_a_place_is_a_source():
    text = (
        "Israeli troops opened fire on people near an aid site in Rafah on Wednesday, killing "
        "four, according to Gaza's civil defence agency."
    )
    assert _cities(text) == ["Rafah"]

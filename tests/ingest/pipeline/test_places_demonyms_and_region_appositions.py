"""Demonyms before "town" are no place; "X, the country's ... state" is a region; villages take
the region named just before them."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def test_a_demonym_before_town_is_not_a_place():
    text = (
        "Al-Shabaab fighters detonated a car bomb at a hotel in the central Somali town of "
        "Beledweyne on Wednesday, killing nine people, officials said."
    )
    events = run(text, date(2025, 9, 4)).events
    assert [e.city for e in events] == ["Beledweyne"]


def test_a_city_named_as_the_states_name_in_apposition_is_the_state():
    text = (
        "Gunmen opened fire on a street party in the city of Irapuato late on Tuesday, killing "
        "12 people, in the latest massacre in Guanajuato, the country's most violent state, "
        "Mexican authorities said."
    )
    events = run(text, date(2025, 6, 26)).events
    assert [(e.city, e.fatalities) for e in events] == [("Irapuato", 12)]


def test_a_village_takes_the_region_named_just_before():
    text = (
        "Ukrainian drones struck a refinery in Ryazan overnight, Russian officials said. In the "
        "Bryansk region, which borders Ukraine, a drone struck a car near the village of "
        "Glotovka on Thursday morning, killing the driver, regional governor Alexander Bogomaz "
        "said."
    )
    # GeoNames spells the city "Ryazan'" (soft sign); the scorer folds the variants.
    events = {(e.city or "").rstrip("'"): e for e in run(text, date(2025, 10, 16)).events}
    assert set(events) == {"Ryazan", "Glotovka"}
    assert events["Glotovka"].admin1 == "Bryansk"  # the gazetteer's name for the oblast

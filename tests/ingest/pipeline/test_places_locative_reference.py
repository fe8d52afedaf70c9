"""A place in "X, north of Y" / "X near Y" only locates X; titles do not make events."""

from tests.ingest.pipeline.conftest import run


def test_north_of_a_city_is_not_a_second_event():
    got = run(
        "Israeli settlers attacked the village of Sinjil, north of Ramallah, on Tuesday, "
        "setting fire to cars and wounding three Palestinians."
    ).events
    assert [e.city for e in got] == ["Sinjil"]
    assert got[0].injured == 3


def test_a_region_joins_the_town_named_in_the_same_incident():
    got = run(
        "Separatist fighters attacked soldiers in Cameroon's restive North-West region on "
        "Tuesday. Two soldiers were killed in the Mile 90 neighbourhood of Bamenda, the army said."
    ).events
    assert [e.city for e in got] == ["Bamenda"]
    assert got[0].fatalities == 2


def test_a_governor_title_does_not_place_an_event():
    got = run(
        "Belgorod governor Vyacheslav Gladkov said on Tuesday that a Ukrainian drone struck a car "
        "in the village of Shebekino, wounding two people."
    ).events
    assert [e.city for e in got] == ["Shebekino"]

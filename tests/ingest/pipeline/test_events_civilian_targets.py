"""Civilians are the target of remote violence on homes, vehicles and people, named or not."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 5, 14)


def targets(text: str) -> set[str]:
    ex = run(text, D)
    assert len(ex.events) == 1, ex.events
    return {a.name for a in ex.events[0].actors if a.role == "target"}


def test_drone_on_a_car_killing_a_man():
    assert targets(
        "A Ukrainian drone dropped an explosive on a car in Shebekino, Russia, on Monday, "
        "killing a man, the regional governor said."
    ) == {"Civilians (Russia)"}


def test_strike_on_a_detention_centre_for_migrants():
    assert targets(
        "An air strike on a migrant detention centre in Saada, Yemen, on Monday killed "
        "35 migrants, the health ministry said."
    ) == {"Civilians (Yemen)"}


def test_shelling_of_a_displacement_camp():
    assert "Civilians (Sudan)" in targets(
        "Artillery shells hit tents sheltering displaced families in El Fasher, Sudan, "
        "on Monday, killing nine."
    )


def test_soldiers_in_a_military_vehicle_are_not_civilians():
    assert "Civilians (Ukraine)" not in targets(
        "A Ukrainian drone struck a Russian military truck near Bakhmut, Ukraine, on Monday, "
        "killing two soldiers."
    )

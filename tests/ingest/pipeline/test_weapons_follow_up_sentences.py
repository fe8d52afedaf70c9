"""Weapons told in the sentences after the lead, which do not name the place again."""

from datetime import date

from tests.ingest.pipeline.conftest import by_city, run

D = date(2025, 3, 6)


def test_the_next_paragraph_gives_the_weapons_of_an_assault():
    ex = run(
        "Rebels attacked an army base in the town of Kidal on Wednesday, killing at least seven "
        "soldiers, a military source said.\n\n"
        "The attackers opened with an explosives-laden truck at the gate before storming the "
        "camp with rifles.",
        D,
    )
    e = by_city(ex)["Kidal"]
    assert set(e.weapons) == {"car bomb", "firearms"}


def test_a_separate_incident_does_not_lend_its_weapons():
    ex = run(
        "Rebels attacked an army base in the town of Kidal on Wednesday, killing at least seven "
        "soldiers, a military source said.\n\n"
        "Separately, a roadside bomb killed two traders near Gao on Tuesday.",
        D,
    )
    assert by_city(ex)["Kidal"].weapons == ()


def test_pursuit_and_medical_flights_are_not_the_weapons_of_the_attack():
    ex = run(
        "Rebels attacked an army base in the town of Kidal on Wednesday, killing at least seven "
        "soldiers, a military source said.\n\n"
        "Reinforcements backed by warplanes were pursuing the assailants. The wounded were "
        "evacuated by helicopter to the capital.",
        D,
    )
    assert by_city(ex)["Kidal"].weapons == ()


def test_weapons_seized_after_the_fight_are_not_used_in_it():
    ex = run(
        "Rebels attacked an army base in the town of Kidal on Wednesday, killing at least seven "
        "soldiers, a military source said.\n\n"
        "Troops later recovered two rifles and a grenade from the site.",
        D,
    )
    assert by_city(ex)["Kidal"].weapons == ()

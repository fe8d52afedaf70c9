"""The other side of a fight, the side that withdrew, and the column an air strike hit.

- "X attacked the camp. The army said its soldiers killed 14 assailants": the army is the
  target of X's attack (the assailants are X's own men).
- "Troops retook the village after X fighters withdrew": X is the side that lost it.
- "Air force aircraft struck a column of fleeing assailants": the state struck, the assailants
  were hit.
"""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _roles(event, role):
    return {a.name for a in event.actors if a.role == role}


def test_the_state_fighting_back_is_the_target():
    text = (
        "JNIM fighters attacked an army camp in Gao, Mali, on Monday. The army said its "
        "soldiers killed 14 assailants."
    )
    event = run(text, TUESDAY).events[0]
    assert _roles(event, "perpetrator") == {"JNIM"}
    assert "Military Forces of Mali" in _roles(event, "target")
    assert "Unidentified Armed Group" not in _roles(event, "target")


def test_the_side_that_withdrew_lost_the_village():
    text = (
        "Somali army troops recaptured the village of Bulo Burte in Somalia on Monday after "
        "al-Shabaab fighters withdrew, a commander said."
    )
    event = run(text, TUESDAY).events[0]
    assert "al-Shabaab" in _roles(event, "target")
    assert "al-Shabaab" not in _roles(event, "perpetrator")


def test_air_force_aircraft_struck_a_column_of_assailants():
    text = (
        "On Monday air force aircraft struck a column of fleeing assailants near Tillaberi, "
        "Niger, killing several fighters, the defence ministry said."
    )
    event = run(text, TUESDAY).events[0]
    assert _roles(event, "perpetrator") == {"Military Forces of Niger"}

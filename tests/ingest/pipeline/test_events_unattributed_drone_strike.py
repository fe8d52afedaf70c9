"""A drone strike nobody is named as carrying out is the state's, unless the report shows the
armed group it names flying drones; "an army drone" is the state's own."""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def _drone_event(extraction):
    return next(e for e in extraction.events if e.sub_event_type == "Air/drone strike")


def test_an_unattributed_drone_strike_is_not_the_rebels_who_took_a_town():
    text = (
        "Rebels of the Oromo Liberation Army seized the town of Nedjo, Ethiopia, on Saturday "
        "after hours of fighting, residents said.\n\n"
        "On Sunday, a drone strike hit a market in the town of Dembi Dolo, killing nine "
        "civilians, relatives said."
    )
    event = _drone_event(run(text, TUESDAY))
    assert _perps(event) == {"Military Forces of Ethiopia"}


def test_a_group_shown_flying_drones_keeps_the_strike():
    text = (
        "The Rapid Support Forces have used drones to attack cities in the east for months.\n\n"
        "On Sunday, a drone strike hit a fuel depot in Kosti, Sudan, killing three guards, "
        "officials said."
    )
    event = _drone_event(run(text, TUESDAY))
    assert _perps(event) == {"Rapid Support Forces"}


def test_an_army_drone_is_the_states():
    text = (
        "On Monday an army drone struck fighters regrouping near Djibo, Burkina Faso, "
        "killing dozens of them, state television said."
    )
    event = _drone_event(run(text, TUESDAY))
    assert _perps(event) == {"Military Forces of Burkina Faso"}

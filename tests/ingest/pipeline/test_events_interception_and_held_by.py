"""Unnamed air defences intercept for the country defended; "held by X" does not make X strike."""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 5, 6)


def _roles(event):
    return (
        {a.name for a in event.actors if a.role == "perpetrator"},
        {a.name for a in event.actors if a.role == "target"},
    )


def test_air_defences_downing_rebel_drones_are_the_states_forces():
    text = (
        "Drones struck the port of Port Sudan on Tuesday, officials said. The army blamed the "
        "paramilitary Rapid Support Forces for the attack.\n\n"
        "Earlier on Tuesday, air defenses in the eastern city of Kassala intercepted three "
        "drones heading toward the airport, a military official said. No damage was reported."
    )
    events = {e.city: e for e in run(text, TUESDAY).events}
    kassala = events["Kassala"]
    assert kassala.sub_event_type == "Disrupted weapons use"
    perps, targets = _roles(kassala)
    assert perps == {"Military Forces of Sudan"}
    assert "Rapid Support Forces" in targets


def test_a_town_held_by_a_group_is_not_struck_by_it():
    text = (
        "The military carried out drone strikes on Thursday on Kyaukme, a town in northern Shan "
        "state held since last year by the Ta'ang National Liberation Army, killing three "
        "civilians at a market."
    )
    events = run(text, date(2025, 6, 21)).events
    perps, _ = _roles(events[0])
    assert "Ta'ang National Liberation Army" not in perps

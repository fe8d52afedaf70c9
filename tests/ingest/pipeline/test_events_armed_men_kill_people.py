"""Armed men killing people is an event even when the text names no weapon."""

from datetime import date

from tests.ingest.pipeline.conftest import run

MONDAY = date(2025, 9, 15)


def test_bandits_killing_villagers_is_an_attack_on_civilians():
    events = run(
        "Bandits killed seven villagers in Kaura Namoda, Nigeria, on Sunday.", MONDAY
    ).events
    assert [(e.city, e.sub_event_type, e.fatalities) for e in events] == [
        ("Kaura Namoda", "Attack", 7)
    ]


def test_rebels_killing_soldiers_is_an_armed_clash():
    text = "Rebels killed nine soldiers near Butembo in eastern Congo on Sunday, the army said."
    events = run(text, MONDAY).events
    assert [(e.city, e.sub_event_type, e.fatalities) for e in events] == [
        ("Butembo", "Armed clash", 9)
    ]


def test_militants_killing_people_with_a_bomb_stays_an_explosion():
    text = "Militants killed six people with a roadside bomb in Kalat, Pakistan, on Sunday."
    events = run(text, MONDAY).events
    assert [(e.city, e.sub_event_type) for e in events] == [
        ("Kalat", "Remote explosive/landmine/IED")
    ]

"""Riots without the word protest, arrests, property destruction and armed attacks on forces."""

from tests.ingest.pipeline.conftest import run


def types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in run(text).events]


def test_barricades_and_stones_are_a_riot():
    assert types(
        "Youths erected barricades with burning tyres and threw stones at police in Kisumu "
        "on Tuesday."
    ) == [("Riots", "Violent demonstration")]


def test_a_detention_is_an_arrest():
    assert types("Police in Lagos detained 12 members of a separatist group on Tuesday.") == [
        ("Strategic developments", "Arrests")
    ]


def test_burned_property_without_casualties_is_property_destruction():
    assert types(
        "Settlers set fire to olive groves and a warehouse outside Nablus on Tuesday, "
        "residents said."
    ) == [("Strategic developments", "Looting/property destruction")]


def test_an_armed_group_attacking_soldiers_is_a_battle():
    assert types(
        "Suspected jihadists killed 12 soldiers in an attack in Borno state on Tuesday."
    ) == [("Battles", "Armed clash")]


def test_air_defences_destroying_drones_is_disrupted_weapons_use():
    assert types(
        "Russian air defences destroyed 18 drones over the Belgorod region overnight, the "
        "defence ministry said."
    ) == [("Strategic developments", "Disrupted weapons use")]

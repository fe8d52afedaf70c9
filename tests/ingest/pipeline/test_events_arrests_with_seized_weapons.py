"""Weapons seized in an arrest are not weapons used: the event is an arrest."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def test_arrest_with_seized_rifle_and_grenades_is_an_arrest():
    text = (
        "Security forces arrested two suspected militants and seized an assault rifle, a pistol "
        "and grenades during a search operation in Churachandpur, Manipur, on Wednesday, police "
        "said."
    )
    events = run(text, date(2025, 10, 22)).events
    assert [(e.city, e.sub_event_type, e.weapons) for e in events] == [
        ("Churachandpur", "Arrests", ())
    ]


def test_grenades_thrown_are_still_weapons():
    text = "Militants threw grenades at a police post in Srinagar on Wednesday, wounding three."
    events = run(text, date(2025, 10, 22)).events
    assert events[0].weapons == ("grenade",)

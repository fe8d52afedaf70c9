"""Forces named only as a source ("police said") are not the attacker when another speaker in
the same sentence says it struck."""

from datetime import date

from tests.ingest.pipeline.conftest import run

WEDNESDAY = date(2025, 11, 5)


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def test_police_as_a_source_are_not_the_attacker():
    text = (
        "Gunmen killed nine fishermen near Monguno in Nigeria's Borno state on Monday, police "
        "said, and survivors said they shot at everyone on the lake shore."
    )
    events = run(text, WEDNESDAY).events
    assert [e.city for e in events] == ["Monguno"]
    assert _perps(events[0]) <= {"Unidentified Armed Group"}


def test_forces_that_say_they_struck_are_still_the_attacker():
    text = (
        "The army said it struck insurgent camps near Monguno in Nigeria's Borno state on "
        "Monday, killing several fighters."
    )
    events = run(text, WEDNESDAY).events
    assert _perps(events[0]) == {"Military Forces of Nigeria"}

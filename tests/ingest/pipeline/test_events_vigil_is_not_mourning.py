"""A church "night vigil" during which an attack happens is a service, not mourning afterwards."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def test_attack_during_a_night_vigil_is_an_event():
    text = (
        "Rebels stormed a church in Butembo, Congo, on Sunday while worshippers were gathered "
        "for a night vigil, killing 12 people with machetes, witnesses said."
    )
    events = run(text, date(2025, 9, 15)).events
    assert [(e.city, e.fatalities) for e in events] == [("Butembo", 12)]


def test_a_vigil_for_the_dead_is_still_not_a_new_event():
    text = (
        "Rebels killed 12 people in Butembo, Congo, on Sunday, witnesses said.\n\n"
        "On Monday, hundreds of residents of Beni held a candlelight vigil for the victims."
    )
    events = run(text, date(2025, 9, 15)).events
    assert [e.city for e in events] == ["Butembo"]

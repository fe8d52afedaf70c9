"""Dates that frame a sentence: "In March, ... Friday prayers", "the same night", "1 a.m."."""

from datetime import date

from tests.ingest.pipeline.conftest import run

SUNDAY = date(2025, 9, 14)


def test_friday_prayers_in_a_sentence_about_march_is_background():
    text = (
        "Gunmen killed five villagers in the village of Dani Kouara in Niger on Friday, a local "
        "official said.\n\n"
        "In March, gunmen killed 44 worshippers during Friday prayers at a mosque in Tillaberi."
    )
    events = run(text, SUNDAY).events
    assert [(e.city, e.event_date, e.fatalities) for e in events] == [
        ("Dani Kouara", date(2025, 9, 12), 5)
    ]


def test_the_same_night_takes_the_day_of_the_incident_told_before():
    text = (
        "Rebels attacked the town of Beni in Congo on Saturday night, killing nine people.\n\n"
        "In a separate attack the same night, rebels killed four farmers in Butembo, a local "
        "chief said on Sunday."
    )
    events = {e.city: e for e in run(text, SUNDAY).events}
    assert events["Butembo"].event_date == date(2025, 9, 13)


def test_a_time_before_a_weekday_does_not_end_the_sentence():
    text = (
        "Rebels stormed a church in Beni, Congo, at around 1 a.m. Sunday while worshippers were "
        "gathered for a night vigil, killing 12 people, witnesses said on Monday."
    )
    events = run(text, date(2025, 9, 15)).events
    assert [(e.city, e.event_date, e.fatalities) for e in events] == [
        ("Beni", date(2025, 9, 14), 12)
    ]


def test_a_day_quoted_from_a_witness_is_not_the_reference_for_a_day_later():
    text = (
        'Gunmen killed seven people in Kaura Namoda, Nigeria, on Sunday. "We buried them '
        'yesterday," a resident said.\n\n'
        "A day later, bandits abducted 20 women in Zurmi, residents said."
    )
    events = {e.city: e for e in run(text, date(2025, 10, 7)).events}
    assert events["Zurmi"].event_date == date(2025, 10, 6)

"""A lead dated only by when it was reported joins the incident the body dates earlier."""

from datetime import date

from tests.ingest.pipeline.conftest import run

MONDAY = date(2025, 11, 3)


def test_lead_said_on_monday_and_body_saturday_are_one_saturday_event():
    text = (
        "Rebels killed four soldiers with a roadside bomb in Bamenda, Cameroon, the army said "
        "on Monday.\n\n"
        "The soldiers were on patrol in the city on Saturday morning when the device exploded "
        "under their vehicle, the army spokesman said."
    )
    events = run(text, MONDAY).events
    assert [(e.city, e.event_date, e.fatalities) for e in events] == [
        ("Bamenda", date(2025, 11, 1), 4)
    ]


def test_region_lead_goes_to_the_village_the_body_names():
    text = (
        "Jihadists killed 22 soldiers in an ambush in Niger's Tillaberi region, the army said "
        "late Sunday.\n\n"
        "The convoy was attacked on Friday near the village of Tamou Koira, the army said."
    )
    events = run(text, MONDAY).events
    assert [(e.city, e.event_date, e.fatalities) for e in events] == [
        ("Tamou Koira", date(2025, 10, 31), 22)
    ]


def test_a_lead_summing_up_several_attacks_gives_no_figures_to_one_of_them():
    text = (
        "Gunmen killed 16 people in attacks on two villages in Nigeria's Zamfara state, police "
        "said on Monday.\n\n"
        "On Saturday, gunmen stormed the village of Kwali Dutse, killing 11 people, police said. "
        "On Sunday, a separate gang attacked the village of Rafin Gora, killing five."
    )
    events = {e.city: e for e in run(text, MONDAY).events}
    assert set(events) == {"Kwali Dutse", "Rafin Gora"}
    assert (events["Kwali Dutse"].fatalities, events["Rafin Gora"].fatalities) == (11, 5)
    assert events["Kwali Dutse"].event_date == date(2025, 11, 1)


def test_a_claim_made_on_a_later_day_does_not_date_the_attack():
    text = (
        "Gunmen killed five civilians in the village of Koira Tegui in Niger on Friday. "
        "Islamic State Sahel Province claimed responsibility for the killings on Sunday."
    )
    events = run(text, MONDAY).events
    assert [(e.city, e.event_date) for e in events] == [("Koira Tegui", date(2025, 10, 31))]

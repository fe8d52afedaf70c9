"""A toll told in parts adds up; a part named with "including" is not a rival count."""

from datetime import date

from ingest.pipeline.numbers import casualty_figures
from tests.ingest.pipeline.conftest import run


def _figs(text):
    return [(f.kind, f.value) for f in casualty_figures(text)]


def test_parts_of_one_toll_add_up():
    assert _figs("Six civilians and one officer were killed in the attack.") == [("killed", 7)]
    assert _figs("Three soldiers and two policemen were killed in the ambush.") == [("killed", 5)]


def test_a_killed_and_an_injured_count_stay_apart():
    assert _figs("The attack killed three soldiers and wounded two civilians.") == [
        ("killed", 3),
        ("injured", 2),
    ]


def test_including_an_adult_is_part_of_the_toll_before_it():
    text = "Gang members killed at least seven people, including a police officer, in Kenscoff."
    assert _figs(text) == [("killed", 7)]


def test_lead_total_and_body_breakdown_give_the_total():
    text = (
        "PORT-AU-PRINCE, Haiti (AP) - Gang members killed at least seven people, including a "
        "police officer, in an attack on the town of Kenscoff on Thursday, officials said.\n\n"
        "Six civilians and one officer were killed, the mayor said, and at least nine people "
        "were wounded."
    )
    events = run(text, date(2025, 4, 12)).events
    assert [(e.city, e.fatalities, e.injured) for e in events] == [("Kenscoff", 7, 9)]

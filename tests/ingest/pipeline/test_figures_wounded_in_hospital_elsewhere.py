"""Where the wounded are treated is not an event place; their count joins the incident."""

from __future__ import annotations

from datetime import date

from ingest.pipeline.numbers import casualty_figures
from tests.ingest.pipeline.conftest import run

PUBLISHED = date(2025, 6, 12)  # a Thursday


def test_hospital_towns_are_not_event_places_and_the_count_joins_the_attack():
    text = (
        "KADUNA, Nigeria (AP) - Gunmen killed 14 people in an attack on the village of Kauru "
        "in Kaduna state late on Tuesday, an official said.\n\n"
        '"They came at night," a survivor said.\n\n'
        "He said 19 wounded people were receiving treatment at hospitals in Kafanchan and in "
        "Zaria, the official added."
    )
    events = run(text, PUBLISHED).events
    assert [(e.city, e.fatalities, e.injured) for e in events] == [("Kauru", 14, 19)]


def test_day_after_an_abbreviated_month_is_not_a_count():
    text = "ADEN, Yemen, Sept. 9 (Xinhua) -- Two children were killed by shelling on Sunday."
    assert [(f.kind, f.value) for f in casualty_figures(text, 0, len(text))] == [("killed", 2)]


def test_ages_in_words_are_not_counts():
    text = "The two children killed were brothers aged seven and nine, a medic said."
    assert [(f.kind, f.value) for f in casualty_figures(text, 0, len(text))] == [("killed", 2)]

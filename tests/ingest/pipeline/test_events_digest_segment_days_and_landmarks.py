"""A lead telling two incidents: each keeps its own day, and a landmark joins the body's place."""

from __future__ import annotations

from datetime import date

from tests.ingest.pipeline.conftest import run

PUBLISHED = date(2025, 6, 11)  # a Wednesday

TEXT = (
    "KABUL, Afghanistan (Reuters) - A roadside bomb killed two police officers near the city "
    "of Kandahar late on Monday, officials said, while gunmen killed four soldiers south of "
    "Kunduz on Tuesday.\n\n"
    "In the second attack, gunmen opened fire on an army post in the village of Aqtash, about "
    "20 km south of Kunduz, before dawn on Tuesday, killing four soldiers, a spokesman said."
)


def test_each_incident_of_a_digest_lead_keeps_its_own_day():
    events = {e.city: e for e in run(TEXT, PUBLISHED).events}
    assert events["Kandahar"].event_date == date(2025, 6, 9)
    assert events["Aqtash"].event_date == date(2025, 6, 10)


def test_landmark_of_the_lead_joins_the_place_the_body_measures_from_it():
    events = run(TEXT, PUBLISHED).events
    assert sorted((e.city, e.fatalities) for e in events) == [("Aqtash", 4), ("Kandahar", 2)]

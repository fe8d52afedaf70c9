"""Bodies recovered after fighting: the event is the fighting, on its own day, with its weapons."""

from __future__ import annotations

from datetime import date

from ingest.pipeline.dates import find_date_mentions
from tests.ingest.pipeline.conftest import run

TEXT = (
    "On Tuesday, soldiers recovered nine bodies with gunshot wounds near the town of Tibu in "
    "Colombia's Norte de Santander department, "
    "after fighting on Monday between two rival armed groups, the army said."
)
PUBLISHED = date(2025, 3, 13)  # a Thursday


def test_day_bodies_were_found_yields_to_day_of_fighting():
    first = next(d for d in find_date_mentions(TEXT, 0, len(TEXT), PUBLISHED) if not d.report)
    assert first.value == date(2025, 3, 10)


def test_fighting_with_a_day_before_between_is_a_clash():
    events = run(TEXT, PUBLISHED).events
    assert [(e.city, e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        ("Tibu", date(2025, 3, 10), "Armed clash", 9)
    ]


def test_gunshot_wounds_on_recovered_bodies_are_firearms():
    (event,) = run(TEXT, PUBLISHED).events
    assert event.weapons == ("firearms",)


def test_weapons_recovered_are_still_not_used():
    text = (
        "Police killed two suspected militants in a raid in Tibu, Colombia, on Monday "
        "and recovered "
        "rifles and grenades from their hideout."
    )
    (event,) = run(text, PUBLISHED).events
    assert "grenade" not in event.weapons

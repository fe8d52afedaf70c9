"""A region that shares its name with its main town is named even when the town ranks first."""

from __future__ import annotations

from ingest.pipeline.places import find_place_mentions
from tests.ingest.pipeline.conftest import run

TEXT = (
    "Guerrillas attacked a police post in Saravena on Monday, wounding four officers, "
    "the governor of Arauca said. The army has reported similar attacks in Cauca this year."
)


def test_town_near_a_region_named_by_its_town_is_found():
    found = {(m.surface, m.place.country, m.place.admin1) for m in find_place_mentions(TEXT)}
    assert ("Saravena", "CO", "Arauca") in found


def test_event_placed_in_the_town():
    events = run(TEXT).events
    assert [(e.city, e.admin1, e.injured) for e in events] == [("Saravena", "Arauca", 4)]

"""Villages named only by their position: "near X in <region>", "the road between X and Y"."""

from __future__ import annotations

from datetime import date

from ingest.pipeline.locate import locate
from ingest.pipeline.nlp import entities
from ingest.pipeline.text import normalise
from ingest.pipeline.unlisted_places import unlisted_settlements
from tests.ingest.pipeline.conftest import run

PUBLISHED = date(2025, 6, 12)  # a Thursday


def _unlisted(text: str) -> list[tuple[str, str | None, str | None]]:
    norm = normalise(text)
    located = locate(norm, entities(norm))
    return [(x.name, x.country, x.admin1) for x in unlisted_settlements(norm, located)]


def test_near_a_village_in_a_named_region():
    text = (
        "Soldiers killed three militants in a clash near Kiunga Mpya in Kenya's Lamu County "
        "on Tuesday, the army said."
    )
    assert ("Kiunga Mpya", "KE", "Lamu") in _unlisted(text)


def test_near_a_name_without_a_region_after_is_not_taken():
    text = "Soldiers killed three militants near Kiunga Mpya on Tuesday, Kenya's army said."
    assert _unlisted(text) == []


def test_first_end_of_a_road_is_a_settlement():
    text = (
        "A bomb hit a police truck on the road between Damajale and Liboi in Kenya's Garissa "
        "County on Sunday, killing two officers."
    )
    events = run(text, PUBLISHED).events
    assert [(e.city, e.admin1, e.fatalities) for e in events] == [("Damajale", "Garissa", 2)]


def test_region_lead_joins_the_village_the_body_names():
    text = (
        "Soldiers killed four militants in Kenya's Lamu County on Tuesday, the army said.\n\n"
        "The clash took place near Kiunga Mpya in Lamu County, a spokesman said."
    )
    events = run(text, PUBLISHED).events
    assert [(e.city, e.fatalities) for e in events] == [("Kiunga Mpya", 4)]

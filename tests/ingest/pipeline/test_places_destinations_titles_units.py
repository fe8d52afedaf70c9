"""Place names that are not where anything happened: destinations, titles, units."""

from __future__ import annotations

from datetime import date

from tests.ingest.pipeline.conftest import run

PUBLISHED = date(2025, 6, 12)  # a Thursday


def _events(text: str) -> list[tuple[str | None, str]]:
    return [(e.city, e.sub_event_type) for e in run(text, PUBLISHED).events]


def test_where_news_took_days_to_reach_is_not_an_event_place():
    text = (
        "Gunmen abducted nine farmers in the village of Gwoza in Nigeria's Borno state on "
        "Sunday, officials said.\n\n"
        "News of the abduction took two days to reach Maiduguri because the roads are unsafe."
    )
    assert _events(text) == [("Gwoza", "Abduction/forced disappearance")]


def test_place_in_an_officials_title_is_not_an_event_place():
    text = (
        "Maoists killed two policemen with an IED near the town of Sukma in Chhattisgarh, "
        "India, on Monday, Inspector-General of Police (Bastar range) told reporters."
    )
    assert [city for city, _ in _events(text)] == ["Sukma"]


def test_unit_named_after_a_place_is_not_an_event_place():
    text = (
        "Maoists killed two policemen with an IED near the town of Sukma in Chhattisgarh, "
        "India, on Monday. The Maoists' Dandakaranya zonal committee claimed the Sukma blast."
    )
    assert [city for city, _ in _events(text)] == ["Sukma"]


def test_killed_in_an_encounter_is_an_armed_clash():
    text = (
        "Security forces killed four Maoists in an encounter in the forests near Sukma in "
        "Chhattisgarh, India, on Tuesday, police said."
    )
    assert _events(text) == [("Sukma", "Armed clash")]

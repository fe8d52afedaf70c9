"""Past the lead, what 'has been happening' with no day and no figure is background."""

from __future__ import annotations

from datetime import date

from tests.ingest.pipeline.conftest import run

PUBLISHED = date(2025, 6, 12)  # a Thursday

LEAD = (
    "Gunmen killed six farmers in the village of Kwall in Plateau state, Nigeria, on "
    "Tuesday, police said.\n\n"
)


def test_habitual_attacks_later_in_the_report_are_not_events():
    text = LEAD + (
        "Armed gangs have attacked villages and have killed farmers around Bokkos and "
        "Mangu for years, residents say."
    )
    events = run(text, PUBLISHED).events
    assert [(e.city, e.fatalities) for e in events] == [("Kwall", 6)]


def test_present_perfect_with_a_figure_is_still_an_incident():
    text = LEAD + (
        "Separately, gunmen have killed four people in Bokkos on Wednesday, a local official said."
    )
    events = run(text, PUBLISHED).events
    assert sorted((e.city, e.fatalities) for e in events) == [("Bokkos", 4), ("Kwall", 6)]


def test_present_perfect_lead_is_an_incident():
    text = (
        "Gunmen have attacked a police station in the town of Bokkos in Plateau state, "
        "Nigeria, residents said on Thursday."
    )
    events = run(text, PUBLISHED).events
    assert [e.city for e in events] == ["Bokkos"]

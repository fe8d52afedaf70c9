"""A later blame for this incident beats the attacker the report names for another incident."""

from __future__ import annotations

from datetime import date

from tests.ingest.pipeline.conftest import run

PUBLISHED = date(2025, 6, 11)  # a Wednesday

TEXT = (
    "Four traders were killed when their minibus hit a roadside bomb in Somalia's Gedo region "
    "on Monday, officials said.\n\n"
    "Officials later blamed al-Shabaab for the attack.\n\n"
    "Separately, Somali troops killed six al-Shabaab fighters in a clash near the town of "
    "Baidoa on Tuesday, the army said."
)


def _perpetrators(event) -> list[str]:
    return [a.name for a in event.actors if a.role == "perpetrator"]


def test_blamed_group_is_the_bombing_perpetrator():
    events = {e.city or e.admin1: e for e in run(TEXT, PUBLISHED).events}
    assert _perpetrators(events["Gedo"]) == ["al-Shabaab"]


def test_the_other_incident_keeps_its_own_attacker():
    events = {e.city or e.admin1: e for e in run(TEXT, PUBLISHED).events}
    assert _perpetrators(events["Baidoa"]) == ["Military Forces of Somalia"]


def test_country_named_as_a_place_is_not_the_attacker():
    text = (
        "Five people were killed when a bomb exploded in a market in Kenya's northeastern "
        "Garissa County on Sunday, police said."
    )
    (event,) = run(text, PUBLISHED).events
    assert "Military Forces of Kenya" not in _perpetrators(event)

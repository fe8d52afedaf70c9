"""Crowd-control gear is not a weapon of attack; an exchange of fire is firearms."""

from __future__ import annotations

from datetime import date

from ingest.pipeline.weapons import find_weapons
from tests.ingest.pipeline.conftest import run


def _names(text: str) -> list[str]:
    return [w.name for w in find_weapons(text)]


def test_stun_and_gas_grenades_are_not_grenades():
    assert _names("Police fired stun grenades and tear gas grenades at the crowd.") == []


def test_hand_grenades_still_are():
    assert _names("The attackers threw hand grenades into the market.") == ["grenade"]


def test_exchange_of_fire_and_gunfight_are_firearms():
    assert _names("Two soldiers were wounded in the exchange of fire.") == ["firearms"]
    assert _names("The gunfight lasted several hours.") == ["firearms"]


def test_peaceful_gathering_dated_by_its_own_day_despite_last_years_disaster():
    text = (
        "On Wednesday evening in the city of Kragujevac, Serbia, several thousand people "
        "gathered peacefully in the main square in memory of the victims of last year's "
        "canopy collapse."
    )
    events = run(text, date(2025, 7, 3)).events
    assert [(e.city, e.sub_event_type) for e in events] == [("Kragujevac", "Peaceful protest")]

"""A rebel "assault on army positions" is a battle whose attacker is the rebel group."""

from datetime import date

from tests.ingest.pipeline.conftest import run

FRIDAY = date(2025, 11, 14)


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def test_an_assault_on_army_positions_is_an_armed_clash_by_the_group():
    text = (
        "Fighting continued on Thursday near Lashio in Myanmar's Shan state.\n\n"
        "On Thursday the Ta'ang National Liberation Army launched a new assault on army "
        "positions around Lashio, a spokesman for the group said."
    )
    events = [e for e in run(text, FRIDAY).events if e.city == "Lashio"]
    assert len(events) == 1
    assert events[0].sub_event_type == "Armed clash"
    assert _perps(events[0]) == {"Ta'ang National Liberation Army"}

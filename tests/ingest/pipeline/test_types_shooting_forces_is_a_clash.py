"""Gunmen shooting dead policemen or soldiers fight the state's forces: Battles/Armed clash."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 9, 23)


def test_shooting_dead_two_policemen_is_an_armed_clash():
    ex = run(
        "Gunmen on motorcycles shot dead two policemen at a checkpoint near Turbat on Monday "
        "and escaped, an official said.",
        D,
    )
    assert ex.events[0].sub_event_type == "Armed clash"


def test_shooting_dead_civilians_stays_an_attack():
    ex = run(
        "Gunmen on motorcycles shot dead two shopkeepers and a woman near Turbat on Monday "
        "and escaped, an official said.",
        D,
    )
    assert ex.events[0].sub_event_type == "Attack"

"""A toll "shooting dead five men"; "evacuated to X" is where the wounded went, not the attack."""

from datetime import date

from ingest.pipeline.numbers import casualty_figures
from tests.ingest.pipeline.conftest import run


def test_shooting_dead_gives_a_killed_figure():
    text = "Gunmen raided the village, abducting 43 people and shooting dead five men who resisted."
    assert ("killed", 5) in [(f.kind, f.value) for f in casualty_figures(text)]


def test_wounded_evacuated_to_the_capital_stay_with_the_attack():
    text = (
        "Separatists killed four soldiers with a roadside bomb in Bamenda, Cameroon, on Saturday, "
        "the army said. Two other soldiers were seriously wounded and evacuated to Yaounde."
    )
    events = run(text, date(2025, 11, 3)).events
    assert [(e.city, e.fatalities, e.injured) for e in events] == [("Bamenda", 4, 2)]

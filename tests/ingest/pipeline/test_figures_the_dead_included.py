""" "The dead included three soldiers": a part of the toll, not the toll."""

from datetime import date

from ingest.pipeline.numbers import casualty_figures
from tests.ingest.pipeline.conftest import run


def test_the_dead_included_is_a_killed_part():
    figs = casualty_figures("The dead included three soldiers.")
    assert [(f.kind, f.value, f.part) for f in figs] == [("killed", 3, True)]
    figs = casualty_figures("The injured included two journalists.")
    assert [(f.kind, f.value, f.part) for f in figs] == [("injured", 2, True)]


def test_the_part_does_not_replace_the_toll():
    ex = run(
        "A car bomb killed 12 people at a market in Kismayo on Tuesday, police said. The dead "
        "included three soldiers and 15 were wounded.",
        date(2025, 6, 11),
    )
    assert ex.events[0].fatalities == 12

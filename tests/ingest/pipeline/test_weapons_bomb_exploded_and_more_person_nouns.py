"""A bomb that exploded or was detonated is an IED; rangers, gendarmes, teachers are people."""

from ingest.pipeline.numbers import casualty_figures
from ingest.pipeline.weapons import find_weapons


def test_a_bomb_that_went_off_is_an_ied():
    assert [w.name for w in find_weapons("A bomb exploded outside the bank.")] == ["IED"]
    assert [w.name for w in find_weapons("They detonated a bomb at the gate.")] == ["IED"]
    assert [w.name for w in find_weapons("The bomb, which went off at noon, hurt two.")] == ["IED"]


def test_a_bomb_dropped_by_a_drone_is_the_drone():
    assert [w.name for w in find_weapons("A bomb dropped by a drone exploded.")] == ["drone"]


def test_more_kinds_of_people_are_counted():
    figs = casualty_figures("The ambush killed three rangers and two gendarmes.")
    assert [(f.kind, f.value) for f in figs] == [("killed", 5)]
    figs = casualty_figures("Gunmen killed four teachers and a driver.")
    assert [(f.kind, f.value) for f in figs] == [("killed", 5)]

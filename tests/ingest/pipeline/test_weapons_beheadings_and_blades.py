"""Beheadings, axes, spears and slit throats are bladed-weapon attacks."""

from ingest.pipeline.weapons import find_weapons


def names(text: str) -> set[str]:
    return {w.name for w in find_weapons(text)}


def test_beheadings_are_bladed_weapon_attacks():
    assert names("Militants beheaded three fishermen on the beach.") == {"bladed weapon"}
    assert names("Two of the victims were decapitated.") == {"bladed weapon"}
    assert names("The raiders slit the throats of two herders.") == {"bladed weapon"}


def test_axes_spears_and_cutlasses_are_blades():
    assert names("Men armed with axes, spears and cutlasses stormed the camp.") == {"bladed weapon"}


def test_taxes_are_not_axes():
    assert names("Residents protested against new taxes.") == set()

"""Wording that decides who acted: backers, closing sources, "fighters of", acronyms, units hit.

- "the Iran-backed Houthis": the backer is not the attacker.
- "..., the Karen National Union said": a source closing the sentence is not the attacker.
- "Fighters of the X (ABC) took control": X took the town; the acronym is the same mention.
- "five Frontier Corps soldiers were injured": the unit is the target, not the attacker.
"""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _roles(event, role):
    return {a.name for a in event.actors if a.role == role}


def test_the_backer_of_the_attackers_is_not_the_perpetrator():
    text = (
        "Two soldiers were killed on Monday when a drone launched by the Iran-backed Houthi "
        "rebels struck their position near Marib, Yemen, a military source said."
    )
    event = run(text, TUESDAY).events[0]
    assert _roles(event, "perpetrator") == {"Houthis"}


def test_a_source_closing_the_sentence_is_not_the_attacker():
    text = (
        "Resistance fighters seized an army base near Myawaddy, Myanmar, on Monday, the Karen "
        "National Union said. The Karen National Liberation Army said its fighters stormed "
        "the base."
    )
    event = run(text, TUESDAY).events[0]
    assert "Karen National Union" not in _roles(event, "perpetrator")


def test_fighters_of_a_group_took_the_town():
    text = (
        "Fighters of the Oromo Liberation Army (OLA) took control of the town of Nekemte, "
        "Ethiopia, on Monday after hours of fighting, residents said."
    )
    event = run(text, TUESDAY).events[0]
    assert _roles(event, "perpetrator") == {"Oromo Liberation Army"}


def test_a_named_unit_hit_by_a_bomb_is_the_target():
    text = (
        "Five Frontier Corps soldiers were injured on Monday when a roadside bomb went off "
        "near their vehicle in Miranshah, Pakistan, officials said."
    )
    event = run(text, TUESDAY).events[0]
    assert "Military Forces of Pakistan" in _roles(event, "target")
    assert "Military Forces of Pakistan" not in _roles(event, "perpetrator")


def test_a_claim_with_the_acronym_in_brackets():
    text = (
        "A suicide car bomb killed seven soldiers at a checkpoint in Lawdar, Yemen, on "
        "Saturday. Hours later, al-Qaeda in the Arabian Peninsula (AQAP) claimed the attack."
    )
    event = run(text, TUESDAY).events[0]
    assert _roles(event, "perpetrator") == {"AQAP"}

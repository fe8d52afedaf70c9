"""Canonical actors: states, armed groups, persons with variants and surnames."""

from datetime import date

from ingest.pipeline.actors import canonical_person, find_armed_actors
from tests.ingest.pipeline.conftest import run


def names(text: str) -> list[str]:
    return [a.name for a in find_armed_actors(text)]


def test_state_forces_and_metonyms_are_one_actor():
    assert names("Russian forces shelled the town.") == ["Military Forces of Russia"]
    assert names("Moscow launched a new offensive.") == ["Military Forces of Russia"]
    assert names("The IDF said it struck targets.") == ["Military Forces of Israel"]


def test_armed_groups_by_usual_names():
    assert names("Ansar Allah fighters fired a missile.") == ["Houthis"]
    assert names("The RSF attacked the camp.") == ["Rapid Support Forces"]
    assert names("Al-Shabaab claimed the attack.") == ["al-Shabaab"]
    assert names("JNIM militants ambushed the convoy.")[0] == "JNIM"
    assert names("Gunmen opened fire.") == ["Unidentified Armed Group"]


def test_zelensky_spellings_are_one_person():
    assert canonical_person("Zelenskyy") == canonical_person("Zelenskiy") == "Volodymyr Zelensky"


def test_surname_mentions_merge_with_full_name():
    text = (
        "Prime Minister Shehbaz Sharif condemned the bombing in Quetta on Monday. "
        "Sharif said the attackers would be found."
    )
    ex = run(text, date(2025, 3, 3))
    persons = [a for a in ex.actors if a.kind == "person"]
    assert [p.name for p in persons] == ["Shehbaz Sharif"]
    assert len(persons[0].spans) == 2


def test_perpetrator_and_civilian_target_of_a_strike():
    text = "Russian missiles hit apartment buildings in Dnipro on Monday, killing four civilians."
    ex = run(text, date(2025, 3, 3))
    (event,) = ex.events
    roles = {(a.name, a.role) for a in event.actors}
    assert ("Military Forces of Russia", "perpetrator") in roles
    assert ("Civilians (Ukraine)", "target") in roles
    russia = next(a for a in ex.actors if a.name == "Military Forces of Russia")
    assert "Russia" in russia.aliases or "Russian missiles" in russia.aliases

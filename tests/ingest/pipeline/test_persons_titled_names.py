"""A title or role before "Name Surname" makes it a person, and pronouns resolve to them."""

from datetime import date

from ingest.pipeline.nlp import Entity
from ingest.pipeline.titled_names import titled_person_entities
from tests.ingest.pipeline.conftest import run


def test_role_then_name_is_a_person():
    text = "Military spokesman Nadav Shoshani said the operation was over."
    found = titled_person_entities(text, [])
    assert [e.text for e in found] == ["Nadav Shoshani"]


def test_existing_person_entities_are_not_duplicated():
    text = "Governor Oleh Kiper said so."
    ents = [Entity(9, 19, "PERSON", "Oleh Kiper")]
    assert titled_person_entities(text, ents) == []


def test_region_names_after_a_title_are_not_people():
    text = "The governor of the Kharkiv Region said so; Mayor Ihor Terekhov agreed."
    assert [e.text for e in titled_person_entities(text, [])] == ["Ihor Terekhov"]


def test_pronoun_speaker_resolves_to_the_titled_person():
    ex = run(
        "Regional governor Vadym Filashkin said the strike hit a school in Kramatorsk. "
        '"Two teachers were wounded in the attack," he said.',
        date(2025, 3, 3),
    )
    assert any(a.name == "Vadym Filashkin" and a.kind == "person" for a in ex.actors)
    assert [s.speaker for s in ex.statements] == ["Vadym Filashkin"]

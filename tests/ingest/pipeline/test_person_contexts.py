"""Names found by the phrase around them: bylines, appositions, correspondents, identifications."""

from ingest.pipeline.nlp import Entity
from ingest.pipeline.person_contexts import contextual_person_entities


def _persons(text: str, ents: list[Entity] | None = None) -> list[str]:
    return [e.text for e in contextual_person_entities(text, ents or []) if e.label == "PERSON"]


def test_byline_on_its_own_line():
    assert _persons("Rebels seize town\n\nBy Amaka Nwosu, Enugu\n\nFighters took the town.") == [
        "Amaka Nwosu"
    ]


def test_name_with_its_role_after_it():
    text = (
        "Tesfaye Gurmu, a spokesman for the rebels, denied it. "
        "Later Musa Dari, chairman of the council, spoke."
    )
    assert _persons(text) == ["Tesfaye Gurmu", "Musa Dari"]


def test_role_then_ranked_name_then_said():
    text = "Its spokesman, Air Vice Marshal Obi Okafor, said the jets had returned safely."
    assert _persons(text) == ["Obi Okafor"]


def test_correspondent_reporting_from_a_place():
    text = "The channel's Leila Haddad, reporting from Tripoli, said the shelling had stopped."
    assert _persons(text) == ["Leila Haddad"]


def test_identified_as():
    text = "The victim, a teenager identified by his family as Pedro Mamani, died in hospital."
    assert _persons(text) == ["Pedro Mamani"]


def test_a_name_tagged_as_an_organisation_becomes_a_person():
    text = "Tesfaye Gurmu, a spokesman for the rebels, denied it."
    ents = [Entity(0, 13, "ORG", "Tesfaye Gurmu")]
    assert [(e.text, e.label) for e in contextual_person_entities(text, ents)] == [
        ("Tesfaye Gurmu", "PERSON")
    ]


def test_places_and_dates_are_not_taken_for_names():
    text = "On Monday Goma, the main city of the province, fell. In Bunia, a town official said so."
    assert _persons(text) == []


def test_a_group_with_a_whose_clause_is_not_a_person():
    text = "Jund Khorasan, whose leader of many years was killed in 2019, lost ground."
    assert _persons(text) == []

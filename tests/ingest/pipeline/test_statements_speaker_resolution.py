"""Speakers of pronoun, partial, colon and back-referring attributions."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in run(text, date(2025, 6, 10)).statements]


def test_he_said_takes_the_subject_of_the_sentence_before():
    assert _speakers(
        "UN envoy Volker Perthes met Sudanese officials in Port Sudan. He later spoke to "
        'reporters. "We need a ceasefire now and without conditions," he said.'
    ) == ["Volker Perthes"]


def test_short_quote_inside_a_sentence_gets_its_sentence_subject():
    assert _speakers(
        'Energy Minister Herman Halushchenko called the attack "an act of economic terrorism '
        'against civilians" on Monday.'
    ) == ["Herman Halushchenko"]


def test_quote_after_a_name_and_colon():
    assert _speakers(
        'Live updates\n09:15 — Hryhorov: "The enemy attacked the city with drones overnight."'
    ) == ["Hryhorov"]


def test_the_mission_is_the_organisation_named_before():
    got = _speakers(
        'The UN Mission in South Sudan condemned the killings in Malakal. "These attacks on '
        'civilians must stop immediately," the mission said.'
    )
    assert len(got) == 1 and got[0] is not None and "Mission" in got[0]

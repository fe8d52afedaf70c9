"""Speakers by role across paragraphs, 'the official' referred back, long appositions."""

from __future__ import annotations

from datetime import date

from tests.ingest.pipeline.conftest import run


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_as_written) for s in run(text, date(2025, 6, 12)).statements]


def test_he_said_in_a_paragraph_opening_with_the_quote_is_the_role_before():
    text = (
        "Dr. Amal Hassan, the hospital's director, said supplies were running low.\n\n"
        "A nurse at the clinic said the wards were full.\n\n"
        '"We sleep in the corridors now," she said.'
    )
    ((speaker, written),) = _speakers(text)
    assert (speaker, written) == (None, "A nurse")


def test_the_governor_of_a_region_is_a_role_speaker():
    text = (
        "The governor of the Far North region said troops had been sent. "
        '"Our soldiers will find the hostages soon," he told state radio.'
    )
    ((speaker, written),) = _speakers(text)
    assert (speaker, written) == (None, "The governor of the Far North region")


def test_the_official_refers_back_to_the_role_told_before():
    text = (
        "Shells hit the city on Sunday, the deputy governor of Marib told reporters by phone.\n\n"
        '"They shell the homes of civilians every day," the official said.'
    )
    ((_, written),) = _speakers(text)
    assert written == "deputy governor of Marib"


def test_name_with_an_apposition_without_article():
    text = (
        '"Our fighters have taken the town and the people are safe," Musa Kabila, spokesman '
        "for the rebel coalition that holds the east, wrote on X."
    )
    ((speaker, _),) = _speakers(text)
    assert speaker == "Musa Kabila"


def test_capitalised_sentence_after_a_quote_is_not_its_attribution():
    text = (
        "Police spokesman Daniel Okoro said an inquiry had begun and that "
        '"no suspects have been identified so far." He did not give further details.'
    )
    ((speaker, _),) = _speakers(text)
    assert speaker == "Daniel Okoro"


def test_passenger_is_a_role_speaker():
    text = '"They took our phones and our money first," said a passenger who was later freed.'
    ((_, written),) = _speakers(text)
    assert written == "a passenger"

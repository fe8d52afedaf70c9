"""Ages and long appositions around a named speaker; "He said ... that X had '...'"."""

from tests.ingest.pipeline.conftest import run


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in run(text).statements]


def test_age_after_the_name_is_no_part_of_it():
    text = (
        '"We rebuilt the house twice and twice they burned it," said Okonkwo, 52, who now '
        "sleeps in a church hall."
    )
    assert _speakers(text) == ["Okonkwo"]


def test_long_apposition_before_the_verb():
    text = (
        '"We call on every party to return to the table without conditions," Priya Raman '
        "Iyer, deputy secretary-general of the regional security council and chair of the "
        "government's ceasefire panel, told reporters."
    )
    assert _speakers(text) == ["Priya Raman Iyer"]


def test_he_opening_a_sentence_of_reported_speech_with_a_partial_quote():
    text = (
        '"Our units hold the crossing and the town," army spokesman Col. Idris Mahamat Ousman '
        'told reporters. He said two soldiers had died and that the raiders had "fled back '
        'into the forest with their wounded."'
    )
    assert _speakers(text) == ["Idris Mahamat Ousman", "Idris Mahamat Ousman"]

"""'"...," she said' after a speaker introduced by role only: the role, not an earlier name."""

from tests.ingest.pipeline.conftest import run


def _written(text: str) -> list[str | None]:
    return [s.speaker_as_written for s in run(text).statements]


def test_role_with_a_who_clause_then_she_said():
    text = (
        "Army spokesman Major Pedro Alves said the convoy had been ambushed.\n\n"
        "The district administrator, who asked not to be named, said dozens of families had "
        'fled. "Nobody wants to sleep in the village any more," she said.'
    )
    assert _written(text) == ["The district administrator"]


def test_role_attributing_the_sentence_before_then_he_said():
    text = (
        "Governor Tunde Bako visited the site on Monday.\n\n"
        "The men had gone to fetch water when they were seized, a village elder told the radio. "
        'Their bodies were found later. "We buried them ourselves because nobody came," he said.'
    )
    assert _written(text) == ["a village elder"]

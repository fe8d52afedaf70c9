"""Role speakers with relative clauses, asides and partial quotes in reported speech."""

from tests.ingest.pipeline.conftest import run


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_as_written) for s in run(text).statements]


def test_role_speaker_with_a_relative_clause_before_the_verb():
    text = (
        'Shells hit the market. "The roof fell on us while we were asleep," a herder who '
        "escaped to the hills told the radio station."
    )
    assert _speakers(text) == [(None, "a herder who escaped to the hills")]


def test_role_noun_and_verb_of_shouting():
    text = 'Police fired tear gas. "We are students, not criminals," one protester shouted.'
    assert _speakers(text) == [(None, "one protester")]


def test_role_speaker_after_the_verb_with_a_place():
    text = '"Every window on the street was broken by the blast," said a vegetable seller nearby.'
    ((_, written),) = _speakers(text)
    assert written.startswith("a vegetable seller")


def test_partial_quote_after_said_and_a_plain_noun_subject():
    text = (
        'The army said troops had opened fire on "armed men who refused to stop at the '
        'checkpoint" near the bridge.'
    )
    assert _speakers(text) == [(None, "The army")]


def test_partial_quote_after_an_aside_on_anonymity():
    text = (
        "A district official in Tamba, speaking on condition of anonymity, said the raid had "
        'targeted "a meeting of commanders and their guards."'
    )
    ((_, written),) = _speakers(text)
    assert written == "A district official in Tamba"


def test_partial_quote_after_blamed():
    text = 'A village chief in Toro blamed "the bandits who camp in the forest" for the raid.'
    ((_, written),) = _speakers(text)
    assert written == "A village chief in Toro"


def test_name_in_apposition_to_a_role_is_the_speaker():
    text = (
        'The UN envoy for the region, Marta Kovacsne Lind, said she was "gravely concerned" '
        'and warned that the fighting "would leave thousands without food this winter."'
    )
    speakers = {sp for sp, _ in _speakers(text)}
    assert speakers == {"Marta Kovacsne Lind"}

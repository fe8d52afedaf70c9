"""'"...," the statement said': the speaker is whoever issued the statement named before."""

from tests.ingest.pipeline.conftest import run


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_as_written) for s in run(text).statements]


def test_organisation_that_said_in_a_statement():
    text = (
        "Two fighters were killed near the coast, the Pacific Task Command said in a statement "
        "released on Monday. It gave no other details.\n\n"
        '"We will keep up the pressure on the network wherever it hides," the statement said.'
    )
    ((_, written),) = _speakers(text)
    assert "Pacific Task Command" in written


def test_person_who_condemned_in_a_statement_by_an_aide():
    text = (
        "Governor Amaka Obi, in a statement by her chief of staff, condemned the attack. "
        '"Those behind this crime will be found and punished," the statement said.'
    )
    assert _speakers(text)[0][0] == "Amaka Obi"


def test_a_statement_from_an_organisation():
    text = (
        "A statement from the Coastal Relief Alliance said its warehouse had been looted. "
        '"Our staff are safe but the food meant for thousands is gone," the statement added.'
    )
    ((_, written),) = _speakers(text)
    assert "Coastal Relief Alliance" in written

"""'"...," it said': the organisation that opened the sentence before."""

from tests.ingest.pipeline.conftest import run


def test_it_is_the_body_opening_the_previous_sentence():
    text = (
        "Residents blamed the air force for the strike on the market.\n\n"
        "The regional government's information office denied targeting civilians. "
        '"Our operations are aimed only at armed groups that threaten the people," it said.'
    )
    (st,) = run(text).statements
    assert st.speaker_as_written == "The regional government's information office"


def test_it_without_any_body_stays_unresolved():
    text = (
        "Residents said the bridge was destroyed in the night.\n\n"
        '"Nobody could cross the river for two days after that," it said.'
    )
    (st,) = run(text).statements
    assert st.speaker is None
    assert st.speaker_as_written == "it"

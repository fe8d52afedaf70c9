"""'"...," the colonel said': the person last named with that rank."""

from tests.ingest.pipeline.conftest import run


def test_the_colonel_is_the_colonel_named_earlier():
    text = (
        "Police commander Col. Dario Mendez Rubio said two officers were wounded.\n\n"
        "Mendez blamed a dissident faction for the attack on the station.\n\n"
        '"They use drones to frighten people, but we are staying here," the colonel told '
        "reporters."
    )
    (st,) = run(text).statements
    assert st.speaker == "Dario Mendez Rubio"


def test_the_general_without_a_general_named_stays_a_role():
    text = (
        "Mayor Lena Brandt said the shelters were full.\n\n"
        '"We have pushed them back across the river overnight," the general said.'
    )
    (st,) = run(text).statements
    assert st.speaker is None
    assert st.speaker_as_written == "the general"

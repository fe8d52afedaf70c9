"""Organisations speaking by acronym take their full name; a written acronym stays visible."""

from tests.ingest.pipeline.conftest import run


def test_acronym_speaker_takes_the_full_name_defined_earlier():
    text = (
        "Two members of the Northern Defence Brigades (NDB) were killed in the strike.\n\n"
        'The NDB confirmed the deaths and accused the army of "attacking villages under '
        'cover of night".'
    )
    (st,) = run(text).statements
    assert st.speaker == "Northern Defence Brigades"


def test_speaker_written_with_its_acronym_keeps_it():
    text = (
        "The Regional Stabilisation Mission in Lakeland (RESMIL), which took over in March, "
        'said in a statement that it "strongly condemns this attack on the convoy".'
    )
    (st,) = run(text).statements
    assert st.speaker_as_written.endswith("(RESMIL)")

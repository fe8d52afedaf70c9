"""Direct quotes of four words or more, with speakers."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def quotes(text: str):
    return run(text, date(2025, 6, 1)).statements


def test_quote_before_attribution_with_named_speaker():
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan visited the front on Sunday. "
        '"We will not negotiate with those who destroyed our cities," Burhan said.'
    )
    (st,) = quotes(text)
    assert st.text == "We will not negotiate with those who destroyed our cities,"
    assert text[st.start : st.end] == st.text
    assert st.speaker == "Abdel Fattah al-Burhan"


def test_attribution_before_quote_with_colon_and_curly_quotes():
    text = "Governor Oleh Syniehubov wrote on Telegram: “Two people were injured in the attack.”"
    (st,) = quotes(text)
    assert st.text == "Two people were injured in the attack."
    assert st.speaker == "Oleh Syniehubov"


def test_split_quote_keeps_the_speaker_and_pronoun_resolves():
    text = (
        "Mayor Maria Lopez spoke to reporters outside the hospital.\n"
        '"The shelling started before dawn," she said. "Nobody had time to reach the shelters."'
    )
    sts = quotes(text)
    assert [s.speaker for s in sts] == ["Maria Lopez", "Maria Lopez"]
    assert sts[0].speaker_as_written == "she"


def test_role_only_speaker():
    text = '"The drones came in three waves over the port," the city\'s mayor said.'
    (st,) = quotes(text)
    assert st.speaker_as_written == "the city's mayor"


def test_said_verb_then_speaker():
    text = '"We found the bodies near the river bank," said a local elder, Hassan Ali.'
    (st,) = quotes(text)
    assert st.speaker == "Hassan Ali"


def test_scare_quotes_are_not_statements():
    text = 'Officials described the talks as "very constructive" and spoke of an "understanding".'
    assert quotes(text) == ()


def test_quote_running_to_end_of_paragraph():
    text = (
        'The army spokesman told Reuters: "Our units repelled the assault and the town remains '
        "under our control\n"
    )
    (st,) = quotes(text)
    assert st.text.endswith("under our control")


def test_single_curly_quotes_are_statements_with_their_speaker():
    from tests.ingest.pipeline.conftest import run

    ex = run(
        "The governor, Andriy Moroz, said: ‘We will rebuild every school they destroy.’\n\n"
        "‘They will not break this city’s spirit,’ said Olena Hrytsenko, a teacher."
    )
    got = {(s.text, s.speaker) for s in ex.statements}
    assert ("We will rebuild every school they destroy.", "Andriy Moroz") in got
    assert ("They will not break this city’s spirit", "Olena Hrytsenko") in got

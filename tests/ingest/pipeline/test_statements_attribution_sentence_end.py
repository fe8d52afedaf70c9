"""An attribution after a quote never runs past the end of the sentence."""

from tests.ingest.pipeline.conftest import run


def test_next_sentence_speaker_is_not_taken_for_a_partial_quote():
    text = (
        'The navy said in a statement that its ships had sunk "a boat loaded with explosives" '
        "that was heading for the port. Fishermen said the boat belonged to a local family."
    )
    (st,) = run(text).statements
    assert st.speaker_as_written == "The navy"


def test_an_abbreviated_rank_is_not_a_sentence_end():
    text = (
        '"These attacks will not go unanswered by the armed forces," Defence Secretary Gen. '
        "Tomas Ibarra Leal said at a news conference."
    )
    (st,) = run(text).statements
    assert st.speaker == "Tomas Ibarra Leal"


def test_a_capitalised_word_ending_the_sentence_also_ends_the_attribution():
    text = (
        '"This shows they do not want any ceasefire at all," Ferreira wrote on Telegram. '
        "Port Mayor Lina Osei said two people were hurt."
    )
    (st,) = run(text).statements
    assert st.speaker_as_written == "Ferreira"

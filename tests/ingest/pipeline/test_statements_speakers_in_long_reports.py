"""Speakers in long reports: partial quotes inside reported speech, roles, epithets."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def _one(text):
    statements = run(text, date(2025, 9, 30)).statements
    assert len(statements) == 1, statements
    return statements[0]


def test_a_partial_quote_after_condemned_as_is_the_subjects():
    s = _one(
        'Zamfara Governor Dauda Lawal condemned the killings as "a cowardly and barbaric act '
        'against innocent people" and promised support to the families.'
    )
    assert s.speaker == "Dauda Lawal"


def test_and_said_after_a_quote_is_not_a_speaker_named_and():
    s = _one(
        'Information Minister Khalid al-Aiser called the strikes "a desperate attempt by the '
        'militia to hide its defeats" and said the government would respond.'
    )
    assert s.speaker == "Khalid al-Aiser"


def test_the_next_sentences_subject_is_not_the_speaker_of_a_quote_ending_a_sentence():
    text = (
        "Chief Minister Sarfraz Bugti said the government would not negotiate with "
        '"those who kill innocent passengers". Prime Minister Shehbaz Sharif said the nation '
        "stood united."
    )
    assert _one(text).speaker == "Sarfraz Bugti"


def test_a_second_partial_quote_after_a_short_one_keeps_the_subject():
    text = (
        "The U.N. humanitarian coordinator for Sudan, Clementine Nkweta-Salami, said she was "
        '"deeply alarmed" by the strikes, warning that damage to the port "could have '
        'devastating consequences for millions of people."'
    )
    assert _one(text).speaker == "Clementine Nkweta-Salami"


def test_he_after_a_speaker_introduced_by_role_is_that_role():
    text = (
        'The army said the attackers came from Mali. "We will crush them," army spokesman Amadou '
        "Abdramane said.\n\n"
        "A soldier who survived the attack, speaking from a hospital bed in Niamey, said the "
        'convoy had been stopped by a burning truck. "We were completely surrounded, they came '
        'from every side," he said.'
    )
    last = run(text, date(2025, 9, 14)).statements[-1]
    assert last.speaker is None
    assert "soldier" in (last.speaker_as_written or "").lower()


def test_the_n_year_old_epithet_is_the_person_just_named():
    text = (
        "On the hill where his home once stood, Hassan Srour points to a pile of rubble. "
        '"My grandfather built this house with his own hands," the 58-year-old farmer says.'
    )
    assert _one(text).speaker == "Hassan Srour"


def test_one_of_the_residents_is_a_resident_and_identified_as_gives_the_role():
    text = (
        '"They were traders and farmers who came to sell their goods," one of the residents '
        "said by telephone.\n\n"
        '"My son was just buying a soda when they started shooting," said a woman who '
        "identified herself as the boy's mother."
    )
    roles = [s.speaker_as_written for s in run(text, date(2025, 9, 30)).statements]
    assert roles == ["resident", "mother"]

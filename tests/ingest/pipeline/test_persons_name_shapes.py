"""Names with initials or hyphenated first names are whole; groups and ranks are not persons."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def _persons(text: str) -> set[str]:
    return {a.name for a in run(text, date(2025, 6, 10)).actors if a.kind == "person"}


def test_initials_stay_part_of_the_name():
    assert "N. Biren Singh" in _persons(
        "Police said N. Biren Singh, the former chief minister, visited Imphal on Monday."
    )


def test_ethnic_group_written_like_a_name_is_not_a_person():
    got = _persons(
        "Meitei groups protested in Imphal on Monday. Police said Meitei militants had "
        "attacked a village."
    )
    assert "Meitei" not in got


def test_titled_name_with_abbreviated_rank_is_kept():
    got = _persons(
        'Gen. Abdel Fattah al-Burhan spoke on Monday. "We will fight until the end of this '
        'war," Burhan said.'
    )
    assert "Abdel Fattah al-Burhan" in got
    assert "Gen" not in got


def test_hyphenated_accented_name_after_a_title_is_a_person():
    ex = run(
        'President Faustin-Archange Touadéra condemned the attack in Bangui on Monday. "This '
        'is a cowardly act against our people," he said.',
        date(2025, 6, 10),
    )
    assert "Faustin-Archange Touadéra" in {a.name for a in ex.actors if a.kind == "person"}
    assert [s.speaker for s in ex.statements] == ["Faustin-Archange Touadéra"]


def test_group_names_and_lone_ranks_are_not_persons():
    got = _persons(
        "Fighters of the Zintan Brigade clashed with rivals in Tripoli on Monday. Brigadier "
        "said nothing. Commander Hassan Ali said the fighting continued."
    )
    assert "Hassan Ali" in got
    assert not any(name.endswith("Brigade") for name in got)
    assert "Brigadier" not in got

"""Updated tolls supersede earlier figures, and only the clause with the update verb counts."""

from datetime import date

from ingest.pipeline.numbers import KILLED, casualty_figures
from tests.ingest.pipeline.conftest import run

D = date(2025, 9, 18)


def only(text: str):
    ex = run(text, D)
    assert len(ex.events) == 1, ex.events
    return ex.events[0]


def test_later_rose_to_supersedes_the_first_report():
    e = only(
        "A missile struck a shopping centre in Kryvyi Rih, Ukraine, on Tuesday, killing three "
        "people. The death toll later rose to seven, the city council said."
    )
    assert e.fatalities == 7


def test_update_figure_comes_from_the_clause_with_the_verb():
    e = only(
        "Gunmen stormed a cattle market in Katsina, Nigeria, on Monday. Police initially said "
        "nine people were killed, but the toll has since risen to 14, a spokesman said."
    )
    assert e.fatalities == 14


def test_up_from_marks_the_newer_figure():
    e = only(
        "A car bomb exploded outside a courthouse in Kandahar, Afghanistan, on Sunday. At least "
        "eleven people were killed, up from six reported earlier, officials said."
    )
    assert e.fatalities == 11


def test_now_stands_at_updates_injured_only():
    e = only(
        "Shelling hit a bus stop in Donetsk, Ukraine, on Monday. Four people were killed, while "
        "the number of injured now stands at 19, local authorities said."
    )
    assert e.fatalities == 4
    assert e.injured == 19


def test_update_reported_on_a_later_day_stays_with_the_incident():
    ex = run(
        "A bomb went off at a crowded bus terminal in Peshawar, Pakistan, on Friday, killing "
        "six people. The number of injured climbed to 31 on Saturday, hospital officials said.",
        D,
    )
    assert len(ex.events) == 1
    assert ex.events[0].injured == 31
    assert ex.events[0].event_date == date(2025, 9, 12)


def test_pronoun_update_of_a_toll_named_before():
    e = only(
        "A suicide bomber attacked a police post in Mogadishu, Somalia, on Tuesday, killing "
        "four people. Officials first put the death toll at four. It later climbed to nine as "
        "three wounded officers died in hospital."
    )
    assert e.fatalities == 9


def test_the_replaced_figure_is_stale():
    figs = casualty_figures(
        "The toll initially stood at 20 but rose to 26 overnight as more of the wounded died."
    )
    killed = [f for f in figs if f.kind == KILLED]
    assert [(f.value, f.update, f.stale) for f in killed] == [(20, False, True), (26, True, False)]


def test_hyphenated_number_words():
    figs = casualty_figures("Thirty-four people were wounded in the blast.")
    assert [f.value for f in figs] == [34]

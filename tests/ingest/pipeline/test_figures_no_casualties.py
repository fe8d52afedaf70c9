"""Reports that nobody was harmed give 0; vague or unknown figures stay empty."""

from datetime import date

from ingest.pipeline.numbers import INJURED, KILLED, casualty_figures
from tests.ingest.pipeline.conftest import run

D = date(2025, 10, 2)


def _kinds(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for f in casualty_figures(text):
        out.setdefault(f.kind, []).append(f.value)
    return out


def test_no_casualties_is_zero_killed_and_injured():
    e = run(
        "A Russian drone hit a grain warehouse in Izmail, Ukraine, on Wednesday. No casualties "
        "were reported, the regional governor said.",
        D,
    ).events[0]
    assert (e.fatalities, e.injured) == (0, 0)


def test_no_one_was_killed_but_people_were_wounded():
    assert _kinds("No one was killed, but three guards were wounded.") == {
        KILLED: [0],
        INJURED: [3],
    }


def test_without_casualties():
    assert _kinds("The device went off near a patrol without causing casualties.") == {
        KILLED: [0],
        INJURED: [0],
    }


def test_there_were_no_fatalities():
    assert _kinds("There were no fatalities in the attack.") == {KILLED: [0]}


def test_a_stated_figure_beats_a_zero_for_the_same_event():
    e = run(
        "Artillery fire hit the market in Kherson, Ukraine, on Wednesday, killing two women. "
        "No injuries were reported.",
        D,
    ).events[0]
    assert e.fatalities == 2
    assert e.injured == 0


def test_unknown_and_vague_stay_empty():
    assert _kinds("There was no immediate word on casualties.") == {}
    assert _kinds("Several people were wounded.") == {}

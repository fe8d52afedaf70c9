"""Counts joined by "and" add up; the dead of both sides of a fight add up (ACLED)."""

from datetime import date

from ingest.pipeline.numbers import casualty_figures
from tests.ingest.pipeline.conftest import run

D = date(2025, 5, 14)


def killed(text: str) -> list[int]:
    return [f.value for f in casualty_figures(text) if f.kind == "killed" and not f.children]


def test_objects_of_one_kill_verb_add_up():
    assert killed("Gunmen raided the market, killing three traders and two policemen.") == [5]
    assert killed(
        "The ambush killed a police officer and four soldiers and wounded six others."
    ) == [5]


def test_subjects_with_a_modifier_add_up():
    assert killed("Police said five of their officers and at least 11 bandits were killed.") == [16]


def test_a_comma_apposition_is_not_a_second_count():
    assert killed("Fighting killed at least six villagers, a local chief said.") == [6]


def test_children_inside_a_coordinated_toll_stay_counted_apart():
    figs = casualty_figures("The shell killed two women and three children.")
    assert [(f.value, f.children) for f in figs] == [(5, False), (3, True)]


def test_dead_of_both_sides_in_one_sentence_add_up():
    ex = run(
        "Rebels overran an army outpost in the town of Kutkai on Monday. At least nine soldiers "
        "were killed in the assault, while three rebel fighters were killed, a rebel spokesman "
        "said.",
        D,
    )
    assert ex.events[0].fatalities == 12


def test_attackers_killed_in_a_later_sentence_add_to_the_victims():
    ex = run(
        "Gunmen attacked the town of Kaura Namoda in Zamfara state on Monday, killing eight "
        "villagers, police said. Two of the attackers were killed when vigilantes fought back.",
        D,
    )
    assert ex.events[0].fatalities == 10

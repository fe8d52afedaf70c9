"""Head counts without digits, treated casualties, chained clauses and attackers' claims."""

from ingest.pipeline.numbers import casualty_figures
from tests.ingest.pipeline.conftest import run


def figs(text: str) -> list[tuple[str, int, bool]]:
    return [(f.kind, f.value, f.children) for f in casualty_figures(text)]


def test_a_person_without_a_number_counts_one():
    assert figs("A Palestinian man was shot dead by settlers.") == [("killed", 1, False)]
    assert figs("Gunmen shot dead a village chief on Tuesday.") == [("killed", 1, False)]
    assert figs("One gunman was killed in the exchange.") == [("killed", 1, False)]


def test_treated_people_are_injured():
    assert figs("Medics treated nine people, including two children.") == [
        ("injured", 9, False),
        ("injured", 2, True),
    ]


def test_a_figure_chained_by_and_shares_the_place_of_the_one_before():
    got = {
        e.city: e
        for e in run(
            "A Russian missile struck Kharkiv on Tuesday, killing two passengers and wounding "
            "nine, while a Ukrainian drone killed a man in Belgorod."
        ).events
    }
    assert (got["Kharkiv"].fatalities, got["Kharkiv"].injured) == (2, 9)
    assert got["Belgorod"].fatalities == 1


def test_the_attackers_claim_yields_to_the_official_count():
    got = run(
        "Islamic State claimed it killed 40 soldiers in an attack in Borno state on Tuesday. "
        "The ministry said 10 soldiers were killed."
    ).events
    assert [e.fatalities for e in got] == [10]

"""Head counts: ages are not counts, 'N wounded people', disputed and partial figures."""

from __future__ import annotations

from datetime import date

from ingest.pipeline.numbers import INJURED, KILLED, casualty_figures
from tests.ingest.pipeline.conftest import run


def _figures(text: str) -> list[tuple[str, int]]:
    return [(f.kind, f.value) for f in casualty_figures(text, 0, len(text))]


def test_ages_are_not_counted():
    assert _figures("Three women aged 40, 52 and 67 were killed in the blast.") == [(KILLED, 3)]


def test_casualty_adjective_between_number_and_noun():
    text = "Officials said 18 wounded people were still being treated at the district hospital."
    assert _figures(text) == [(INJURED, 18)]


def test_regional_words_for_security_personnel_are_people():
    text = "Four constables of the Special Task Force (STF) were killed when the mine went off."
    assert _figures(text) == [(KILLED, 4)]


def test_passer_by_counts_as_one():
    assert _figures("A passer-by was injured by shrapnel.") == [(INJURED, 1)]


def test_count_named_before_among_the_dead_is_a_part():
    text = "said a neighbour whose brother and three cousins were among the dead."
    (figure,) = casualty_figures(text, 0, len(text))
    assert (figure.value, figure.part) == (3, True)


def test_disputed_figure_is_stale():
    text = "The group claimed that 40 soldiers had been killed, a figure the army rejected."
    (figure,) = casualty_figures(text, 0, len(text))
    assert (figure.value, figure.stale) == (40, True)


def test_event_keeps_the_undisputed_toll():
    text = (
        "A suicide bomber killed nine people at a market in Bannu, Pakistan, on Monday, "
        "police said.\n\n"
        "The militant group claimed that 40 soldiers had been killed, a figure officials "
        "rejected.\n\n"
        "A shopkeeper whose two sons were among the dead said the market was packed."
    )
    (event,) = run(text, date(2025, 6, 10)).events
    assert (event.city, event.fatalities) == ("Bannu", 9)


def test_count_with_its_own_harm_verb_after_an_arrest_count():
    text = "The minister said 20 people were arrested and nine police officers were injured."
    assert _figures(text) == [(INJURED, 9)]


def test_arrest_count_alone_is_not_a_casualty():
    assert _figures("Police arrested 20 people and detained 12 more after the clashes.") == []

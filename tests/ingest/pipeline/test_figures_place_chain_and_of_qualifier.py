"""A toll told before "X, west of Y" belongs to X; "N soldiers of the ... army were killed"."""

from datetime import date

from ingest.pipeline.numbers import casualty_figures
from tests.ingest.pipeline.conftest import by_city, run

D = date(2025, 6, 20)


def test_a_qualifier_with_of_between_count_and_verb():
    figs = casualty_figures(
        "Four soldiers of the internationally recognised government were killed on Friday."
    )
    assert [(f.kind, f.value) for f in figs] == [("killed", 4)]


def test_a_toll_before_a_place_and_its_locating_place_goes_to_the_first():
    ex = run(
        "Troops killed five fighters of an ethnic armed group during a long overnight gunfight "
        "in Kutkai town, Lashio, on Thursday, the army said.",
        D,
    )
    assert by_city(ex)["Kutkai"].fatalities == 5


def test_a_toll_for_two_places_joined_by_and_is_not_given_to_one():
    ex = run(
        "Shelling killed seven people during a long overnight bombardment of the hill towns "
        "of Kutkai and Lashio on Thursday, officials said.",
        D,
    )
    assert by_city(ex)["Kutkai"].fatalities is None

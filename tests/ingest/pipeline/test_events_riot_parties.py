"""Parties on either side of a riot: the party the rioters act for, the party attacked."""

from datetime import date

from ingest.pipeline.events.parties import riot_parties
from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def test_supporters_of_one_party_attacking_another_partys_rally():
    text = (
        "Supporters of the banned People's Freedom League attacked a rally of the Green "
        "Renewal Party, setting cars on fire."
    )
    assert riot_parties(text) == ("People's Freedom League", "Green Renewal Party")


def test_offices_of_the_ruling_party_are_the_target():
    text = "Protesters hurled stones at the offices of the ruling Democratic Unity Party."
    assert riot_parties(text) == (None, "Democratic Unity Party")


def test_no_party_named():
    assert riot_parties("Rioters torched shops in the market.") == (None, None)


def test_a_riot_by_party_supporters_names_the_party():
    text = (
        "At least three people were killed in Khulna, Bangladesh, on Monday when supporters "
        "of the Awami League attacked a rally of the Jatiya Party, setting vehicles on fire "
        "and fighting police, officials said."
    )
    event = run(text, TUESDAY).events[0]
    roles = {(a.name, a.role) for a in event.actors}
    assert ("Awami League", "perpetrator") in roles
    assert ("Jatiya Party", "target") in roles

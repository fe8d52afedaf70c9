"""A paragraph on another incident's aftermath neither makes an event nor takes the next figures."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def test_funeral_elsewhere_does_not_take_the_blast_toll():
    events = run(
        "A car bomb exploded at a market in Mogadishu on Friday, police said.\n"
        "In Baidoa, hundreds of mourners attended the funeral of a clan elder killed in an "
        "ambush last week.\n"
        "The blast killed nine people and wounded 20, police said.",
        date(2025, 6, 7),
    ).events
    assert [(e.city, e.fatalities, e.injured) for e in events] == [("Mogadishu", 9, 20)]


def test_demolition_elsewhere_does_not_take_the_strike_toll():
    events = run(
        "An Israeli air strike hit a house in Khan Younis on Tuesday, medics said.\n"
        "In Jenin, Israeli forces demolished the family homes of two Palestinians accused of a "
        "shooting attack in March.\n"
        "The strike killed seven people, including three children, the health ministry said.",
        date(2025, 6, 10),
    ).events
    strikes = [e for e in events if e.fatalities]
    assert [(e.city, e.fatalities) for e in strikes] == [("Khan Younis", 7)]

"""Settler raids are attacks on civilians; protests that burn are riots; police vehicles kill."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def _one(text, published):
    events = run(text, published).events
    assert len(events) == 1, events
    return events[0]


def test_settlers_burning_cars_and_beating_villagers_is_an_attack():
    e = _one(
        "Israeli settlers set fire to cars in the West Bank village of Sinjil early Tuesday, "
        "injuring four Palestinians who were beaten and hit by stones, the Red Crescent said.",
        date(2025, 8, 26),
    )
    assert (e.city, e.event_type, e.sub_event_type) == (
        "Sinjil",
        "Violence against civilians",
        "Attack",
    )
    assert {a.name for a in e.actors if a.role == "perpetrator"} == {"Settlers (Israel)"}


def test_settlers_burning_property_only_is_property_destruction():
    e = _one(
        "Israeli settlers set fire to olive groves and torched three cars in the West Bank "
        "village of Sinjil on Tuesday. No one was hurt.",
        date(2025, 8, 26),
    )
    assert e.sub_event_type == "Looting/property destruction"


def test_demonstrators_who_then_throw_firebombs_make_a_riot():
    e = _one(
        "Thousands of demonstrators gathered outside the provincial council in Makassar, "
        "Indonesia, on Friday evening. Some hurled firebombs into the building and set fire to "
        "cars parked outside.",
        date(2025, 8, 30),
    )
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")


def test_a_protester_run_over_by_a_police_vehicle_is_excessive_force():
    e = _one(
        "A delivery driver was run over by a police armored vehicle on Thursday night as "
        "officers tried to disperse protesters outside the parliament in Jakarta, Indonesia.",
        date(2025, 8, 30),
    )
    assert e.sub_event_type == "Excessive force against protesters"


def test_each_pair_of_cities_keeps_its_own_kind_of_protest():
    text = (
        "Police fired tear gas at demonstrators in Surabaya and Bandung on Friday, while rallies "
        "in Yogyakarta and Medan passed off peacefully, Indonesian media reported."
    )
    subs = {e.city: e.sub_event_type for e in run(text, date(2025, 8, 30)).events}
    assert subs == {
        "Surabaya": "Protest with intervention",
        "Bandung": "Protest with intervention",
        "Yogyakarta": "Peaceful protest",
        "Medan": "Peaceful protest",
    }


def test_anger_spreading_across_the_country_does_not_make_a_lead_a_total():
    e = _one(
        "Protesters set fire to a regional parliament building in the Indonesian city of "
        "Makassar late Friday, killing three people trapped inside, as anger spread across the "
        "country.",
        date(2025, 8, 30),
    )
    assert (e.city, e.fatalities, e.sub_event_type) == ("Makassar", 3, "Violent demonstration")

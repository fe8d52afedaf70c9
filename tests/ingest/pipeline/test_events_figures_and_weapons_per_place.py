"""Figures and weapons go to the right place; interceptions that still hurt people are strikes."""

from datetime import date

from tests.ingest.pipeline.conftest import by_city, run

D = date(2025, 7, 15)


def test_a_toll_in_a_sentence_naming_the_town_and_its_region_belongs_to_the_town():
    ex = run(
        "A drone struck a bus near Kupiansk in the Kharkiv region on Tuesday, killing "
        "three passengers and wounding nine.",
        D,
    )
    e = by_city(ex)["Kupiansk"]
    assert (e.fatalities, e.injured) == (3, 9)


def test_a_zone_named_with_the_town_is_not_a_second_event():
    ex = run(
        "Gunmen stormed homes in the village of Tibu, in the Catatumbo region, on Tuesday and "
        "shot dead six civilians, the ombudsman said.",
        D,
    )
    assert len(ex.events) == 1
    assert ex.events[0].fatalities == 6


def test_weapons_of_a_lead_naming_several_cities_do_not_all_go_to_each():
    ex = run(
        "Russia struck Kharkiv and Sumy overnight with Iskander missiles and Shahed drones.\n\n"
        "In Kharkiv, an Iskander missile hit an office block, killing two people.\n\n"
        "In Sumy, Shahed drones damaged a power substation, injuring one person.",
        D,
    )
    events = by_city(ex)
    assert events["Kharkiv"].weapons == ("Iskander missile",)
    assert events["Sumy"].weapons == ("Shahed drone",)


def test_an_incident_told_without_its_weapon_takes_the_lead_weapon():
    ex = run(
        "Israeli air strikes killed at least 20 people across the Gaza Strip on Tuesday.\n\n"
        "In Deir al-Balah, strikes on a tent camp killed eight people, medics said.",
        D,
    )
    assert by_city(ex)["Deir al-Balah"].weapons == ("aircraft",)


def test_debris_of_downed_drones_that_hurts_people_is_a_strike_not_an_interception():
    ex = run(
        "In Lviv, debris from drones shot down over the city set fire to a warehouse on "
        "Tuesday. Two people were hospitalised with burns.",
        D,
    )
    e = by_city(ex)["Lviv"]
    assert e.sub_event_type == "Air/drone strike"

"""A lead naming only a region (or no day) is the incident the body places and dates."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def test_the_attack_took_place_near_x_places_the_region_lead():
    text = (
        "IMPHAL, India (Reuters) - Three farmers were shot dead by unidentified gunmen in "
        "India's Manipur state on Tuesday, police said.\n\n"
        "The attack took place near Phubala village in Bishnupur district, police said.\n\n"
        "Hours later, a mob set fire to six houses in Sugnu, in Kakching district."
    )
    events = {e.city: e for e in run(text, date(2025, 10, 22)).events}
    assert set(events) == {"Phubala", "Shuganu"}  # the gazetteer spells Sugnu so
    assert events["Phubala"].fatalities == 3
    assert events["Phubala"].event_date == date(2025, 10, 21)


def test_fighters_attacking_positions_of_a_militia_is_a_clash():
    text = (
        "DAMASCUS, Syria (AP) - Tribal fighters attacked positions held by local militias in "
        "the village of Walgha, in Syria's Sweida province, on Thursday morning, killing 14 "
        "people on both sides, a war monitor said."
    )
    events = run(text, date(2025, 7, 17)).events
    assert [(e.city, e.sub_event_type, e.fatalities) for e in events] == [
        ("Walgha", "Armed clash", 14)
    ]


def test_a_lead_without_a_day_joins_the_body_s_dated_incident():
    text = (
        "Gang members killed seven people in the town of Kenscoff, Haiti, officials said.\n\n"
        "The gangs stormed the town before dawn on Thursday and exchanged fire with police for "
        "hours, the mayor said."
    )
    events = run(text, date(2025, 4, 12)).events
    assert [(e.city, e.event_date, e.fatalities) for e in events] == [
        ("Kenscoff", date(2025, 4, 10), 7)
    ]


def test_a_mob_is_coded_with_rioters_as_the_attacker():
    text = "A mob set fire to six houses and a church in Sugnu, Manipur, on Tuesday, police said."
    events = run(text, date(2025, 10, 22)).events
    assert events[0].sub_event_type == "Mob violence"
    assert {a.name for a in events[0].actors if a.role == "perpetrator"} == {"Rioters (India)"}

"""Digest leads in long reports: each clause its own incident, follow-ups to the right one."""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _by_city(text, published=TUESDAY):
    return {e.city: e for e in run(text, published).events}


def test_a_comma_before_a_new_subject_and_verb_starts_a_new_incident():
    text = (
        "QUETTA, Pakistan (Reuters) - Militants shot dead nine bus passengers in Kalat, a roadside "
        "bomb killed three soldiers in Turbat and gunmen torched trucks in Mastung in a wave of "
        "attacks across Balochistan province on Monday, officials said."
    )
    events = _by_city(text)
    assert events["Kalat"].sub_event_type == "Attack"
    assert events["Kalat"].weapons == ("firearms",)
    assert events["Turbat"].sub_event_type == "Remote explosive/landmine/IED"
    assert (events["Kalat"].fatalities, events["Turbat"].fatalities) == (9, 3)


def test_a_follow_up_paragraph_goes_to_the_lead_incident_it_repeats_words_of():
    text = (
        "GUAYAQUIL, Ecuador (Reuters) - Gunmen killed eight people at a pool hall in Guayaquil "
        "late on Sunday, police said, hours before a clash between gangs inside a prison in the "
        "city of Machala left 11 inmates dead.\n\n"
        "The attackers arrived in two cars at the pool hall, in the northwest of the city, and "
        "opened fire with rifles. Five other people were wounded.\n\n"
        "On Monday, inmates fought with rifles and grenades for hours inside the Machala prison, "
        "leaving 11 prisoners dead, the prison authority said."
    )
    events = run(text, date(2025, 9, 30)).events
    assert [(e.city, e.event_date) for e in events] == [
        ("Guayaquil", date(2025, 9, 28)),
        ("Machala", date(2025, 9, 29)),
    ]
    guayaquil = events[0]
    assert (guayaquil.fatalities, guayaquil.injured) == (8, 5)


def test_security_forces_killing_militants_is_an_armed_clash():
    text = (
        "Security forces killed four militants in an intelligence-based operation in Panjgur, "
        "Pakistan, on Sunday, the military said."
    )
    events = run(text, TUESDAY).events
    assert [(e.city, e.sub_event_type, e.fatalities) for e in events] == [
        ("Panjgur", "Armed clash", 4)
    ]


def test_a_habit_told_in_the_present_perfect_is_not_an_incident():
    text = (
        "A roadside bomb killed three soldiers in Turbat, Pakistan, on Monday, officials said.\n\n"
        "The separatists have also targeted Chinese engineers working at the port of Gwadar."
    )
    assert [e.city for e in run(text, TUESDAY).events] == ["Turbat"]


def test_a_provincial_capital_named_to_place_a_district_is_not_an_event():
    text = (
        "In Mastung district, south of the provincial capital Quetta, gunmen set fire to seven "
        "trucks on Monday, police said."
    )
    assert [e.city for e in run(text, TUESDAY).events] == ["Mastung"]


def test_an_unclaimed_attack_does_not_take_the_group_claiming_another():
    text = (
        "Gunmen shot dead nine bus passengers in Kalat, Pakistan, on Monday.\n\n"
        "The Balochistan Liberation Army claimed responsibility for the killings.\n\n"
        "Hours earlier, a roadside bomb killed three soldiers in Turbat. No group claimed that "
        "attack."
    )
    events = _by_city(text)
    perps = {a.name for a in events["Turbat"].actors if a.role == "perpetrator"}
    assert "Balochistan Liberation Army" not in perps

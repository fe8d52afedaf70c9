"""Protest sub-types: lethal force, intervention, peaceful, and violent demonstrators."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 7, 9)


def only(text: str):
    ex = run(text, D)
    assert len(ex.events) == 1, ex.events
    return ex.events[0]


def roles(e) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in e.actors:
        out.setdefault(a.role, set()).add(a.name)
    return out


def test_live_ammunition_against_marchers_is_excessive_force():
    e = only(
        "Police fired tear gas and live rounds at protesters in Lagos, Nigeria, on Tuesday, "
        "killing three people, rights groups said."
    )
    assert e.sub_event_type == "Excessive force against protesters"
    assert roles(e)["perpetrator"] == {"Military Forces of Nigeria"}
    assert roles(e)["target"] == {"Protesters (Nigeria)"}


def test_security_forces_shooting_demonstrators_is_not_a_battle():
    e = only(
        "Security forces opened fire on demonstrators in Khartoum, Sudan, on Thursday, killing "
        "five people, medics said."
    )
    assert e.sub_event_type == "Excessive force against protesters"


def test_tear_gas_and_arrests_is_intervention_even_with_riot_police():
    e = only(
        "Riot police used water cannon and tear gas to disperse thousands of protesters in "
        "Belgrade, Serbia, on Monday night, and dozens were arrested."
    )
    assert e.sub_event_type == "Protest with intervention"
    assert roles(e)["perpetrator"] == {"Protesters (Serbia)"}
    assert roles(e)["target"] == {"Military Forces of Serbia"}


def test_peaceful_rally_with_no_clashes_stays_peaceful():
    e = only(
        "Thousands of people held a peaceful rally in Tbilisi, Georgia, on Saturday to demand "
        "new elections. Police lined the route but there were no clashes."
    )
    assert e.sub_event_type == "Peaceful protest"


def test_stone_throwing_protesters_make_a_riot_even_when_police_fire():
    e = only(
        "Protesters threw stones at police and set tyres on fire in Dhaka, Bangladesh, on "
        "Monday. Police fired rubber bullets to disperse the crowds."
    )
    assert e.sub_event_type == "Violent demonstration"

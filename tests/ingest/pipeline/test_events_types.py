"""ACLED types, including the rules for mixed weapons and precedence."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 5, 20)


def only(text: str):
    ex = run(text, D)
    assert len(ex.events) == 1, ex.events
    return ex.events[0]


def test_missile_and_drone_barrage_is_shelling_with_both_weapons():
    e = only("Russia struck Odesa with missiles and drones on Monday, killing two people.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert set(e.weapons) == {"missile", "drone"}


def test_drones_alone_are_air_drone_strike():
    e = only("Shahed drones hit residential buildings in Kharkiv on Monday, injuring six people.")
    assert e.sub_event_type == "Air/drone strike"
    assert e.event_type == "Explosions/Remote violence"
    assert e.weapons == ("Shahed drone",)


def test_glide_bombs_are_air_strikes():
    e = only(
        "Russian aircraft dropped guided aerial bombs on Zaporizhzhia on Monday, "
        "wounding five people."
    )
    assert e.sub_event_type == "Air/drone strike"


def test_airstrike_in_gaza_is_air_drone_strike():
    e = only(
        "An Israeli airstrike hit a school sheltering displaced families in Gaza City on "
        "Monday, killing 12 people."
    )
    assert e.sub_event_type == "Air/drone strike"
    assert e.fatalities == 12
    assert any(a.name == "Civilians (Palestine)" and a.role == "target" for a in e.actors)


def test_rsf_shelling_is_artillery():
    e = only("RSF artillery shelling hit a market in El Fasher on Monday, killing 9 civilians.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert any(a.name == "Rapid Support Forces" and a.role == "perpetrator" for a in e.actors)


def test_roadside_bomb_is_remote_explosive():
    e = only("A roadside bomb struck a minibus near Quetta on Monday, killing four passengers.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_suicide_bombing():
    e = only(
        "A suicide bomber blew himself up at a mosque in Peshawar on Monday, "
        "killing 31 worshippers."
    )
    assert e.sub_event_type == "Suicide bomb"
    assert e.fatalities == 31


def test_gunmen_killing_villagers_is_violence_against_civilians():
    e = only(
        "Gunmen stormed a village in Zamfara on Monday and shot dead 14 villagers, police said."
    )
    assert e.event_type == "Violence against civilians"
    assert e.sub_event_type == "Attack"


def test_abduction():
    e = only("Armed men abducted 20 students from a school in Kaduna on Monday.")
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_clashes_are_battles():
    e = only(
        "Fighters of M23 clashed with the Congolese army near Goma on Monday, killing 11 soldiers."
    )
    assert e.event_type == "Battles"


def test_takeover_by_non_state_group():
    e = only(
        "Al-Shabaab fighters seized the town of Baidoa on Monday after government troops withdrew."
    )
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_peaceful_protest():
    e = only("Thousands of protesters marched through Bogota on Monday against the reform.")
    assert e.event_type == "Protests"
    assert e.sub_event_type == "Peaceful protest"


def test_protest_with_tear_gas_is_intervention():
    e = only("Police fired tear gas to disperse protesters in Nairobi on Monday.")
    assert e.sub_event_type == "Protest with intervention"

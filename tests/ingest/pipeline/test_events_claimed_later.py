"""An attacker named by a claim or by blame a paragraph after the attack is its perpetrator."""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def test_a_claim_in_a_later_paragraph_names_the_attacker():
    text = (
        "Gunmen stopped a bus near Kalat in Pakistan's Balochistan province on Monday and shot "
        "dead nine passengers, officials said.\n\n"
        "The victims were labourers travelling home, a district official said.\n\n"
        "The Balochistan Liberation Army claimed responsibility for the killings in a statement."
    )
    events = run(text, TUESDAY).events
    assert [e.city for e in events] == ["Kalat"]
    assert _perps(events[0]) == {"Balochistan Liberation Army"}


def test_a_claim_of_both_attacks_covers_both_places():
    text = (
        "Insurgents beheaded six farmers in Mueda, Mozambique, on Saturday, a local "
        "official said.\n\n"
        "On Sunday, insurgents attacked army positions near Macomia, killing two soldiers.\n\n"
        "The Islamic State Mozambique Province claimed both attacks."
    )
    events = run(text, TUESDAY).events
    assert {e.city: _perps(e) for e in events} == {
        "Mueda": {"Islamic State Mozambique Province"},
        "Macomia": {"Islamic State Mozambique Province"},
    }


def test_police_blaming_a_gang_names_the_attacker():
    text = (
        "Gunmen killed eight people at a pool hall in Guayaquil, Ecuador, late on Sunday, police "
        "said. Police said the attackers belonged to Los Lobos."
    )
    events = run(text, TUESDAY).events
    assert _perps(events[0]) == {"Los Lobos"}


def test_no_group_claimed_leaves_the_attacker_unknown():
    text = (
        "A roadside bomb killed three soldiers in Turbat, Pakistan, on Monday. No group claimed "
        "the attack, but the Balochistan Liberation Army is active in the area."
    )
    events = run(text, TUESDAY).events
    assert _perps(events[0]) <= {"Unidentified Armed Group"}


def test_a_claim_naming_another_place_does_not_go_to_the_last_event():
    text = (
        "Gunmen killed five villagers in the village of Kokorou, Niger, on Friday. On Saturday, "
        "jihadists killed 12 soldiers in an ambush near Ouallam.\n\n"
        "Islamic State Sahel Province claimed the Ouallam ambush."
    )
    events = {e.city: e for e in run(text, TUESDAY).events}
    assert "Islamic State Sahel Province" not in _perps(events["Kokorou"])

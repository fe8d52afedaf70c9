"""A lead listing several incidents gives each place its own weapons, figures and attacker."""

from datetime import date

from tests.ingest.pipeline.conftest import run

DIGEST = (
    "A roadside bomb killed three soldiers in Kandahar on Monday, while gunmen shot dead two "
    "police officers in Kunduz and drones struck a market in Khost, killing five civilians.\n"
    "In Kandahar, the bomb hit a military vehicle on the highway, officials said. No group "
    "claimed responsibility.\n"
    "In Kunduz, unidentified gunmen on motorbikes opened fire on a police checkpoint, killing "
    "two officers.\n"
    "In Khost, the Pakistani Taliban had earlier threatened attacks."
)


def _by_city():
    return {e.city: e for e in run(DIGEST, date(2025, 6, 10)).events}


def test_each_incident_keeps_its_own_weapons():
    events = _by_city()
    assert events["Kandahar"].weapons == ("IED",)
    assert events["Kunduz"].weapons == ("firearms",)
    assert events["Khost"].weapons == ("drone",)


def test_each_incident_keeps_its_own_toll():
    events = _by_city()
    assert (events["Kandahar"].fatalities, events["Kunduz"].fatalities) == (3, 2)
    assert events["Khost"].fatalities == 5


def test_unclaimed_attack_is_not_given_a_group_named_elsewhere():
    events = _by_city()
    perps = {a.name for a in events["Kandahar"].actors if a.role == "perpetrator"}
    assert perps == {"Unidentified Armed Group"}


def test_one_incident_at_two_places_still_shares_its_weapons():
    ex = run("Russian missiles struck Kyiv and Dnipro overnight.", date(2025, 6, 10))
    assert {e.city: e.weapons for e in ex.events} == {
        "Kyiv": ("missile",),
        "Dnipro": ("missile",),
    }

"""The perpetrator is the side acting, not a source, a target or a place's owner."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 4, 9)


def roles(text: str) -> list[tuple[str, list[str], list[str]]]:
    out = []
    for e in run(text, D).events:
        perps = [a.name for a in e.actors if a.role == "perpetrator"]
        targets = [a.name for a in e.actors if a.role == "target"]
        out.append((e.city or e.admin1 or "", perps, targets))
    return out


def test_blamed_on_names_the_attacker_not_the_town_owner():
    got = roles(
        "A drone strike blamed on the Sudanese army hit a fuel depot in Al-Fula, an RSF "
        "stronghold, on Tuesday, killing five civilians."
    )
    assert got[0][1] == ["Sudanese Armed Forces"]


def test_a_claim_of_responsibility_names_the_attacker():
    got = roles(
        "Gunmen attacked a police post in Tank district on Tuesday, killing two policemen.\n\n"
        "The Tehrik-i-Taliban Pakistan claimed the attack."
    )
    assert got[0][1] == ["Tehrik-i-Taliban Pakistan"]
    assert "Military Forces of Pakistan" in got[0][2]


def test_an_attacked_army_convoy_is_the_target():
    got = roles(
        "A roadside bomb struck a Somali army convoy near Baidoa on Tuesday, killing three "
        "soldiers. Al-Shabaab said its fighters had carried out the attack."
    )
    assert got[0][1] == ["al-Shabaab"]


def test_events_without_a_named_attacker_take_the_attacker_of_the_lead():
    got = roles(
        "Russia pounded two Ukrainian cities with drones overnight into Wednesday.\n\n"
        "In Sumy, a drone hit a school, wounding three people.\n\n"
        "In Poltava, debris set fire to a warehouse."
    )
    assert all(perps == ["Military Forces of Russia"] for _, perps, _ in got)


def test_its_forces_refers_to_the_state_named_before():
    got = roles(
        "Ukraine answered within hours. During the same night its forces launched a drone "
        "attack on Novorossiysk, killing one person, local officials said."
    )
    assert got[0][1] == ["Military Forces of Ukraine"]


def test_government_troops_are_the_state_of_the_place():
    got = roles(
        "Fano fighters seized the town of Bahir Dar's outskirts after clashing with government "
        "troops in Lalibela on Tuesday, residents said."
    )
    assert ("Military Forces of Ethiopia" in got[0][2]) or got[0][1] == ["Fano"]

"""Takeovers outrank armed clashes; the agent decides government regain vs overtaking."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 8, 6)


def only(text: str):
    ex = run(text, D)
    assert len(ex.events) == 1, ex.events
    return ex.events[0]


def roles(e) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in e.actors:
        out.setdefault(a.role, set()).add(a.name)
    return out


def test_seized_after_fighting_is_non_state_takeover():
    e = only(
        "Al-Shabaab fighters seized the town of Beledweyne in central Somalia on Monday after "
        "heavy fighting with government troops, local elders said."
    )
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert "Military Forces of Somalia" in roles(e)["target"]


def test_captured_after_clashes_with_named_army():
    e = only(
        "M23 rebels captured the city of Bukavu in eastern Congo on Sunday after clashes with "
        "the army and allied militias."
    )
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert roles(e)["perpetrator"] == {"M23"}


def test_taken_from_the_army_makes_the_army_the_target():
    e = only(
        "The RSF seized the town of El Obeid in North Kordofan, Sudan, from the army on Monday."
    )
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert roles(e)["target"] & {"Military Forces of Sudan", "Sudanese Armed Forces"}


def test_state_retaking_ground_is_government_regains():
    e = only(
        "Sudan's army retook the city of Wad Madani from the Rapid Support Forces on Saturday, "
        "the military said."
    )
    assert e.sub_event_type == "Government regains territory"
    assert roles(e)["target"] == {"Rapid Support Forces"}


def test_recaptured_from_the_enemy_after_battles():
    e = only(
        "Ukrainian forces recaptured the town of Kupiansk in the Kharkiv region of Ukraine on "
        "Monday after fierce battles with Russian troops."
    )
    assert e.sub_event_type == "Government regains territory"
    assert "Military Forces of Russia" in roles(e)["target"]


def test_passive_takeover_by_gangs():
    e = only("The town of Mirebalais in Haiti was overrun by gangs on Monday, officials said.")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_captured_soldiers_is_not_a_takeover():
    ex = run(
        "Jihadists ambushed a patrol near Djibo, Burkina Faso, on Monday and captured "
        "four soldiers, security sources said.",
        D,
    )
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in ex.events)


def test_retaken_the_following_morning_is_a_second_event():
    ex = run(
        "Rebel fighters took control of Bunia in Congo on Saturday after a gunfight with "
        "soldiers. The army retook the town the following morning, residents said.",
        D,
    )
    types = sorted((e.event_date, e.sub_event_type) for e in ex.events)
    assert types == [
        (date(2025, 8, 2), "Non-state actor overtakes territory"),
        (date(2025, 8, 3), "Government regains territory"),
    ]

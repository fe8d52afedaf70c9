""" "Gunmen" are firearms when they kill or wound, not when they only abduct or burn."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 10, 31)


def test_gunmen_who_abduct_without_harm_have_no_weapon():
    ex = run(
        "On Wednesday, gunmen abducted seven teachers from a secondary school in Kumbo, local "
        "officials said.",
        D,
    )
    assert ex.events[0].sub_event_type == "Abduction/forced disappearance"
    assert ex.events[0].weapons == ()


def test_gunmen_who_kill_used_firearms():
    ex = run(
        "On Wednesday, gunmen killed three farmers and abducted seven others near Kumbo, local "
        "officials said.",
        D,
    )
    assert ex.events[0].weapons == ("firearms",)


def test_a_follow_up_sentence_dated_the_same_day_still_gives_the_weapons():
    ex = run(
        "Gunmen abducted seven teachers from a school in Kumbo on Wednesday, officials said.\n\n"
        "The kidnappers, armed with rifles, arrived on Wednesday before dawn.",
        D,
    )
    assert ex.events[0].weapons == ("firearms",)

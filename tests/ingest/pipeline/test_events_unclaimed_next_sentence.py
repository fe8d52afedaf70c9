""" "No group claimed responsibility" right after a bombing leaves it without a perpetrator."""

from datetime import date

from tests.ingest.pipeline.conftest import run

WEDNESDAY = date(2025, 6, 18)


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def _text(follow_up: str) -> str:
    return (
        "Al-Shabaab fighters stormed an army base near Jowhar in Somalia on Tuesday, killing "
        "four soldiers, the military said.\n\n"
        "Separately, two civilians died on Monday when their car hit a roadside bomb near "
        f"Baidoa, police said. {follow_up}"
    )


def test_a_denied_claim_in_the_next_sentence_leaves_the_bombing_unattributed():
    events = {e.city: e for e in run(_text("No group claimed responsibility."), WEDNESDAY).events}
    assert _perps(events["Jawhar"]) == {"al-Shabaab"}
    assert _perps(events["Baidoa"]) == set()


def test_without_that_sentence_the_report_attacker_is_kept():
    events = {e.city: e for e in run(_text("The road was closed."), WEDNESDAY).events}
    assert _perps(events["Baidoa"]) == {"al-Shabaab"}

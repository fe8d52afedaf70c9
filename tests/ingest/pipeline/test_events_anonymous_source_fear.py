"""A source's reason for anonymity ("for fear of reprisals") is not a hypothetical incident."""

from datetime import date

from tests.ingest.pipeline.conftest import run

THURSDAY = date(2025, 3, 13)


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def test_attack_told_by_an_anonymous_source_keeps_its_attacker_and_wounded():
    text = (
        "Gunmen killed six people in the town of Gwoza in Nigeria's Borno state on Wednesday, "
        "officials said.\n\n"
        "The raid was carried out by fighters from the Boko Haram group, who opened fire on "
        "traders at the market, said a community leader, who asked not to be named for fear of "
        "reprisals. Three others were wounded."
    )
    events = run(text, THURSDAY).events
    assert len(events) == 1
    assert _perps(events[0]) == {"Boko Haram"}
    assert events[0].injured == 3
    assert "firearms" in events[0].weapons


def test_fear_of_a_future_attack_is_still_not_an_incident():
    text = (
        "Residents of the town fear the gunmen will return and attack the market again, a "
        "local official said on Wednesday."
    )
    assert run(text, THURSDAY).events == ()

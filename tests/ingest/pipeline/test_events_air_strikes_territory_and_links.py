"""Air strikes come from an air force; ground retaken without a fight; "linked to X" is not X."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def _perps(event):
    return {a.name for a in event.actors if a.role == "perpetrator"}


def test_an_air_strike_in_a_civil_war_is_not_the_militias():
    text = (
        "JUBA, South Sudan (AP) - The White Army militia overran an army garrison in Upper Nile "
        "state earlier this month.\n\n"
        "On Tuesday, an air strike hit the town of Ulang, killing seven people who were "
        "sheltering near a church, a research group said."
    )
    events = run(text, date(2025, 3, 19)).events
    ulang = next(e for e in events if e.city == "Ulang")
    assert _perps(ulang) == {"Military Forces of South Sudan"}


def test_ground_retaken_after_the_militants_withdrew_is_a_non_violent_transfer():
    text = (
        "Somali army troops recaptured the village of Moqokori in Hiran region on Tuesday after "
        "al-Shabaab fighters withdrew, a military commander said. There was no fighting."
    )
    events = run(text, date(2025, 9, 4)).events
    assert [(e.city, e.sub_event_type) for e in events] == [
        ("Moqokori", "Non-violent transfer of territory")
    ]


def test_jihadists_linked_to_a_network_are_not_the_network():
    text = (
        "Jihadists linked to al-Qaeda overran an army post in the town of Diapaga in eastern "
        "Burkina Faso on Monday, security sources said. Fighters from JNIM took control of the "
        "camp after several hours of fighting, looting the bank before withdrawing on Tuesday."
    )
    events = run(text, date(2025, 5, 15)).events
    assert [(e.city, e.event_date) for e in events] == [("Diapaga", date(2025, 5, 12))]
    assert _perps(events[0]) == {"JNIM"}


def test_among_the_dead_is_a_part_of_the_toll():
    text = (
        "Al-Shabaab fighters stormed a hotel in Beledweyne, Somalia, on Wednesday, killing at "
        "least nine people, officials said. Among the dead were two local lawmakers, the "
        "governor said."
    )
    events = run(text, date(2025, 9, 4)).events
    assert events[0].fatalities == 9

"""Security forces killed in an attack are its target, however the report names them.

"Six soldiers were killed": a number word opening the sentence does not name whose soldiers they
are, so they are the forces of the country hit. Rangers, jawans, gendarmes, police officers and
an army convoy are state forces too, and "killed four suspected X fighters" makes X the target.
"""

from datetime import date

from tests.ingest.pipeline.conftest import run

TUESDAY = date(2025, 12, 2)


def _targets(event):
    return {a.name for a in event.actors if a.role == "target"}


def test_soldiers_counted_at_the_start_of_a_sentence_are_the_target():
    text = (
        "Four soldiers were killed on Monday when gunmen ambushed their patrol near Gao, Mali, "
        "a local official said."
    )
    events = run(text, TUESDAY).events
    assert [e.city for e in events] == ["Gao"]
    assert "Military Forces of Mali" in _targets(events[0])


def test_rangers_killed_by_a_roadside_bomb_are_the_state_target():
    text = (
        "Two paramilitary rangers were killed on Monday when a roadside bomb exploded near "
        "Yala, Thailand, police said."
    )
    events = run(text, TUESDAY).events
    assert "Military Forces of Thailand" in _targets(events[0])


def test_police_officers_killed_by_a_bomb_are_not_the_attackers():
    text = (
        "Three police officers were killed when their vehicle struck a bomb near Garissa, "
        "Kenya, on Monday, police said."
    )
    event = run(text, TUESDAY).events[0]
    assert "Military Forces of Kenya" in _targets(event)
    assert not any(a.role == "perpetrator" and "Kenya" in a.name for a in event.actors)


def test_suspected_fighters_killed_by_troops_are_the_target():
    text = (
        "Troops killed five suspected al-Shabaab fighters in a clash near Kismayo, Somalia, on "
        "Monday, the army said."
    )
    event = run(text, TUESDAY).events[0]
    assert "al-Shabaab" in _targets(event)


def test_members_of_a_named_unit_in_brackets_are_the_target():
    text = (
        "Two jawans of the Central Reserve Police Force (CRPF) were killed on Monday when "
        "rebels triggered a landmine near Sukma, India, police said."
    )
    event = run(text, TUESDAY).events[0]
    assert "Military Forces of India" in _targets(event)
    assert not any(a.role == "perpetrator" and "India" in a.name for a in event.actors)


def test_members_of_a_qualified_group_are_the_target():
    text = (
        "Gunmen killed three members of the Kurdish-led Syrian Democratic Forces at a "
        "checkpoint near Hasakah, Syria, on Sunday, a monitor said."
    )
    event = run(text, TUESDAY).events[0]
    assert "Syrian Democratic Forces" in _targets(event)
    assert not any(
        a.role == "perpetrator" and a.name == "Syrian Democratic Forces" for a in event.actors
    )

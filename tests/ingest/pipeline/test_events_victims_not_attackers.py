"""The forces killed are the target; a neighbouring country is a place, not an actor."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def _roles(text: str) -> list[set[tuple[str, str]]]:
    return [{(a.name, a.role) for a in e.actors} for e in run(text, date(2025, 6, 10)).events]


def test_soldiers_killed_are_not_the_perpetrator():
    roles = _roles(
        "Ten Nigerien soldiers were killed on Sunday when jihadists attacked an army post near "
        "the town of Tera, the defence ministry said."
    )
    assert roles
    for r in roles:
        assert ("Military Forces of Niger", "perpetrator") not in r


def test_border_country_is_not_a_target():
    roles = _roles(
        "Ten Nigerien soldiers were killed on Sunday when jihadists attacked an army post near "
        "the border with Mali, the defence ministry said."
    )
    for r in roles:
        assert not any("Mali" in name for name, _ in r)


def test_members_of_an_armed_group_are_that_group_not_civilians():
    roles = _roles(
        "Gunmen killed two members of the Zintan Brigade, an armed group, in Tripoli on Monday, "
        "officials said."
    )
    assert len(roles) == 1
    assert ("Zintan Brigade", "target") in roles[0]
    assert not any(name.startswith("Civilians") for name, _ in roles[0])

"""A suicide car bomb is a car bomb (no vest); a motorcycle rigged with explosives is an IED."""

from datetime import date

from ingest.pipeline.weapons import find_weapons, reduce_weapons
from tests.ingest.pipeline.conftest import run

D = date(2025, 4, 9)


def reduced(text: str) -> list[str]:
    return reduce_weapons([w.name for w in find_weapons(text)])


def test_a_car_packed_with_explosives_is_a_car_bomb():
    assert reduced("A van packed with explosives blew up at the gate.") == ["car bomb"]
    assert reduced("An explosive-laden pick-up rammed the wall.") == ["car bomb"]
    assert reduced("A suicide bomber drove a car stuffed with explosives into the base.") == [
        "car bomb"
    ]


def test_a_suicide_bomber_alone_wears_a_vest():
    assert reduced("A suicide bomber attacked the mosque.") == ["suicide vest"]
    assert reduced("The attacker blew himself up in the crowd.") == ["suicide vest"]


def test_a_motorcycle_rigged_with_explosives_is_an_ied():
    assert reduced("A motorcycle rigged with explosives went off near the market.") == ["IED"]
    assert reduced("A motorbike bomb exploded outside the police post.") == ["IED"]


def test_a_suicide_car_bombing_stays_a_suicide_bomb_without_a_vest():
    ex = run(
        "A suicide bomber drove a truck laden with explosives into an army checkpoint in "
        "Kismayo on Tuesday, killing six soldiers, police said.",
        D,
    )
    e = ex.events[0]
    assert e.sub_event_type == "Suicide bomb"
    assert e.weapons == ("car bomb",)

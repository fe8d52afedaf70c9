from ingest.pipeline.weapons import find_incendiaries, find_weapons


def _names(text: str) -> list[str]:
    return [w.name for w in find_weapons(text)]


def test_containers_and_think_tanks_are_not_tanks():
    assert _names("A drone set a fuel storage tank ablaze.") == ["drone"]
    assert _names("Shrapnel pierced a water tank") == []
    assert _names("A think tank in London said the offensive stalled.") == []
    assert _names("Armoured vehicles patrolled the streets.") == []
    assert _names("Two tanks shelled the village.") == ["tank", "artillery"]


def test_petrol_bombs_are_riot_weapons_not_ieds():
    text = "Youths hurled petrol bombs and a Molotov cocktail at the police station."
    assert _names(text) == []
    assert len(find_incendiaries(text)) == 2


def test_each_class_of_a_coordinated_missile_phrase_counts():
    assert _names("Moscow fired ballistic and cruise missiles at Lviv.") == [
        "ballistic missile",
        "cruise missile",
    ]


def test_mortar_rounds_and_gunfire():
    assert _names("Mortar rounds landed near the market amid heavy gunfire.") == [
        "mortar",
        "firearms",
    ]

"""RPGs are rockets, "machine-gun fire" is firearms, a medical helicopter is not an aircraft."""

from ingest.pipeline.weapons import find_weapons


def names(text: str) -> list[str]:
    return [w.name for w in find_weapons(text)]


def test_rocket_propelled_grenades_are_rockets():
    assert names("The fighters used rocket-propelled grenades.") == ["rocket"]
    assert names("They fired RPGs at the post.") == ["rocket"]
    assert names("A hand grenade was thrown.") == ["grenade"]


def test_hyphenated_machine_gun_fire_and_opening_fire():
    assert names("Heavy machine-gun fire was heard.") == ["firearms"]
    assert names("The gunmen were opening fire on the bus.") == ["firearms", "firearms"]


def test_an_evacuation_helicopter_is_not_a_weapon():
    assert names("The wounded were evacuated by helicopter to the capital.") == []
    assert names("A rescue helicopter landed at the hospital.") == []
    assert names("A helicopter gunship strafed the village.") == ["aircraft"]

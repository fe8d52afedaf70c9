from ingest.pipeline.weapons import find_weapons, reduce_weapons


def names(text: str) -> list[str]:
    return reduce_weapons([w.name for w in find_weapons(text)])


def test_named_missiles_and_drones():
    got = names(
        "Russia fired Kinzhal hypersonic missiles, Iskander-M missiles and Shahed-type drones."
    )
    assert got == ["Kinzhal missile", "Iskander missile", "Shahed drone"]


def test_aliases_map_to_one_term():
    assert names("Geran-2 drones hit the port.") == ["Shahed drone"]
    assert names("kamikaze drones struck") == ["drone"]
    assert names("A KAB glide bomb and a FAB-500 hit the town.") == ["guided aerial bomb"]
    assert names("Katyusha rockets were fired.") == ["Katyusha rocket"]


def test_explosives():
    assert names("A roadside bomb exploded near the convoy.") == ["IED"]
    assert names("an improvised explosive device") == ["IED"]
    assert names("A car bomb went off outside the hotel.") == ["car bomb"]
    assert names("A suicide bomber blew himself up.") == ["suicide vest"]
    assert names("The tractor hit a landmine.") == ["landmine"]


def test_small_arms():
    assert names("Gunmen opened fire on worshippers.") == ["firearms"]


def test_generic_dropped_when_specific_present():
    assert names("missiles including Kh-101 cruise missiles") == ["Kh-101 missile"]


def test_artillery_and_mortars():
    assert names("Artillery shelling and mortar rounds hit the camp.") == ["artillery", "mortar"]


def test_shot_down_is_not_a_firearm():
    assert names("Air defences shot down 40 drones.") == ["drone"]

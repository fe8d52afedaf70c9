from ingest.pipeline.weapons import VOCABULARY, find_weapons, reduce_weapons


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
    assert names("Katyusha rockets were fired.") == ["rocket"]


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


def test_output_vocabulary_is_the_agreed_list():
    assert set(VOCABULARY) == {
        "ballistic missile", "cruise missile", "hypersonic missile", "missile",
        "Iskander missile", "Kinzhal missile", "Kalibr missile", "Kh-101 missile",
        "S-300 missile", "drone", "Shahed drone", "guided aerial bomb", "aircraft", "artillery",
        "rocket", "mortar", "tank", "IED", "landmine", "car bomb", "suicide vest", "grenade",
        "firearms", "bladed weapon", "chemical weapon",
    }  # fmt: skip


def test_other_named_systems_map_to_their_class():
    assert names("Two Storm Shadow missiles and a Kh-22 were launched.") == ["cruise missile"]
    assert names("An ATACMS strike on the airfield.") == ["ballistic missile"]
    assert names("Warplanes dropped barrel bombs on the market.") == ["aircraft"]
    assert names("A Lancet loitering munition and FPV drones hit the tank.") == ["drone", "tank"]
    assert names("Grad rockets and BM-27 launchers pounded the town.") == ["rocket"]


def test_blades_are_one_term():
    assert names("The attackers were armed with machetes and knives.") == ["bladed weapon"]


def test_generic_terms_implied_by_specific_ones_are_dropped():
    assert names("Iskander ballistic missiles and other ballistic missiles") == ["Iskander missile"]
    assert names("an air strike with guided aerial bombs") == ["guided aerial bomb"]
    assert names("a car bomb, the deadliest IED this year") == ["car bomb"]

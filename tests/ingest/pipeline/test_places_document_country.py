from ingest.pipeline.places import find_place_mentions


def _places(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        m.surface: (m.place.kind, m.place.country, m.place.admin1)
        for m in find_place_mentions(text)
    }


def test_province_phrase_prefers_the_document_country():
    text = "Soldiers repelled an attack on a base in Lac province, Chad's army said on Friday."
    assert _places(text)["Lac province"] == ("admin1", "TD", "Lac")


def test_foreign_suburb_is_not_taken_for_a_town_in_the_story_country():
    text = "Shelling hit Nasir in South Sudan's Upper Nile state, local officials said."
    assert "Nasir" not in _places(text)


def test_small_homonym_far_from_the_regions_named_is_dropped():
    text = "Gunmen torched houses in Khurai, in Imphal East district of Manipur, police said."
    found = _places(text)
    assert "Khurai" not in found
    assert found["Manipur"][0] == "admin1"

from ingest.pipeline.places import find_place_mentions, is_title_use


def test_place_before_a_governor_title_is_a_title_use():
    text = "Officials said on Monday that Kursk governor Alexander Khinshtein visited the wounded."
    kursk = next(m for m in find_place_mentions(text) if m.surface == "Kursk")
    assert kursk.role == "title"
    assert is_title_use(kursk)


def test_place_hit_in_the_same_text_stays_a_place():
    text = "Drones struck Kursk overnight, and the Kursk mayor said two people were hurt."
    roles = [m.role for m in find_place_mentions(text) if m.surface == "Kursk"]
    assert roles == ["place", "title"]

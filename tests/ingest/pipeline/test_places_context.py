"""Ambiguous names resolve by the document's context."""

from __future__ import annotations

from ingest.pipeline.places import find_place_mentions, get_gazetteer


def _places(text):
    return [(m.surface, m.place.country, m.place.admin1) for m in find_place_mentions(text)]


def test_odessa_is_ukrainian_without_context():
    assert get_gazetteer().resolve("Odessa").country == "UA"


def test_odessa_in_texas_with_us_context():
    place = get_gazetteer().resolve("Odessa", context_countries=["US"])
    assert (place.country, place.admin1) == ("US", "Texas")


def test_odessa_in_ukrainian_news():
    text = "Ukrainian air defences shot down drones over Odessa, the governor said."
    assert ("Odessa", "UA", "Odesa") in _places(text)


def test_qualified_paris_is_in_texas():
    text = "A storm tore roofs off homes in Paris, Texas, on Friday."
    assert ("Paris", "US", "Texas") in _places(text)


def test_lebanon_pennsylvania_is_a_town_not_the_country():
    text = "Police in Lebanon, Pennsylvania, arrested two men after the shooting."
    place = find_place_mentions(text)[0].place
    assert (place.kind, place.country, place.admin1) == ("city", "US", "Pennsylvania")


def test_lebanon_alone_is_the_country():
    text = "Israel carried out new strikes in Lebanon on Monday."
    assert ("Lebanon", "LB", None) in _places(text)


def test_tripoli_follows_the_document_country():
    libya = "Armed clashes broke out in Tripoli between Libyan militias."
    lebanon = "The Lebanese army deployed in Tripoli after clashes in the north."
    assert ("Tripoli", "LY", "Tripoli") in _places(libya)
    assert next(p for p in _places(lebanon) if p[0] == "Tripoli")[1] == "LB"


def test_resolve_with_nearby_point():
    near_gaza = (31.4, 34.4)
    assert get_gazetteer().resolve("Rafah", near=near_gaza).country == "PS"


def test_rafah_in_gaza_news():
    text = "Israeli tanks pushed into Rafah in the southern Gaza Strip."
    assert ("Rafah", "PS", "Gaza Strip") in _places(text)

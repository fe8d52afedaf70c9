"""Countries by name, code, alias and demonym."""

from __future__ import annotations

import pytest

from ingest.pipeline.places import country_for_demonym, find_place_mentions, get_gazetteer


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Ukrainian", "UA"),
        ("Russian", "RU"),
        ("Sudanese", "SD"),
        ("Israeli", "IL"),
        ("Palestinian", "PS"),
        ("Congolese", "CD"),
        ("Burkinabe", "BF"),
        ("Yemeni", "YE"),
        ("Colombian", "CO"),
        ("Pakistani", "PK"),
    ],
)
def test_demonyms_map_to_countries(word, code):
    assert country_for_demonym(word) == code


def test_unknown_demonym_is_none():
    assert country_for_demonym("Martian") is None


@pytest.mark.parametrize(
    ("query", "code", "name"),
    [
        ("Ukraine", "UA", "Ukraine"),
        ("UA", "UA", "Ukraine"),
        ("ukr", None, None),
        ("SDN", "SD", "Sudan"),
        ("DRC", "CD", "Democratic Republic of Congo"),
        ("Burma", "MM", "Myanmar"),
        ("Palestinian Territory", "PS", "Palestine"),
        ("State of Palestine", "PS", "Palestine"),
        ("Ivory Coast", "CI", "Ivory Coast"),
        ("Nigerian", "NG", "Nigeria"),
    ],
)
def test_country_lookup(query, code, name):
    place = get_gazetteer().country(query)
    if code is None:
        assert place is None
    else:
        assert (place.kind, place.country, place.name) == ("country", code, name)


def test_acronyms_only_match_upper_case():
    names = [m.place.name for m in find_place_mentions("Us and the US. A Car bomb hit the CAR.")]
    assert names == ["United States", "Central African Republic"]

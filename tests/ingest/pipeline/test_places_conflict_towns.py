"""Medium towns of conflict zones are found when the document supports their country."""

from __future__ import annotations

import pytest

from ingest.pipeline.places import find_place_mentions


def _found(text):
    return [(m.surface, m.place.country, m.place.kind) for m in find_place_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A demonym supports its country.
        ("Somali troops killed 20 militants near Jowhar.", ("Jowhar", "SO", "city")),
        ("Somali officials said fighters attacked Beledweyne.", ("Beledweyne", "SO", "city")),
        ("Residents of Kidal fled the fighting, Malian officials said.", ("Kidal", "ML", "city")),
        ("Congolese troops fought M23 in Rutshuru.", ("Rutshuru", "CD", "city")),
        ("Burkinabe soldiers repelled an attack on Djibo.", ("Djibo", "BF", "city")),
        # A compound demonym does too.
        ("Somali-led forces retook Jowhar on Monday.", ("Jowhar", "SO", "city")),
        # A region named in the text supports the towns inside it.
        (
            "Floods hit Beledweyne. The Hiraan region has seen heavy rain.",
            ("Beledweyne", "SO", "city"),
        ),
        # A name that exists in one country only, introduced as a place, needs no more.
        ("Militants killed 50 people in Djibo.", ("Djibo", "BF", "city")),
        # DR Congo's territories are named for their seat.
        ("M23 rebels control Rutshuru territory.", ("Rutshuru territory", "CD", "city")),
    ],
)
def test_town_is_found(text, expected):
    assert expected in _found(text)


def test_small_town_listed_with_a_found_town_is_found():
    text = "Armed men attacked a convoy between Gao and Ansongo, Malian sources said."
    assert [s for s, _, _ in _found(text)] == ["Gao", "Ansongo"]


def test_unsupported_town_at_sentence_start_is_not_guessed():
    # No country, region or cue: a capitalised first word is too weak on its own.
    assert _found("Kidal fell to the army on Tuesday.") == []

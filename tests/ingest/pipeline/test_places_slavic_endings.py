"""Slavic adjectival endings (-skyi/-skyy/-sky/-skiy/-yi) do not stop a district or city lookup."""

from __future__ import annotations

import pytest

from ingest.pipeline.places import find_place_mentions, get_gazetteer
from ingest.pipeline.places.normalize import fold, slavic_stem


@pytest.mark.parametrize(
    ("written", "name", "city"),
    [
        ("Svyatoshynyi", "Sviatoshynskyi", "Kyiv"),
        ("Svyatoshynsky", "Sviatoshynskyi", "Kyiv"),
        ("Dniprovsky", "Dniprovskyi", "Kyiv"),
        ("Dniprovskiy", "Dniprovskyi", "Kyiv"),
        ("Holosiivsky", "Holosiivskyi", "Kyiv"),
    ],
)
def test_district_spelling_variants_resolve(written, name, city):
    place = get_gazetteer().resolve(written)
    assert (place.name, place.kind, place.city, place.admin1) == (
        name,
        "district",
        city,
        "Kyiv City",
    )


def test_city_with_russian_ending_resolves():
    place = get_gazetteer().resolve("Khmelnitskiy")
    assert (place.name, place.country, place.kind) == ("Khmelnytskyi", "UA", "city")


def test_stem_joins_endings_and_leaves_other_names_alone():
    assert slavic_stem(fold("Svyatoshynyi")) == slavic_stem(fold("Sviatoshynskyi")) == "sviatoshin"
    assert slavic_stem(fold("Shevchenkivsky")) == slavic_stem(fold("Shevchenkivskyi"))
    assert slavic_stem(fold("Pokrovsk")) == ""
    assert slavic_stem(fold("Kyiv")) == ""


def test_variant_district_found_in_running_text():
    text = (
        "A Russian missile struck the Svyatoshynyi district of Kyiv overnight. Debris also fell "
        "in the Dniprovsky district, the city's mayor said."
    )
    districts = [
        (m.surface, m.place.name) for m in find_place_mentions(text) if m.place.kind == "district"
    ]
    assert districts == [
        ("Svyatoshynyi district", "Sviatoshynskyi"),
        ("Dniprovsky district", "Dniprovskyi"),
    ]

"""First-level regions resolve under the names ACLED uses, GeoNames spellings kept as aliases."""

from __future__ import annotations

import pytest

from ingest.pipeline.places import get_gazetteer


@pytest.mark.parametrize(
    ("written", "country", "acled"),
    [
        ("Oromia", "ET", "Oromia"),
        ("Oromiya", "ET", "Oromia"),
        ("Benishangul-Gumuz", "ET", "Benshangul/Gumuz"),
        ("Nineveh", "IQ", "Ninewa"),
        ("Salahuddin", "IQ", "Salah al-Din"),
        ("Anbar", "IQ", "Al-Anbar"),
    ],
)
def test_region_resolves_to_acled_name(written, country, acled):
    place = get_gazetteer().resolve(written, context_countries=(country,))
    assert (place.kind, place.country, place.name) == ("admin1", country, acled)


def test_towns_carry_the_acled_region_name():
    town = get_gazetteer().resolve("Mosul", context_countries=("IQ",))
    assert (town.kind, town.admin1) == ("city", "Ninewa")

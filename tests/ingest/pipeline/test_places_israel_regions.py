"""Israel's first-level regions carry the names ACLED uses."""

from __future__ import annotations

import pytest

from ingest.pipeline.places import get_gazetteer


@pytest.mark.parametrize(
    ("town", "admin1"),
    [
        ("Sderot", "HaDarom"),
        ("Beersheba", "HaDarom"),
        ("Kiryat Shmona", "HaZafon"),
        ("Metula", "HaZafon"),
        ("Petah Tikva", "HaMerkaz"),
        ("Tel Aviv", "Tel Aviv"),
        ("Haifa", "Haifa"),
        ("Jerusalem", "Jerusalem"),
    ],
)
def test_town_has_acled_region(town, admin1):
    place = get_gazetteer().resolve(town, context_countries=["IL"])
    assert (place.country, place.admin1) == ("IL", admin1)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("Southern District", "HaDarom"), ("Northern District", "HaZafon"), ("HaMerkaz", "HaMerkaz")],
)
def test_region_names_and_english_aliases(phrase, name):
    place = get_gazetteer().resolve(phrase)
    assert (place.kind, place.country, place.name) == ("admin1", "IL", name)

"""Names used for a river, a front or a direction are marked, so callers can skip them."""

from __future__ import annotations

import pytest

from ingest.pipeline.places import find_place_mentions, is_non_settlement_use


def _roles(text):
    return [(m.surface, m.role, is_non_settlement_use(m, text)) for m in find_place_mentions(text)]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Ukrainian marines crossed the Dnipro river near Kherson.", "Dnipro", "river"),
        ("Ukrainian marines crossed the Dnipro near Kherson.", "Dnipro", "river"),
        ("Fighting raged on the Zaporizhzhia front.", "Zaporizhzhia", "front"),
        ("The Pokrovsk direction saw the heaviest fighting.", "Pokrovsk", "direction"),
        ("Russia pressed along the Kupiansk axis.", "Kupiansk", "direction"),
    ],
)
def test_non_settlement_use_is_marked(text, surface, role):
    assert (surface, role, True) in _roles(text)


def test_town_is_a_place():
    text = "Ukrainian marines crossed the Dnipro river near Kherson."
    assert ("Kherson", "place", False) in _roles(text)


def test_city_with_a_district_word_is_a_place():
    text = "A drone hit the Dnipro district, and the city of Dnipro itself."
    assert all(role == "place" for _, role, _ in _roles(text))

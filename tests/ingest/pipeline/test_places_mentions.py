"""Scanning text for places: what counts as a place and what does not."""

from __future__ import annotations

from ingest.pipeline.places import find_place_mentions, precision_for
from ingest.pipeline.types import (
    GEO_PRECISION_EXACT,
    GEO_PRECISION_NEAR,
    GEO_PRECISION_REGION,
    Span,
)


def _names(text, spans=None):
    return [m.place.name for m in find_place_mentions(text, spans)]


def test_spans_point_at_the_surface_text():
    text = "Gunmen attacked a market in Maiduguri on Sunday."
    (mention,) = find_place_mentions(text)
    assert text[mention.span.start : mention.span.end] == mention.surface == "Maiduguri"


def test_people_months_and_common_words_are_not_places():
    text = (
        "President Donald Trump spoke to Vladimir Putin in March. Best of all, Trump said, "
        "the Power of the talks would Hit home."
    )
    assert _names(text) == []


def test_demonym_before_a_noun_is_not_a_region():
    assert _names("Somali police said the bomb killed four people in Mogadishu.") == ["Mogadishu"]


def test_tiny_place_needs_context_and_a_cue():
    # "Ashley" is a village name in several countries; here it is a first name.
    assert _names("Ashley told reporters she was leaving.") == []


def test_village_in_context_country_is_found():
    text = "Ukrainian forces said Russian troops shelled the village of Vovchansk, Kharkiv region."
    names = _names(text)
    assert "Vovchansk" in names


def test_newspaper_name_is_not_a_place():
    assert "Kyiv" not in _names("The Kyiv Independent reported heavy fighting.")


def test_candidate_spans_are_resolved():
    text = "Fighting spread from Khartoum to Omdurman, Sudanese witnesses said."
    spans = [Span(21, 29), Span(33, 41)]
    assert _names(text, spans) == ["Khartoum", "Omdurman"]


def test_candidate_span_with_region_suffix_after_it():
    text = "Drones struck the Rostov region overnight."
    spans = [Span(18, 24)]  # spaCy often tags only "Rostov"
    (mention,) = find_place_mentions(text, spans)
    assert (mention.surface, mention.place.kind) == ("Rostov region", "admin1")


def test_output_is_deterministic_and_ordered():
    text = "Strikes hit Sumy, Chernihiv and Poltava as well as the Kharkiv region."
    first = find_place_mentions(text)
    assert first == find_place_mentions(text)
    assert [m.span.start for m in first] == sorted(m.span.start for m in first)


def test_precision_levels():
    text = "Shelling near Pokrovsk. Fighting in Toretsk. Attacks across the Donetsk region."
    by_surface = {m.surface: precision_for(m, text) for m in find_place_mentions(text)}
    assert by_surface == {
        "Pokrovsk": GEO_PRECISION_NEAR,
        "Toretsk": GEO_PRECISION_EXACT,
        "Donetsk region": GEO_PRECISION_REGION,
    }


def test_outskirts_and_distance_phrases_are_near():
    text = "Clashes on the outskirts of Goma and 20 km north of Beni left many dead."
    assert [precision_for(m, text) for m in find_place_mentions(text)] == [
        GEO_PRECISION_NEAR,
        GEO_PRECISION_NEAR,
    ]

"""Person entities are repaired: ranks off, cut names completed, places and groups dropped."""

from ingest.pipeline.actors import build_person_index
from ingest.pipeline.nlp import Entity
from ingest.pipeline.person_names import refine_person_entities


def _ent(text: str, surface: str, label: str = "PERSON", nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Entity(start, start + len(surface), label, surface)


def _persons(text: str, ents: list[Entity]) -> list[str]:
    return [e.text for e in refine_person_entities(text, ents) if e.label == "PERSON"]


def test_rank_is_dropped_from_the_name_and_a_rank_alone_is_nobody():
    text = "Rebel spokesman Colonel Tam Vu said. Army spokesman Brig. Gen. Olu Dare said."
    ents = [_ent(text, "Colonel Tam Vu"), _ent(text, "Brig"), _ent(text, "Olu Dare")]
    assert _persons(text, ents) == ["Tam Vu", "Olu Dare"]


def test_a_name_cut_short_runs_on_over_the_next_capitalised_words():
    text = "Senior General Kyaw Min Thura has promised polls. Chief Minister R. Devan Singh quit."
    ents = [_ent(text, "Kyaw Min"), _ent(text, "R. Devan"), _ent(text, "Singh", "GPE")]
    assert _persons(text, ents) == ["Kyaw Min Thura", "R. Devan Singh"]


def test_a_name_stops_before_a_title_or_a_weekday():
    text = "Port Mela Mayor Ana Lima spoke. Then Omar Diallo Monday said more."
    ents = [_ent(text, "Ana Lima"), _ent(text, "Omar Diallo")]
    assert _persons(text, ents) == ["Ana Lima", "Omar Diallo"]


def test_names_written_as_places_are_not_persons():
    text = (
        "Shells fell in Oued Tama overnight. Fighting reached the Kari Lembo district and "
        "Wadi Sahm. Residents of Oued Tama said they fled."
    )
    ents = [
        _ent(text, "Oued Tama"),
        _ent(text, "Kari Lembo"),
        _ent(text, "Wadi Sahm"),
        _ent(text, "Oued Tama", nth=1),
    ]
    assert _persons(text, ents) == []


def test_a_person_with_a_title_stays_a_person_even_after_in():
    text = "Trust in Musa Kabir is low. Governor Musa Kabir said the road was open."
    ents = [_ent(text, "Musa Kabir"), _ent(text, "Musa Kabir", nth=1)]
    assert _persons(text, ents) == ["Musa Kabir", "Musa Kabir"]


def test_names_written_as_groups_are_not_persons():
    text = (
        "The farmers' association Tuna Bara condemned it. Gunmen from the Lomo Kassa gang "
        "fled. Militias such as Dozo Kani were blamed. Ukrainian President Taras Koval spoke."
    )
    ents = [
        _ent(text, "Tuna Bara"),
        _ent(text, "Lomo Kassa"),
        _ent(text, "Dozo Kani"),
        _ent(text, "Ukrainian President Taras Koval"),
    ]
    assert _persons(text, ents) == ["Taras Koval"]


def test_a_nickname_after_alias_is_no_second_person():
    text = "The faction led by Jorge Luis Mena, alias El Toro, attacked."
    ents = [_ent(text, "Jorge Luis Mena", "ORG"), _ent(text, "El Toro")]
    assert _persons(text, ents) == ["Jorge Luis Mena"]


def test_a_headline_in_title_case_does_not_stretch_names():
    text = "Kabir Warns Rebels Against New Offensive Near Capital\n\nThe text."
    ents = [_ent(text, "Kabir")]
    assert _persons(text, ents) == ["Kabir"]


def test_a_middle_word_of_a_long_name_refers_to_that_person():
    text = "Colonel Jean Paul Mbarga Essomba said it. Later Colonel Mbarga denied it."
    ents = [_ent(text, "Jean Paul Mbarga Essomba"), _ent(text, "Mbarga")]
    index = build_person_index(text, ents)
    assert list(index.names) == ["Jean Paul Mbarga Essomba"]
    assert len(index.names["Jean Paul Mbarga Essomba"]) == 2

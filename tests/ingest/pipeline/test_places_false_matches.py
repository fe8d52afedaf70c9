"""Words, people and foreign namesakes that are not the places they spell."""

from __future__ import annotations

from ingest.pipeline.places import find_place_mentions, get_gazetteer


def _found(text):
    return [(m.surface, m.place.country) for m in find_place_mentions(text)]


def test_continent_is_not_a_town_that_lists_it_as_alternate_name():
    # GeoNames lists "Africa" as an old name of Mahdia (Tunisia, region Al Mahdiyah).
    assert get_gazetteer().lookup("Africa") == []
    text = (
        "Bandits abducted 30 students in Kaduna State, one of the most violent corners of Africa."
    )
    assert _found(text) == [("Kaduna State", "NG")]


def test_foreign_namesake_of_a_local_site_loses_to_the_document_country():
    text = (
        "Heavy fighting continued in El Fasher on Sunday. RSF drones struck the Naivasha market, "
        "North Darfur officials said."
    )
    assert _found(text) == [("El Fasher", "SD"), ("North Darfur", "SD")]


def test_foreign_town_stays_when_its_country_is_named():
    text = "Kenya's president met Sudanese mediators in Naivasha."
    assert ("Naivasha", "KE") in _found(text)


def test_foreign_actor_does_not_outvote_a_local_town():
    assert _found("US strikes hit targets near Deir ez-Zor.") == [
        ("US", "US"),
        ("Deir ez-Zor", "SY"),
    ]


def test_people_named_like_places_are_not_places():
    text = "Jordan Henderson and Chad Smith met Georgia Brown in London."
    assert _found(text) == [("London", "GB")]
    assert _found("Paris Hilton and Florence Welch attended, Victoria Beckham said.") == []


def test_adjective_before_a_town_is_not_a_name():
    text = "Russian-held Kupiansk came under Ukrainian fire."
    assert ("Kupiansk", "UA") in _found(text)

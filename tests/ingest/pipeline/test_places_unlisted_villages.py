"""A village the gazetteer does not list is still the event's place when the text says it is one."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def test_the_village_of_x_is_the_event_place_in_the_articles_country():
    text = (
        "Gunmen on motorcycles killed seven farmers on Sunday in the village of Tondibangou, "
        "in the Tahoua region of Niger, a local official said. The attackers fled toward the "
        "border with Mali, he said."
    )
    events = run(text, date(2025, 5, 6)).events
    assert [(e.city, e.country, e.fatalities) for e in events] == [("Tondibangou", "NE", 7)]
    assert events[0].admin1 == "Tahoua"


def test_x_a_village_in_some_district_takes_that_district_s_region():
    text = (
        "KANO, Nigeria (Reuters) - Bandits abducted 30 people on Monday from Dan Kwarkwasa, a "
        "village in Kankara local government area of Katsina state, residents said. The police "
        "said a rescue operation was under way."
    )
    events = run(text, date(2025, 5, 6)).events
    assert [(e.city, e.country) for e in events] == [("Dan Kwarkwasa", "NG")]
    assert events[0].admin1 == "Katsina"


def test_x_village_names_the_place_even_when_a_foreign_homonym_exists():
    # "Mangusu" is also a town in the Philippines; in a Congo story it is the Congolese village.
    text = (
        "BENI, Congo (AP) - Suspected rebels killed six farmers on Saturday near Mangusu village "
        "in Mambasa territory, in Ituri province, a local chief said. The bodies were found in "
        "their fields in Congo's northeast."
    )
    events = run(text, date(2025, 5, 6)).events
    assert [(e.city, e.country) for e in events] == [("Mangusu", "CD")]


def test_a_capitalised_phrase_before_town_hall_is_not_a_village():
    text = (
        "Protesters gathered outside Kharkiv City town hall in Ukraine on Monday, demanding "
        "better air-raid shelters after a missile strike killed three people in Kharkiv."
    )
    cities = {e.city for e in run(text, date(2025, 5, 6)).events}
    assert "Kharkiv City" not in cities

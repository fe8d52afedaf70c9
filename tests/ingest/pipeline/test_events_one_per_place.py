"""One event per location and day; districts join their city; figures follow their place."""

from datetime import date

from tests.ingest.pipeline.conftest import by_city, run

THREE_CITIES = (
    "Russian missiles and drones struck Kharkiv, Dnipro and Zaporizhzhia overnight into Tuesday, "
    "officials said.\n"
    "In Kharkiv, a ballistic missile hit an apartment block, killing three people and "
    "wounding 18.\n"
    "In Dnipro, a drone hit a bus station and at least five people were injured.\n"
    "Regional governor Ivan Fedorov said two people were killed in Zaporizhzhia."
)


def test_three_cities_give_three_events():
    ex = run(THREE_CITIES, date(2025, 7, 8))
    events = by_city(ex)
    assert set(events) == {"Kharkiv", "Dnipro", "Zaporizhzhia"}
    assert all(e.event_date == date(2025, 7, 8) for e in ex.events)


def test_figures_go_to_the_city_they_are_reported_for():
    events = by_city(run(THREE_CITIES, date(2025, 7, 8)))
    assert (events["Kharkiv"].fatalities, events["Kharkiv"].injured) == (3, 18)
    assert (events["Dnipro"].fatalities, events["Dnipro"].injured) == (None, 5)
    assert events["Zaporizhzhia"].fatalities == 2


def test_districts_of_one_city_are_one_event():
    text = (
        "Russian drones attacked Kyiv early on Saturday.\n"
        "Debris fell in the Solomianskyi district, injuring two people, and a fire broke out in "
        "the Darnytskyi district, the city's military administration said.\n"
    )
    ex = run(text, date(2025, 3, 1))
    kyiv = [e for e in ex.events if e.city == "Kyiv"]
    assert len(kyiv) == 1
    assert len(kyiv[0].districts) >= 1
    assert kyiv[0].injured == 2


def test_updated_toll_supersedes_the_first_one():
    text = (
        "A Russian missile strike on the city of Sumy killed 11 people on Sunday, officials said.\n"
        "By the evening the death toll had risen to 14, the regional administration said."
    )
    ex = run(text, date(2025, 4, 13))
    (event,) = ex.events
    assert event.city == "Sumy"
    assert event.fatalities == 14


def test_evidence_spans_point_at_the_values():
    text = "An Israeli airstrike on a house in Khan Younis killed six people on Monday."
    ex = run(text, date(2024, 7, 1))
    (event,) = ex.events
    (fat,) = event.evidence["fatalities"]
    assert text[fat.start : fat.end] == "six"
    city = event.evidence["city"][0]
    assert text[city.start : city.end] == "Khan Younis"
    assert 0 <= event.confidence <= 1

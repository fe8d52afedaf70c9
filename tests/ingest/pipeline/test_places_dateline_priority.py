"""A dateline is where the reporter files from; the body's place of the incident wins."""

from tests.ingest.pipeline.conftest import run


def test_the_body_town_beats_the_dateline_city():
    got = run(
        "COTABATO CITY, Philippines — Gunmen shot dead a village chief on Tuesday.\n\n"
        "The attack happened in the village of Datu Piang, police said."
    ).events
    assert [e.city for e in got] == ["Datu Piang"]
    assert got[0].fatalities == 1


def test_a_multi_city_dateline_makes_no_event():
    got = run(
        "KYIV/MOSCOW — A Russian missile struck Kharkiv on Tuesday, killing two passengers and "
        "wounding nine."
    ).events
    assert [e.city for e in got] == ["Kharkiv"]


def test_a_lone_dateline_still_places_the_incident():
    got = run(
        "N'DJAMENA (Reuters) — Suspected Boko Haram fighters killed 12 soldiers in an attack on "
        "an army post on Monday, the army said."
    ).events
    assert [e.city for e in got] == ["N'Djamena"]

"""Live-blog updates: a toll update names its place, its injured go with it, districts stay put."""

from datetime import date

from tests.ingest.pipeline.conftest import run

FRIDAY = date(2025, 8, 8)
BLOG = (
    "12:30 BST - Zaporizhzhia death toll rises to five\n\n"
    "The death toll from this morning's Russian strike on Zaporizhzhia has risen to five, with "
    "24 people injured, regional governor Ivan Fedorov said.\n\n"
    "11:00 BST - Drones hit refinery in Saratov\n\n"
    "Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight, causing a "
    "fire, the governor said. One person was injured by falling debris.\n\n"
    "09:05 BST - Glide bombs hit Zaporizhzhia\n\n"
    "Russian forces struck the city of Zaporizhzhia with guided aerial bombs on Friday morning, "
    "killing three people and injuring 17, Fedorov said. The bombs hit a bus station in the "
    "city's Oleksandrivskyi district."
)


def _by_city():
    return {e.city: e for e in run(BLOG, FRIDAY).events}


def test_the_newest_update_gives_both_tolls_of_its_place():
    e = _by_city()["Zaporizhzhia"]
    assert (e.fatalities, e.injured) == (5, 24)


def test_another_place_does_not_take_the_update():
    e = _by_city()["Saratov"]
    assert (e.fatalities, e.injured) == (None, 1)


def test_the_citys_district_belongs_to_the_city_just_told():
    events = _by_city()
    assert set(events) == {"Zaporizhzhia", "Saratov"}

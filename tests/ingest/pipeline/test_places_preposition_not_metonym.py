"""After a preposition a city is a place, even when "has" follows ("the strike on X has ...")."""

from datetime import date

from tests.ingest.pipeline.conftest import run


def test_strike_on_city_has_risen_keeps_the_city():
    text = (
        "The death toll from Friday's Russian missile strike on Dnipro has risen to 12, the "
        "regional governor said on Saturday."
    )
    events = run(text, date(2025, 8, 9)).events
    assert [(e.city, e.fatalities) for e in events] == [("Dnipro", 12)]


def test_an_official_in_a_capital_said_is_still_not_a_place():
    text = (
        "Pakistani aircraft bombed villages in the Barmal district of Afghanistan's Paktika "
        "province on Friday, killing 19 people. A security official in Islamabad said the "
        "targets were militant hideouts."
    )
    cities = {e.city for e in run(text, date(2025, 8, 9)).events}
    assert "Islamabad" not in cities

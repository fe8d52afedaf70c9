"""Several reports of one event become one event; different places or days stay apart."""

import datetime as dt

import pytest

from events.models import Event
from ingest import persist
from tests.factories import ArticleFactory
from tests.ingest.extractions import extraction, kharkiv_strike

pytestmark = pytest.mark.django_db

NIGHT = "Russian drones attacked Kharkiv overnight, officials said, killing three people."
DAY = "Russian missiles struck Kharkiv on Friday afternoon, killing three people."


def save(text, *events, published=dt.datetime(2025, 6, 1, 9, tzinfo=dt.UTC)):
    article = ArticleFactory(text=text, published_at=published)
    persist.save_extraction(article.pk, extraction(*events, with_statement=False))
    return article


def night_strike(day, **kwargs):
    from ingest.pipeline.types import Span

    event = kharkiv_strike(day=day, **kwargs)
    span = Span(NIGHT.index("overnight"), NIGHT.index("overnight") + 9)
    return type(event)(**{**event.__dict__, "evidence": {"event_date": (span,)}})


def test_same_attack_from_two_outlets_is_one_event():
    save("Wire copy. " + DAY, kharkiv_strike(fatalities=3))
    save("Local outlet. " + DAY, kharkiv_strike(fatalities=3, city="KHARKIV"))
    event = Event.objects.get()
    assert event.reports.count() == 2


def test_follow_up_with_higher_toll_updates_the_headline_and_range():
    save(DAY, kharkiv_strike(fatalities=3), published=dt.datetime(2025, 6, 1, 9, tzinfo=dt.UTC))
    save(
        DAY + " Later.",
        kharkiv_strike(fatalities=7),
        published=dt.datetime(2025, 6, 2, tzinfo=dt.UTC),
    )
    event = Event.objects.get()
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (7, 3, 7)


def test_two_attacks_on_one_city_a_week_apart_stay_apart():
    save(DAY, kharkiv_strike(day=dt.date(2025, 6, 1)))
    save(DAY + " Again.", kharkiv_strike(day=dt.date(2025, 6, 8)))
    assert Event.objects.count() == 2


def test_strikes_on_two_cities_the_same_night_stay_apart():
    save(NIGHT, night_strike(dt.date(2025, 6, 1)), night_strike(dt.date(2025, 6, 1), city="Sumy"))
    assert sorted(Event.objects.values_list("city", flat=True)) == ["Kharkiv", "Sumy"]


def test_overnight_attack_dated_to_either_day_is_one_event():
    save(DAY, kharkiv_strike(day=dt.date(2025, 6, 1)))
    save(NIGHT, night_strike(dt.date(2025, 6, 2)))
    assert Event.objects.count() == 1


def test_daytime_reports_a_day_apart_stay_apart():
    save(DAY, kharkiv_strike(day=dt.date(2025, 6, 1)))
    save(DAY + " Next day.", kharkiv_strike(day=dt.date(2025, 6, 2)))
    assert Event.objects.count() == 2


def test_different_event_types_stay_apart():
    save(DAY, kharkiv_strike())
    clash = kharkiv_strike()
    clash = type(clash)(
        **{**clash.__dict__, "event_type": "Battles", "sub_event_type": "Armed clash"}
    )
    save(DAY + " Fighting.", clash)
    assert Event.objects.count() == 2

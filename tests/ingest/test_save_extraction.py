import datetime as dt

import pytest

from events.models import Actor, ActorMention, Event, EventActor, EventReport, Statement
from ingest import persist
from tests.factories import ArticleFactory
from tests.ingest.extractions import TEXT, extraction, kharkiv_strike

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        m.__name__: m.objects.count()
        for m in (Event, EventReport, EventActor, Actor, Statement, ActorMention)
    }


def test_extraction_is_stored_with_evidence_and_speaker():
    article = ArticleFactory(text=TEXT, status="processing")
    persist.save_extraction(article.pk, extraction(kharkiv_strike()))

    event = Event.objects.get()
    assert (event.city, event.country, event.event_date, event.fatalities, event.injured) == (
        "Kharkiv",
        "UA",
        dt.date(2025, 6, 1),
        3,
        11,
    )
    report = event.reports.get()
    assert report.article == article
    assert report.evidence == {"city": [[24, 31]], "fatalities": [[51, 65]]}
    assert {(ea.actor.name, ea.role) for ea in event.event_actors.select_related("actor")} == {
        ("Russia", "perpetrator"),
        ("Civilians (Ukraine)", "target"),
    }
    statement = Statement.objects.get()
    assert statement.speaker.name == "Ihor Terekhov"
    assert statement.event == event
    assert TEXT[statement.start : statement.end] == statement.text
    article.refresh_from_db()
    assert (article.status, article.extractor_version) == ("done", "test-1")


def test_saving_the_same_extraction_twice_changes_nothing():
    article = ArticleFactory(text=TEXT)
    persist.save_extraction(article.pk, extraction(kharkiv_strike()))
    first = counts()
    public_id = Event.objects.get().public_id
    persist.save_extraction(article.pk, extraction(kharkiv_strike()))
    assert counts() == first
    assert Event.objects.get().public_id == public_id


def test_second_article_on_same_event_adds_a_report_and_updates_the_toll():
    early = ArticleFactory(published_at=dt.datetime(2025, 6, 1, 9, tzinfo=dt.UTC))
    later = ArticleFactory(published_at=dt.datetime(2025, 6, 1, 18, tzinfo=dt.UTC))
    persist.save_extraction(early.pk, extraction(kharkiv_strike(fatalities=3, injured=11)))
    persist.save_extraction(later.pk, extraction(kharkiv_strike(fatalities=5, injured=None)))

    event = Event.objects.get()
    assert event.reports.count() == 2
    assert event.fatalities == 5  # the later report supersedes
    assert event.injured == 11  # only the earlier report gave it


def test_different_cities_or_days_stay_apart():
    article = ArticleFactory()
    persist.save_extraction(
        article.pk,
        extraction(
            kharkiv_strike(), kharkiv_strike(city="Dnipro"), kharkiv_strike(day=dt.date(2025, 6, 8))
        ),
    )
    assert Event.objects.count() == 3


def test_actor_aliases_are_merged_not_duplicated():
    persist.save_extraction(ArticleFactory().pk, extraction(kharkiv_strike()))
    persist.save_extraction(ArticleFactory().pk, extraction(kharkiv_strike()))
    russia = Actor.objects.get(name="Russia")
    assert russia.aliases == ["Moscow", "Russian forces"]
    assert Actor.objects.filter(name="Russia").count() == 1


def test_event_dropped_by_reextraction_is_removed_when_unreviewed():
    article = ArticleFactory()
    persist.save_extraction(article.pk, extraction(kharkiv_strike(), kharkiv_strike(city="Dnipro")))
    persist.save_extraction(article.pk, extraction(kharkiv_strike()))
    assert list(Event.objects.values_list("city", flat=True)) == ["Kharkiv"]


def test_verified_event_keeps_curated_figures():
    first = ArticleFactory(published_at=dt.datetime(2025, 6, 1, 9, tzinfo=dt.UTC))
    persist.save_extraction(first.pk, extraction(kharkiv_strike(fatalities=3)))
    Event.objects.update(review_status="verified", fatalities=4)
    later = ArticleFactory(published_at=dt.datetime(2025, 6, 2, 9, tzinfo=dt.UTC))
    persist.save_extraction(later.pk, extraction(kharkiv_strike(fatalities=9)))
    event = Event.objects.get()
    assert event.fatalities == 4
    assert event.reports.count() == 2

import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from events.models import Article
from ingest import tasks
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(monkeypatch):
    ids = []
    monkeypatch.setattr("ingest.tasks.process_article.delay", ids.append)
    return ids


def age(article, minutes):
    Article.objects.filter(pk=article.pk).update(
        updated_at=timezone.now() - dt.timedelta(minutes=minutes)
    )


def test_stuck_articles_are_sent_again(sent):
    stuck_queued = ArticleFactory(status="queued")
    stuck_processing = ArticleFactory(status="processing")
    fresh = ArticleFactory(status="queued")
    done = ArticleFactory(status="done")
    for article in (stuck_queued, stuck_processing, done):
        age(article, 120)
    call_command("requeue", "--minutes", "30")
    assert sorted(sent) == sorted([stuck_queued.pk, stuck_processing.pk])
    assert Article.objects.get(pk=stuck_processing.pk).status == "queued"
    assert fresh.pk not in sent


def test_failed_articles_are_retried_on_request(sent):
    failed = ArticleFactory(status="failed", error="boom")
    call_command("requeue", "--failed")
    assert sent == [failed.pk]
    failed.refresh_from_db()
    assert (failed.status, failed.error) == ("queued", "")


def test_beat_sweeper_task(sent):
    article = ArticleFactory(status="processing")
    age(article, 600)
    assert tasks.requeue_stuck_articles() == "1 stuck article(s), 1 re-sent"
    assert sent == [article.pk]


def test_unreachable_broker_is_reported(monkeypatch):
    def refuse(_id):
        raise ConnectionError("refused")

    monkeypatch.setattr("ingest.tasks.process_article.delay", refuse)
    article = ArticleFactory(status="queued")
    age(article, 120)
    with pytest.raises(CommandError, match="stay queued"):
        call_command("requeue")
    assert Article.objects.get(pk=article.pk).status == "queued"

"""The extraction task, called directly (as the worker would) and through the eager Celery path."""

import pytest

from events.models import Article, Event
from ingest import tasks
from ingest.submit import submit_article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

PASSAGE = (
    "KHARKIV, Ukraine — Russian missiles struck Kharkiv early on Sunday, killing at least three "
    "people and wounding 11 others, the regional governor said."
)


def test_task_extracts_and_marks_done():
    article = ArticleFactory(text=PASSAGE, status="queued", published_at="2025-06-01T09:00:00Z")
    message = tasks.process_article(article.pk)
    article.refresh_from_db()
    assert article.status == "done", article.error
    assert article.extractor_version
    assert message.startswith(f"article {article.pk}: ")
    event = Event.objects.get(reports__article=article)
    assert (event.city, event.country) == ("Kharkiv", "UA")


def test_finished_article_is_not_processed_again():
    article = ArticleFactory(status="done")
    assert tasks.process_article(article.pk) == f"article {article.pk}: nothing to do"


def test_missing_article_returns_quietly():
    assert tasks.process_article(987654) == "article 987654: nothing to do"


def test_pipeline_error_marks_the_article_failed_with_the_reason(monkeypatch):
    def broken(_article):
        raise RuntimeError("tokenizer exploded")

    monkeypatch.setattr(tasks, "extract_article", broken)
    article = ArticleFactory(status="queued")
    assert tasks.process_article(article.pk) == f"article {article.pk}: failed"
    article.refresh_from_db()
    assert article.status == "failed"
    assert article.error == "extraction failed: RuntimeError: tokenizer exploded"


def test_submission_runs_through_celery_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        stored = submit_article(text=PASSAGE, published_at=None, title="Kharkiv strike")
    article = Article.objects.get(pk=stored.article.pk)
    assert article.status == "done"
    # No publication date: the weekday cannot be anchored, so the date is left empty.
    assert Event.objects.get(reports__article=article).event_date is None


def test_non_english_article_is_unsupported_not_failed():
    article = ArticleFactory(
        status="queued",
        text="Des hommes armés ont attaqué un village près de Mopti dimanche, "
        "tuant au moins douze civils, "
        "selon des responsables locaux qui ont demandé l'anonymat.",
    )
    tasks.process_article(article.pk)
    article.refresh_from_db()
    assert (article.status, article.language) == ("unsupported", "fr")
    assert not article.reports.exists()

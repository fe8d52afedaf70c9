"""A dropped database connection during a task is retried, never recorded as a failure."""

import pytest
from django.db import InterfaceError, OperationalError

from events.models import Article
from ingest import persist, tasks
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

PASSAGE = (
    "KHARKIV, Ukraine — Russian missiles struck Kharkiv early on Sunday, killing at least three "
    "people and wounding 11 others, the regional governor said."
)


def test_the_task_retries_database_errors():
    assert {OperationalError, InterfaceError} <= set(tasks.process_article.autoretry_for)
    assert tasks.process_article.max_retries >= 5


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
@pytest.mark.parametrize("where", ["save_extraction", "extract_article"])
def test_a_dropped_connection_leaves_the_article_claimable(monkeypatch, error, where):
    article = ArticleFactory(text=PASSAGE, status="queued", published_at="2025-06-01T09:00:00Z")

    def dropped(*_args):
        raise error("server closed the connection unexpectedly")

    target = persist if where == "save_extraction" else tasks
    with monkeypatch.context() as patch:
        patch.setattr(target, where, dropped)
        # Called directly, Celery's autoretry re-raises; in a worker it schedules the retry.
        with pytest.raises(error):
            tasks.process_article(article.pk)
    article.refresh_from_db()
    assert article.status == "processing" and article.error == ""

    # The retry claims the article again and finishes it.
    assert tasks.process_article(article.pk).startswith(f"article {article.pk}: 1 events")
    article.refresh_from_db()
    assert article.status == "done" and article.attempts == 2
    assert Article.objects.count() == 1

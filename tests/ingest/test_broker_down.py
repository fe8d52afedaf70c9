"""An accepted article is committed before anything else; a dead broker loses nothing."""

import pytest
from kombu.exceptions import OperationalError

from events.models import Article
from tests.ingest.worker_process import manage, process_env

pytestmark = pytest.mark.django_db


def refuse(_article_id):
    raise OperationalError("Error 111 connecting to 127.0.0.1:1. Connection refused.")


def test_post_answers_202_and_the_article_waits_queued(
    token_client, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("ingest.tasks.process_article.delay", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        response = token_client.post(
            "/api/articles/", {"text": "Rebels shelled Goma airport on Monday."}, format="json"
        )
    assert response.status_code == 202
    assert Article.objects.get().status == "queued"


@pytest.mark.django_db(transaction=True)
@pytest.mark.integration
def test_ingest_command_with_an_unreachable_broker_keeps_the_articles(tmp_path):
    (tmp_path / "a.txt").write_text("Militants attacked a checkpoint near Bannu on Friday.")
    env = process_env(CELERY_BROKER_URL="redis://127.0.0.1:1/0", CONFLICTDB_DATA_DIR=str(tmp_path))
    result = manage(env, "ingest", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "1 submitted" in result.stdout
    assert "Traceback" not in result.stderr
    assert Article.objects.get().status == "queued"

"""SIGKILL a worker in the middle of a batch: nothing is lost and nothing is duplicated."""

from __future__ import annotations

import json
import signal
import uuid

import pytest

from events.models import Article, EventReport, Statement
from tests.ingest.test_worker_end_to_end import redis_answers
from tests.ingest.worker_process import celery_worker, manage, process_env, wait_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.integration, pytest.mark.slow]

PASSAGE = (
    "{town}, Ukraine — Russian drones struck {town} early on Sunday, killing {dead} people and "
    'wounding {hurt} others, the regional governor said. "This was a deliberate attack on '
    'sleeping families," the governor said on Telegram.'
)
TOWNS = ["Sumy", "Kharkiv", "Chernihiv", "Poltava", "Dnipro", "Zaporizhzhia", "Kherson", "Mykolaiv"]


def test_killed_worker_loses_and_duplicates_nothing(tmp_path):
    if not redis_answers():
        pytest.skip("no Redis answers on 127.0.0.1:6379")
    for n, town in enumerate(TOWNS):
        text = PASSAGE.format(town=town, dead=n + 2, hurt=n + 5)
        (tmp_path / f"{n}.json").write_text(
            json.dumps({"published_at": "2025-06-02", "text": text}), encoding="utf-8"
        )
    env = process_env(
        CELERY_BROKER_URL="redis://127.0.0.1:6379/15",
        CELERY_QUEUE=f"conflictdb-kill-{uuid.uuid4().hex[:8]}",
        CELERY_VISIBILITY_TIMEOUT="5",
        CONFLICTDB_DATA_DIR=str(tmp_path),
    )
    with celery_worker(env) as first:
        result = manage(env, "ingest", str(tmp_path))
        assert result.returncode == 0, result.stderr
        # Kill it hard once it has started on the batch but before it has finished.
        assert wait_for(lambda: Article.objects.exclude(status="queued").exists(), timeout=120)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    interrupted = Article.objects.exclude(status="done").count()

    with celery_worker(env) as second:
        finished = wait_for(
            lambda: Article.objects.filter(status="done").count() == len(TOWNS), timeout=240
        )
        if not finished:
            second.terminate()
            pytest.fail(
                "not all articles finished: " + (second.communicate(timeout=30)[0] or "")[-3000:]
            )

    assert interrupted > 0, "the kill came after the batch had finished; the test proved nothing"
    assert Article.objects.count() == len(TOWNS)
    # Each article reports exactly one event (its town), once.
    assert EventReport.objects.count() == len(TOWNS)
    assert sorted(EventReport.objects.values_list("event__city", flat=True)) == sorted(TOWNS)
    assert Statement.objects.count() == len(TOWNS)

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
    "{town}, Ukraine — Russian drones struck {town} early on {day} June 2025, killing {dead} "
    'people and wounding {hurt} others, the regional governor said. "This was a deliberate '
    'attack on sleeping families," the governor said on Telegram.'
)
TOWNS = ["Sumy", "Kharkiv", "Chernihiv", "Poltava", "Dnipro", "Zaporizhzhia", "Kherson", "Mykolaiv"]
# Enough articles that the batch takes a few seconds even with the model loaded before the pool
# forks: each (town, day) is its own event.
BATCH = [(town, day) for day in range(1, 7) for town in TOWNS]


def test_killed_worker_loses_and_duplicates_nothing(tmp_path):
    if not redis_answers():
        pytest.skip("no Redis answers on 127.0.0.1:6379")
    for n, (town, day) in enumerate(BATCH):
        text = PASSAGE.format(town=town, day=day, dead=n % 9 + 2, hurt=n % 7 + 5)
        (tmp_path / f"{n}.json").write_text(
            json.dumps({"published_at": "2025-06-10", "text": text}), encoding="utf-8"
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
        started = wait_for(
            lambda: Article.objects.exclude(status="queued").exists(), timeout=120, interval=0.05
        )
        assert started
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    interrupted = Article.objects.exclude(status="done").count()

    with celery_worker(env) as second:
        finished = wait_for(
            lambda: Article.objects.filter(status="done").count() == len(BATCH), timeout=240
        )
        if not finished:
            second.terminate()
            pytest.fail(
                "not all articles finished: " + (second.communicate(timeout=30)[0] or "")[-3000:]
            )

    assert interrupted > 0, "the kill came after the batch had finished; the test proved nothing"
    assert Article.objects.count() == len(BATCH)
    # Each article reports exactly one event (its town on its day), once.
    assert EventReport.objects.count() == len(BATCH)
    reported = EventReport.objects.values_list("event__city", "event__event_date__day")
    assert sorted(reported) == sorted(BATCH)
    assert Statement.objects.count() == len(BATCH)

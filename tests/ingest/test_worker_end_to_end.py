"""The real path: `manage.py ingest` commits, enqueues on a real broker, a real worker extracts."""

from __future__ import annotations

import socket
import uuid

import pytest

from events.models import Article, Event, EventReport, Statement
from tests.conftest import SEEDS
from tests.ingest.worker_process import celery_worker, manage, process_env, wait_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.integration, pytest.mark.slow]


def redis_answers(host: str = "127.0.0.1", port: int = 6379) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def ingest_seeds_through(env: dict[str, str]) -> None:
    with celery_worker(env) as worker:
        result = manage(env, "ingest", str(SEEDS))
        assert result.returncode == 0, result.stderr
        assert "2 submitted" in result.stdout
        finished = wait_for(lambda: Article.objects.filter(status="done").count() == 2)
        if not finished:
            worker.terminate()
            pytest.fail(
                "worker did not finish: " + (worker.communicate(timeout=30)[0] or "")[-3000:]
            )


def row_counts() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (Article, Event, EventReport, Statement))


def assert_kyiv_events_from_both_seeds() -> None:
    kyiv = Event.objects.filter(city="Kyiv")
    articles = {r.article_id for e in kyiv for r in e.reports.all()}
    assert len(articles) == 2, "both seed articles report an attack on Kyiv"
    for event in kyiv:
        assert event.event_date is not None and event.latitude is not None


def test_seeds_through_redis_and_a_real_worker(tmp_path):
    if not redis_answers():
        pytest.skip("no Redis answers on 127.0.0.1:6379")
    queue = f"conflictdb-test-{uuid.uuid4().hex[:8]}"
    env = process_env(
        CELERY_BROKER_URL="redis://127.0.0.1:6379/15",
        CELERY_QUEUE=queue,
        CONFLICTDB_DATA_DIR=str(tmp_path),
    )
    ingest_seeds_through(env)
    assert_kyiv_events_from_both_seeds()
    before = row_counts()
    again = manage(env, "ingest", str(SEEDS))
    assert "0 submitted, 2 already stored" in again.stdout
    assert row_counts() == before


def test_seeds_through_the_embedded_filesystem_broker(tmp_path):
    # CELERY_BROKER_URL unset: the default `make run` path, kombu's filesystem transport.
    env = process_env(CONFLICTDB_DATA_DIR=str(tmp_path))
    env.pop("CELERY_BROKER_URL", None)
    ingest_seeds_through(env)
    assert_kyiv_events_from_both_seeds()
    assert (tmp_path / "broker" / "queue").is_dir()

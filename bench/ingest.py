"""`make bench-ingest`: articles through the real Celery worker path, articles/s end to end.

BENCH_ARTICLES generated news articles (default 1,000) are submitted as the API submits them
(`ingest.submit.submit_article`: stored, then enqueued on commit) to a Celery worker with two
processes over the filesystem broker, on an embedded PostgreSQL in .data/bench-ingest/ (or
BENCH_DATABASE_URL). The clock runs from the first submission to the last article leaving
`queued`/`processing`; the worker's peak memory (all its processes) is sampled meanwhile: RSS,
which counts the pages the pool processes share with the main process (the language model, loaded
before the pool forks) once in each, and PSS, which divides them among the processes that share
them. The load average before and after is printed, since the machine may be shared.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from bench.load import RssSampler

ROOT = Path(__file__).resolve().parent.parent
PLACES = ("Kharkiv", "Kherson", "Zaporizhzhia", "Sumy", "Odesa", "Dnipro", "Mykolaiv", "Pokrovsk")
ATTACKS = ("shelled", "struck with drones", "hit with missiles", "attacked with artillery")


def article_text(rng: random.Random, n: int) -> tuple[str, str]:
    place, other = rng.sample(PLACES, 2)
    killed, injured = rng.randint(1, 12), rng.randint(2, 30)
    attack = rng.choice(ATTACKS)
    title = f"Russian forces {attack} {place}, killing {killed} (report {n})"
    text = (
        f"Russian forces {attack} {place} overnight on Tuesday, killing {killed} civilians and "
        f"injuring {injured}, the regional governor said on Wednesday. Rescue workers searched "
        f'the rubble of a five-storey building in the city centre. "We will rebuild every '
        f'home," the mayor of {place} said. In {other}, air defences shot down several drones, '
        f"and debris damaged a school, officials said. Ukraine's military said its forces "
        f"repelled attacks near the front line. The claims could not be independently verified. "
        f"(Dispatch {n}.)"
    )
    return title, text


def main() -> int:
    count = int(os.environ.get("BENCH_ARTICLES", "1000"))
    os.environ.setdefault("CONFLICTDB_DATA_DIR", str(ROOT / ".data" / "bench-ingest"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictdb.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    import django
    import psutil

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from events.models import Article
    from ingest.submit import submit_article

    connection.ensure_connection()  # starts the embedded server and exports DATABASE_URL
    call_command("migrate", interactive=False, verbosity=0)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "conflictdb", "worker", "--concurrency", "2",
         "--loglevel", "WARNING", "--without-gossip", "--without-mingle"],
        cwd=ROOT,
        env=dict(os.environ),
    )  # fmt: skip
    rng = random.Random(7)
    stamp = int(time.time())
    try:
        # The worker loads the language model before it takes tasks; one article end to end
        # before the clock starts.
        warm = submit_article(text=article_text(rng, 0)[1] + f" Warm-up {stamp}.")
        _wait_done(Article, [warm.article.pk], timeout=300)
        load_before = os.getloadavg()[0]
        with RssSampler(worker.pid, every=0.2, pss=True) as memory:
            started = time.perf_counter()
            ids = []
            for n in range(1, count + 1):
                title, text = article_text(rng, n)
                stored = submit_article(text=f"{text} Run {stamp}.", title=title, language="en")
                ids.append(stored.article.pk)
            submitted = time.perf_counter() - started
            _wait_done(Article, ids, timeout=max(600, count * 5))
            elapsed = time.perf_counter() - started
        done = Article.objects.filter(pk__in=ids, status="done").count()
        print(
            f"[bench-ingest] {count} articles submitted in {submitted:.1f}s, all processed in "
            f"{elapsed:.1f}s: {count / elapsed:.2f} articles/s end to end with 2 worker "
            f"processes ({done} done, {count - done} failed or unsupported); worker peak RSS "
            f"{memory.peak_total / 2**20:.0f} MB in all, {memory.peak_worker / 2**20:.0f} MB "
            f"largest process, peak PSS {memory.peak_pss / 2**20:.0f} MB in all; "
            f"{psutil.cpu_count()} cores, load average {load_before:.2f} before, "
            f"{os.getloadavg()[0]:.2f} after",
            flush=True,
        )
    finally:
        worker.terminate()
        worker.wait(timeout=60)
    return 0


def _wait_done(article_model, ids: list[int], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pending = article_model.objects.filter(pk__in=ids, status__in=("queued", "processing"))
    while pending.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{pending.count()} articles still pending")
        time.sleep(0.5)


if __name__ == "__main__":
    sys.exit(main())

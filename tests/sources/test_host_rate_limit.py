"""At most one request per host per FETCH_MIN_INTERVAL_SECONDS, across every worker process."""

from __future__ import annotations

import itertools
import threading

import pytest
from django.db import connection

from ingest import host_slots
from ingest.fetch import user_agent
from ingest.models import FetchHost

pytestmark = pytest.mark.django_db(transaction=True)


def test_second_request_to_a_host_waits_for_the_interval():
    assert host_slots.reserve("news.example", 2) == 0
    assert host_slots.reserve("other.example", 2) == 0  # other hosts are not held up
    second = host_slots.reserve("news.example", 2)
    third = host_slots.reserve("NEWS.example", 2)  # host names are case-insensitive
    assert 1.9 < second <= 2.0
    assert 3.9 < third <= 4.0
    assert FetchHost.objects.count() == 2


def test_a_slot_in_the_past_is_not_waited_for():
    host_slots.reserve("news.example", 2)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE ingest_fetchhost SET next_request_at = now() - interval '1 minute'")
    assert host_slots.reserve("news.example", 2) == 0


def test_wait_turn_sleeps_for_the_reserved_delay():
    slept: list[float] = []
    assert host_slots.wait_turn("news.example", 1.5, sleep=slept.append) == 0
    waited = host_slots.wait_turn("news.example", 1.5, sleep=slept.append)
    assert slept == [waited] and 1.4 < waited <= 1.5
    assert host_slots.wait_turn("news.example", 0, sleep=slept.append) == 0  # limit switched off


def test_concurrent_workers_get_distinct_slots_spaced_by_the_interval():
    """Eight threads (eight database connections, as eight worker processes would have)."""
    delays: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        delay = host_slots.reserve("busy.example", 1)
        with lock:
            delays.append(delay)
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    delays.sort()
    assert delays[0] == 0
    gaps = [b - a for a, b in itertools.pairwise(delays)]
    assert all(0.9 < gap < 1.1 for gap in gaps), delays


def test_user_agent_names_conflictdb_its_version_and_url(settings):
    settings.FETCH_CONTACT_URL = "https://conflictdb.example/about"
    assert user_agent() == "ConflictDB/0.1.0 (+https://conflictdb.example/about)"

"""Politeness across every worker: at most one request per host per interval.

Each request reserves the next free slot for its host in one atomic statement on the shared
database (the row lock of the upsert serialises concurrent reservations), then waits for it.
So two worker processes, or two machines, fetching from one site still space their requests
by FETCH_MIN_INTERVAL_SECONDS, and no lock is held while waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.db import connection

_RESERVE = """
INSERT INTO ingest_fetchhost (host, next_request_at)
VALUES (%(host)s, clock_timestamp() + make_interval(secs => %(interval)s))
ON CONFLICT (host) DO UPDATE
    SET next_request_at = GREATEST(ingest_fetchhost.next_request_at, clock_timestamp())
        + make_interval(secs => %(interval)s)
RETURNING EXTRACT(EPOCH FROM next_request_at - clock_timestamp()) - %(interval)s
"""


def reserve(host: str, interval: float) -> float:
    """Reserve the next slot for `host`; the seconds to wait before using it (0 if now)."""
    with connection.cursor() as cursor:
        cursor.execute(_RESERVE, {"host": host.lower(), "interval": float(interval)})
        (delay,) = cursor.fetchone()
    return max(0.0, float(delay))


def wait_turn(host: str, interval: float, sleep: Callable[[float], None] = time.sleep) -> float:
    """Block until `host` may be asked again; returns the seconds waited."""
    if interval <= 0:
        return 0.0
    delay = reserve(host, interval)
    if delay > 0:
        sleep(delay)
    return delay

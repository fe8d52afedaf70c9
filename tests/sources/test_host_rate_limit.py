"""At most one request per host per FETCH_MIN_INTERVAL_SECONDS (no database, no network)."""

from __future__ import annotations

from ingest.fetch import HostLimiter, user_agent


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_second_request_to_a_host_waits_for_the_interval():
    clock = FakeClock()
    limiter = HostLimiter(clock=clock, sleep=clock.sleep)
    assert limiter.wait("news.example", 2) == 0
    assert limiter.wait("other.example", 2) == 0  # other hosts are not held up
    clock.now += 0.5
    assert limiter.wait("news.example", 2) == 1.5
    assert limiter.wait("news.example", 2) == 2
    assert clock.slept == [1.5, 2]


def test_user_agent_names_conflictdb_its_version_and_url(settings):
    settings.FETCH_CONTACT_URL = "https://conflictdb.example/about"
    assert user_agent() == "ConflictDB/0.1.0 (+https://conflictdb.example/about)"

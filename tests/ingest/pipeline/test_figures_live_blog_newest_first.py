"""In a live blog told newest first, the latest entry's toll supersedes older entries."""

from datetime import date

from ingest.pipeline.events.grouping import newest_first_live_blog
from tests.ingest.pipeline.conftest import run

BLOG = (
    "Live: Russian strike on Odesa\n"
    "11:40 — The death toll in Odesa has risen to 14, the regional governor Oleh Kiper said.\n"
    "10:05 — Kiper said eight people were killed in the missile strike on Odesa this morning.\n"
    "08:30 — A Russian missile struck Odesa early on Tuesday, killing at least five people, "
    "officials said."
)


def test_newest_entry_toll_wins():
    events = run(BLOG, date(2025, 6, 10)).events
    assert [(e.city, e.fatalities) for e in events] == [("Odesa", 14)]


def test_newest_first_order_is_recognised_only_when_times_descend():
    assert newest_first_live_blog(BLOG)
    oldest_first = "08:30 — A strike.\n10:05 — More.\n11:40 — Later."
    assert not newest_first_live_blog(oldest_first)
    assert not newest_first_live_blog("No time stamps here.")


def test_without_time_stamps_the_update_still_wins():
    events = run(
        "A Russian missile struck Odesa early on Tuesday, killing at least five people, "
        "officials said.\nThe death toll in Odesa has risen to 14, the regional governor said.",
        date(2025, 6, 10),
    ).events
    assert [e.fatalities for e in events] == [14]

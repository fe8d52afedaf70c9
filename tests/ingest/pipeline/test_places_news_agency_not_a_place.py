"""The agency that files a report is not a place, in its dateline or later in the text."""

from __future__ import annotations

from datetime import date

from ingest.pipeline.dates import parse_dateline
from tests.ingest.pipeline.conftest import run

TEXT = (
    "ADEN, Yemen, May 20 (Xinhua) -- A car bomb exploded near a military checkpoint in the "
    "city of Aden on Monday, killing four soldiers, a security official told Xinhua.\n\n"
    "No group claimed responsibility, the official told Xinhua by phone."
)


def test_dateline_names_its_agency():
    line = parse_dateline(TEXT, date(2025, 5, 20))
    assert line is not None
    assert (line.place, line.agency) == ("ADEN", "Xinhua")


def test_agency_name_is_not_an_event_place():
    events = run(TEXT, date(2025, 5, 20)).events
    assert [(e.country, e.city, e.fatalities) for e in events] == [("YE", "Aden", 4)]

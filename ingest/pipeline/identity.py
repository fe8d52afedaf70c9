"""When two extracted events are the same event: the identity rule, as pure functions.

Two reports describe one event when they give
- the same place at the same precision: the same country and city (spelling folded), or, when
  neither names a city, the same country and first-level region;
- the same event type (ACLED's event_type; sub-event types may differ between outlets);
- the same day; or the day before or after when the report dates the attack to a night
  ("overnight", "last night", "early hours", "before dawn"), because overnight attacks straddle
  two dates and outlets pick either.
Undated events are never matched to anything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ingest.pipeline.types import ExtractedEvent, Span

_NIGHT = re.compile(r"\b(overnight|night|early hours|before dawn|dawn|midnight)\b", re.IGNORECASE)


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def place_key(event: ExtractedEvent) -> str:
    """Country and place at the precision the report gives."""
    if event.city:
        return f"{event.country or ''}|city|{_fold(event.city)}"
    return f"{event.country or ''}|admin1|{_fold(event.admin1 or '')}"


def lock_key(event: ExtractedEvent) -> str:
    """What concurrent writers serialise on: every possible match shares it (no date in it)."""
    return f"{place_key(event)}|{event.event_type}"


def identity_key(event: ExtractedEvent) -> str:
    """A report's own identity within its article (place, type and day)."""
    day = event.event_date.isoformat() if event.event_date else "undated"
    return f"{lock_key(event)}|{day}"


def date_tolerance_days(event: ExtractedEvent, text: str) -> int:
    """1 when the report dates the event by a night (it may straddle two dates), else 0."""
    spans: Sequence[Span] = event.evidence.get("event_date", ())
    for span in spans:
        start, end = max(0, span.start - 40), min(len(text), span.end + 40)
        if _NIGHT.search(text[start:end]):
            return 1
    return 0

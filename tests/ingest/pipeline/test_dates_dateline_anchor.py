from datetime import date

from ingest.pipeline.dates import resolve_event_date


def _day(text: str, published: date | None) -> date | None:
    return resolve_event_date(text, 0, len(text), published).value


def test_body_weekday_beats_the_dateline_date():
    text = (
        "KABUL, March 12 (Reuters) - Gunmen attacked a checkpoint on Sunday evening, police said."
    )
    assert _day(text, date(2025, 3, 13)) == date(2025, 3, 9)


def test_yesterday_counts_from_the_dateline_date():
    text = "GOMA, Feb 4 (Reuters) - Rebels shelled the airport yesterday, residents said."
    assert _day(text, date(2025, 2, 5)) == date(2025, 2, 3)


def test_dateline_date_alone_is_the_event_date():
    text = "GOMA, Feb 4 (Reuters) - Rebels shelled the airport, residents said."
    assert _day(text, date(2025, 2, 5)) == date(2025, 2, 4)


def test_late_on_weekday_spans_the_whole_phrase():
    text = "Drones struck a depot late on Sunday, the governor said."
    result = resolve_event_date(text, 0, len(text), date(2025, 3, 5))
    assert result.value == date(2025, 3, 2)
    assert text[result.span.start : result.span.end] == "late on Sunday"

from datetime import date

from ingest.pipeline.dates import find_date_mentions, parse_dateline, resolve_event_date

THURSDAY = date(2025, 4, 24)


def _resolve(phrase: str, anchor: date | None = THURSDAY):
    text = f"The attack happened {phrase}, officials said."
    return resolve_event_date(text, 0, len(text), anchor)


def test_weekday_equal_to_publication_day_is_that_day():
    assert _resolve("on Thursday").value == THURSDAY


def test_other_weekday_is_most_recent_past_one():
    assert _resolve("on Monday").value == date(2025, 4, 21)
    assert _resolve("on Friday").value == date(2025, 4, 18)


def test_overnight_into_weekday_is_the_named_day():
    assert _resolve("overnight into Wednesday").value == date(2025, 4, 23)
    assert _resolve("on Tuesday night into Wednesday").value == date(2025, 4, 23)


def test_early_hours_of_weekday():
    assert _resolve("in the early hours of Thursday").value == THURSDAY


def test_yesterday_and_last_night_are_the_day_before():
    assert _resolve("yesterday").value == date(2025, 4, 23)
    assert _resolve("last night").value == date(2025, 4, 23)


def test_this_morning_is_the_publication_day():
    assert _resolve("this morning").value == THURSDAY


def test_explicit_dates_with_and_without_year():
    assert _resolve("on 3 March").value == date(2025, 3, 3)
    assert _resolve("on June 1").value == date(2024, 6, 1)  # June after April: last year
    assert _resolve("on 24 April 2025").value == THURSDAY
    assert _resolve("on April 24, 2025").value == THURSDAY


def test_no_anchor_gives_no_date():
    result = _resolve("on Thursday", anchor=None)
    assert result.value is None and result.precision is None


def test_explicit_year_needs_no_anchor():
    assert _resolve("on 5 January 2024", anchor=None).value == date(2024, 1, 5)


def test_last_week_has_week_precision():
    mentions = find_date_mentions("Fighting began last week.", anchor=THURSDAY)
    assert mentions[0].precision == 2


def test_last_year_is_background():
    mentions = find_date_mentions("A similar strike last year killed nine.", anchor=THURSDAY)
    assert mentions[0].background


def test_date_span_points_at_the_phrase():
    text = "Gunmen attacked the village on Sunday evening."
    result = resolve_event_date(text, 0, len(text), date(2025, 5, 6))
    assert result.value == date(2025, 5, 4)
    assert text[result.span.start : result.span.end].startswith("on Sunday")


def test_wire_dateline_gives_place_and_date():
    text = "GAZA CITY, Nov 12 (Reuters) - Israeli strikes killed 14 people overnight."
    line = parse_dateline(text, date(2024, 11, 12))
    assert line is not None
    assert line.place == "GAZA CITY"
    assert line.date == date(2024, 11, 12)


def test_ap_dateline_without_date():
    line = parse_dateline("KHARTOUM, Sudan (AP) — Shelling hit a market.", None)
    assert line is not None and line.place == "KHARTOUM" and line.date is None

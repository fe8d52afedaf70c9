from datetime import date

from ingest.pipeline.dates import find_date_mentions, resolve_event_date

THURSDAY = date(2025, 4, 24)


def test_toll_update_day_yields_to_the_attack_day():
    text = "The toll from Monday's bombing of the bazaar climbed to 23 on Wednesday, doctors said."
    assert resolve_event_date(text, 0, len(text), THURSDAY).value == date(2025, 4, 21)


def test_said_on_weekday_is_marked_as_a_report_date():
    text = "Militants ambushed a patrol on Saturday, the army said on Tuesday."
    mentions = find_date_mentions(text, anchor=THURSDAY)
    assert [m.report for m in mentions] == [False, True]
    assert resolve_event_date(text, 0, len(text), THURSDAY).value == date(2025, 4, 19)


def test_report_date_alone_still_dates_the_event():
    text = "Gunmen killed four traders, officials said on Tuesday."
    assert resolve_event_date(text, 0, len(text), THURSDAY).value == date(2025, 4, 22)

from datetime import date

from ingest.pipeline.dates import find_date_mentions

TUESDAY = date(2025, 5, 13)


def _first(text: str, sentence: str) -> date | None:
    start = text.index(sentence)
    usable = [d for d in find_date_mentions(text, start, len(text), TUESDAY) if d.value]
    return usable[0].value if usable else None


def test_days_later_counts_from_the_incident_told_before():
    text = "Fighters seized the market town on May 2. Three days later, they stormed the barracks."
    assert _first(text, "Three days later") == date(2025, 5, 5)


def test_a_day_earlier_counts_back_from_the_incident():
    text = "A bomb hit the bus depot on Sunday. A day earlier, gunmen raided a clinic nearby."
    assert _first(text, "A day earlier") == date(2025, 5, 10)


def test_days_later_without_an_earlier_date_stays_empty():
    text = "Two days later, the convoy was ambushed."
    assert _first(text, "Two days later") is None

"""A dateline that opens the body after the headline (and a byline) is still the dateline."""

from datetime import date

from ingest.pipeline.dates import parse_dateline
from tests.ingest.pipeline.conftest import run

HEADED = (
    "Militants ambush convoy in northern Burkina Faso\n\n"
    "By Staff Reporter\n\n"
    "OUAGADOUGOU, April 9 (Reuters) - Militants ambushed an army convoy near the town of "
    "Djibo late on Sunday, killing seven soldiers, the army said on Tuesday.\n\n"
    "The convoy was escorting fuel trucks when it came under fire, a security source said."
)


def test_dateline_found_after_headline_and_byline():
    line = parse_dateline(HEADED, date(2025, 4, 9))
    assert line is not None
    assert line.place == "OUAGADOUGOU"
    assert HEADED[line.place_span.start : line.place_span.end] == "OUAGADOUGOU"
    assert line.date == date(2025, 4, 9)


def test_a_first_sentence_is_not_a_headline():
    text = (
        "Militants ambushed a convoy on Sunday.\n\n"
        "OUAGADOUGOU, April 9 (Reuters) - The army said seven soldiers died."
    )
    assert parse_dateline(text, date(2025, 4, 9)) is None


def test_weekday_in_body_beats_dateline_date_after_headline():
    events = run(HEADED, date(2025, 4, 9)).events
    assert [(e.city, e.event_date) for e in events] == [("Djibo", date(2025, 4, 6))]


def test_dateline_city_after_headline_is_not_an_event_place():
    text = (
        "Bomb kills four at Somali market\n\n"
        "MOGADISHU, Somalia (AP) - A roadside bomb killed four people at a market in the town "
        "of Afgoye on Monday, police said.\n\n"
        "Witnesses said the blast destroyed several stalls."
    )
    events = run(text, date(2025, 6, 10)).events
    assert [(e.city, e.fatalities) for e in events] == [("Afgoye", 4)]

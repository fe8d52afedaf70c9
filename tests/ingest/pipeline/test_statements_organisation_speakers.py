"""Organisations speak too: ministries, agencies, armies and armed groups."""

from datetime import date

from tests.ingest.pipeline.conftest import run

D = date(2025, 4, 2)


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_as_written) for s in run(text, D).statements]


def test_armed_group_named_after_the_quote():
    assert speakers(
        '"We will answer this aggression at a time of our choosing," Hezbollah said on Tuesday.'
    ) == [("Hezbollah", "Hezbollah")]


def test_army_said_on_a_platform():
    assert speakers(
        'The Israeli army said on X: "Our aircraft struck a weapons depot in southern Lebanon '
        'overnight."'
    ) == [("Military Forces of Israel", "The Israeli army")]


def test_partial_quote_inside_reported_speech():
    out = speakers(
        "US Central Command said it had struck more than 30 targets and would keep up the "
        'strikes "until the attacks on shipping stop for good".'
    )
    assert out and out[0][1] == "US Central Command"


def test_ministry_in_a_statement_keeps_the_written_role():
    out = speakers(
        'Shelling hit a school in Kharkiv, Ukraine. "Children were in the building when the '
        'shells landed," the interior ministry said in a statement.'
    )
    assert out == [(None, "the interior ministry")]

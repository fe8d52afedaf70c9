"""Hand-made extractions for persistence tests (no pipeline involved)."""

from __future__ import annotations

import datetime as dt

from ingest.pipeline.types import (
    ActorRef,
    ExtractedActor,
    ExtractedEvent,
    ExtractedStatement,
    Extraction,
    Span,
)

TEXT = (
    "Russian missiles struck Kharkiv on Sunday, killing at least three people and wounding 11, "
    '"We will not be broken by this terror," the city\'s mayor Ihor Terekhov said.'
)


def kharkiv_strike(
    fatalities: int | None = 3,
    injured: int | None = 11,
    day: dt.date = dt.date(2025, 6, 1),
    city: str = "Kharkiv",
) -> ExtractedEvent:
    return ExtractedEvent(
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        disorder_type="Political violence",
        event_date=day,
        date_precision=1,
        country="UA",
        admin1="Kharkiv",
        city=city,
        latitude=49.98,
        longitude=36.25,
        geo_precision=1,
        fatalities=fatalities,
        injured=injured,
        weapons=("missile",),
        actors=(ActorRef("Russia", "perpetrator"), ActorRef("Civilians (Ukraine)", "target")),
        summary="Russian missiles struck Kharkiv, killing three.",
        confidence=0.8,
        evidence={"city": (Span(24, 31),), "fatalities": (Span(51, 65),)},
    )


def extraction(*events: ExtractedEvent, with_statement: bool = True) -> Extraction:
    actors = (
        ExtractedActor("Russia", "state", "RU", ("Moscow", "Russian forces"), (Span(0, 7),), 0.9),
        ExtractedActor("Civilians (Ukraine)", "civilians", "UA"),
        ExtractedActor("Ihor Terekhov", "person", "UA", (), (Span(147, 160),), 0.8),
    )
    statements = (
        (
            ExtractedStatement(
                text="We will not be broken by this terror",
                start=91,
                end=127,
                speaker="Ihor Terekhov",
                speaker_as_written="the city's mayor Ihor Terekhov",
                event_index=0 if events else None,
                confidence=0.9,
            ),
        )
        if with_statement
        else ()
    )
    return Extraction("test-1", "en", True, tuple(events), statements, actors)

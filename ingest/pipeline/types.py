"""The extraction contract: what goes into the pipeline and what comes out.

Everything here is a frozen dataclass with no Django imports, so the pipeline can be run and
tested without a database. Offsets are character offsets into ``ArticleInput.text``
(Python string indices, end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# Actor kinds, roles and precision levels are plain strings/ints here; events/choices.py holds
# the same values as Django TextChoices (tests keep the two in step).
ACTOR_KINDS = (
    "state",
    "armed_group",
    "person",
    "organisation",
    "government_body",
    "civilians",
)
ACTOR_ROLES = ("perpetrator", "target", "associated")

DATE_PRECISION_DAY = 1
DATE_PRECISION_WEEK = 2
DATE_PRECISION_MONTH = 3

GEO_PRECISION_EXACT = 1  # the town, village or district itself
GEO_PRECISION_NEAR = 2  # near a place, or a small part of a region
GEO_PRECISION_REGION = 3  # only the region (admin1) or country is known


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in the article text."""

    start: int
    end: int

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True)
class ArticleInput:
    """One article as the pipeline sees it."""

    text: str
    published_at: date | datetime | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None  # when the caller already knows it


@dataclass(frozen=True)
class ActorRef:
    """An actor's part in one event."""

    name: str  # canonical name, matches ExtractedActor.name
    role: str  # one of ACTOR_ROLES


@dataclass(frozen=True)
class ExtractedActor:
    """A state, armed group, person, organisation, government body or civilian group."""

    name: str  # canonical name ("Russia", "Volodymyr Zelensky")
    kind: str  # one of ACTOR_KINDS
    country: str | None = None  # ISO 3166-1 alpha-2
    aliases: tuple[str, ...] = ()  # other names seen or known ("Moscow", "Zelenskyy")
    spans: tuple[Span, ...] = ()
    confidence: float = 0.5


@dataclass(frozen=True)
class ExtractedEvent:
    """One event: one location on one day (ACLED practice)."""

    event_type: str  # ACLED event_type, exact string
    sub_event_type: str  # ACLED sub_event_type, exact string
    disorder_type: str  # ACLED disorder type
    event_date: date | None = None
    date_precision: int | None = None  # DATE_PRECISION_*
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    city: str | None = None
    districts: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # GEO_PRECISION_*
    fatalities: int | None = None
    injured: int | None = None
    children_killed: int | None = None
    children_injured: int | None = None
    weapons: tuple[str, ...] = ()  # normalised weapon vocabulary
    actors: tuple[ActorRef, ...] = ()
    summary: str = ""
    confidence: float = 0.5
    # Field name -> spans of the text that support its value.
    evidence: dict[str, tuple[Span, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ExtractedStatement:
    """A direct quote and who said it."""

    text: str  # the quote, without its quotation marks
    start: int  # span of the quote text in the article
    end: int
    speaker: str | None = None  # canonical actor name
    speaker_as_written: str | None = None  # "the city's mayor", "he"
    speaker_span: Span | None = None
    event_index: int | None = None  # index into Extraction.events, when the quote is about one
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    """Everything the pipeline found in one article."""

    extractor_version: str
    language: str
    supported: bool  # False for languages the extractor cannot read (stored, not failed)
    events: tuple[ExtractedEvent, ...] = ()
    statements: tuple[ExtractedStatement, ...] = ()
    actors: tuple[ExtractedActor, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape used by ``manage.py extract`` and stored with reports."""
        return {
            "extractor_version": self.extractor_version,
            "language": self.language,
            "supported": self.supported,
            "events": [event_to_dict(e) for e in self.events],
            "statements": [statement_to_dict(s) for s in self.statements],
            "actors": [actor_to_dict(a) for a in self.actors],
        }


def event_to_dict(event: ExtractedEvent) -> dict[str, Any]:
    return {
        "event_date": event.event_date.isoformat() if event.event_date else None,
        "date_precision": event.date_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "country": event.country,
        "admin1": event.admin1,
        "city": event.city,
        "district": ", ".join(event.districts) or None,
        "districts": list(event.districts),
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "fatalities": event.fatalities,
        "injured": event.injured,
        "children_killed": event.children_killed,
        "children_injured": event.children_injured,
        "weapons": list(event.weapons),
        "actors": [{"name": a.name, "role": a.role} for a in event.actors],
        "summary": event.summary,
        "confidence": round(event.confidence, 3),
        "evidence": {
            name: [span.as_list() for span in spans] for name, spans in event.evidence.items()
        },
    }


def statement_to_dict(statement: ExtractedStatement) -> dict[str, Any]:
    return {
        "speaker": statement.speaker,
        "speaker_as_written": statement.speaker_as_written,
        "text": statement.text,
        "start": statement.start,
        "end": statement.end,
        "speaker_span": statement.speaker_span.as_list() if statement.speaker_span else None,
        "event_index": statement.event_index,
        "confidence": round(statement.confidence, 3),
    }


def actor_to_dict(actor: ExtractedActor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "type": actor.kind,
        "country": actor.country,
        "aliases": list(actor.aliases),
        "spans": [span.as_list() for span in actor.spans],
        "confidence": round(actor.confidence, 3),
    }

"""All database writes of the ingestion path. Each public function is one transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from events import services
from events.choices import ArticleStatus, ReviewStatus
from events.models import Actor, ActorMention, Article, Event, EventActor, EventReport, Statement
from events.text import content_hash, url_hash
from ingest.pipeline import identity
from ingest.pipeline.types import ExtractedEvent, Extraction, event_to_dict

# Articles in these states may be (re)claimed by a task: processing covers a worker that died
# mid-task, whose message the broker re-delivers (acks_late).
CLAIMABLE = (ArticleStatus.QUEUED, ArticleStatus.PROCESSING)


@dataclass(frozen=True)
class StoredArticle:
    article: Article
    created: bool


def store_article(
    *,
    text: str,
    html: str = "",
    url: str | None = None,
    title: str = "",
    published_at: datetime | date | None = None,
    source_name: str = "",
    language: str = "",
) -> StoredArticle:
    """Insert the article, or return the one already stored with the same text or URL.

    Without text the article waits for its page to be fetched, under the hash of its URL.
    """
    if not text and not url:
        raise ValueError("an article needs its text or its URL")
    digest = content_hash(text) if text else url_hash(url or "")
    published_at = _as_datetime(published_at)
    same = Q(content_hash=digest) | Q(url=url) if url else Q(content_hash=digest)
    existing = Article.objects.filter(same).select_related("merged_into").first()
    if existing is not None:
        return StoredArticle(existing.merged_into or existing, created=False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                text=text,
                html=html,
                url=url or None,
                title=title or "",
                published_at=published_at,
                source_name=source_name or "",
                language=language or "",
                content_hash=digest,
                status=ArticleStatus.QUEUED,
            )
        return StoredArticle(article, created=True)
    except IntegrityError:
        # Another submitter stored the same text or URL first: the constraint decided.
        existing = Article.objects.filter(same).select_related("merged_into").first()
        if existing is None:
            raise
        return StoredArticle(existing.merged_into or existing, created=False)


def _as_datetime(value: datetime | date | None) -> datetime | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime.combine(value, time(0, 0), tzinfo=timezone.UTC)
    return value


@dataclass(frozen=True)
class FetchedArticle:
    """What fetching an article's page gave: its text and what the page says about itself."""

    text: str
    html: str
    canonical_url: str | None
    title: str = ""
    published_at: datetime | date | None = None
    source_name: str = ""
    language: str = ""


def attach_fetched(article_id: int, fetched: FetchedArticle) -> Article | None:
    """Give a URL-only article its text. If the page is an article already stored (same text,
    or its canonical URL is stored), the row becomes a duplicate pointing there instead.

    Returns the article to extract, or None when there is nothing to extract (a duplicate, an
    article already fetched, or a missing row).
    """
    digest = content_hash(fetched.text)
    with transaction.atomic():
        article = (
            Article.objects.select_for_update()
            .filter(pk=article_id, text="", merged_into__isnull=True)
            .first()
        )
        if article is None:
            return None
        same = Q(content_hash=digest)
        if fetched.canonical_url and fetched.canonical_url != article.url:
            same |= Q(url=fetched.canonical_url)
        other = Article.objects.filter(same).exclude(pk=article.pk).first()
        if other is not None:
            _point_to(article, other.merged_into_id or other.pk)
            return None
        if fetched.canonical_url:
            article.url = fetched.canonical_url
        article.text = fetched.text
        article.html = fetched.html
        article.content_hash = digest
        article.title = article.title or fetched.title[:1000]
        article.published_at = article.published_at or _as_datetime(fetched.published_at)
        article.source_name = article.source_name or fetched.source_name[:200]
        article.language = article.language or fetched.language[:12]
        article.status = ArticleStatus.QUEUED
        article.error = ""
        try:
            with transaction.atomic():
                article.save()
        except IntegrityError:
            # Another worker stored the same text or canonical URL a moment ago.
            other = Article.objects.filter(same).exclude(pk=article.pk).get()
            _point_to(article, other.merged_into_id or other.pk)
            return None
    return article


def _point_to(article: Article, survivor_id: int) -> None:
    Article.objects.filter(pk=article.pk).update(
        merged_into_id=survivor_id,
        status=ArticleStatus.DUPLICATE,
        text="",
        html="",
        error="",
        updated_at=timezone.now(),
    )


def claim_article(article_id: int) -> Article | None:
    """Move a queued (or orphaned processing) article to processing; None if nothing to do."""
    with transaction.atomic():
        # An article still waiting for its page has nothing to extract yet (fetch_article's job).
        claimable = Article.objects.filter(pk=article_id, status__in=CLAIMABLE).exclude(text="")
        claimed = claimable.update(
            status=ArticleStatus.PROCESSING, attempts=F("attempts") + 1, updated_at=timezone.now()
        )
    if not claimed:
        return None
    return Article.objects.get(pk=article_id)


def mark_failed(article_id: int, error: str) -> None:
    with transaction.atomic():
        Article.objects.filter(pk=article_id, merged_into__isnull=True).update(
            status=ArticleStatus.FAILED, error=error[:5000], updated_at=timezone.now()
        )


def requeue(article_ids: list[int]) -> int:
    """Put failed or stuck articles back in the queue; returns how many moved."""
    with transaction.atomic():
        return Article.objects.filter(pk__in=article_ids, merged_into__isnull=True).update(
            status=ArticleStatus.QUEUED, error="", updated_at=timezone.now()
        )


def save_extraction(article_id: int, extraction: Extraction) -> Article:
    """Store everything extracted from one article, replacing what an earlier run stored."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        actors = services.upsert_actors(
            services.ActorSpec(a.name, a.kind, a.country or "", a.aliases)
            for a in extraction.actors
        )
        _save_mentions(article, extraction, actors)
        events = _save_events(article, extraction, actors)
        _drop_stale_reports(article, events)
        _save_statements(article, extraction, actors, events)
        article.status = ArticleStatus.DONE if extraction.supported else ArticleStatus.UNSUPPORTED
        article.language = article.language or extraction.language
        article.extractor_version = extraction.extractor_version
        article.error = ""
        article.processed_at = timezone.now()
        # Not the text and HTML, which can be large and have not changed.
        article.save(
            update_fields=[
                "status",
                "language",
                "extractor_version",
                "error",
                "processed_at",
                "updated_at",
            ]
        )
    return article


def _save_mentions(article: Article, extraction: Extraction, actors: dict[str, Actor]) -> None:
    ActorMention.objects.filter(article=article).delete()
    ActorMention.objects.bulk_create(
        [
            ActorMention(
                article=article, actor=actors[a.name], spans=[s.as_list() for s in a.spans]
            )
            for a in extraction.actors
        ],
        ignore_conflicts=True,
    )


def _lock(keys: Iterable[str]) -> None:
    # Two workers storing reports of one event at once must not both create it: the second waits
    # for the first's transaction, then finds its event. The key has no date, so reports a day
    # apart (overnight attacks) also serialise. All of an article's keys are taken at once, in
    # one order, so that two articles naming the same places never wait for each other in turn.
    digests = sorted(
        {int.from_bytes(hashlib.sha256(k.encode()).digest()[:8], "big", signed=True) for k in keys}
    )
    if digests:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k", [digests]
            )


def _find_event(extracted: ExtractedEvent, tolerance_days: int) -> Event | None:
    """The stored event this extraction describes (rule: ingest/pipeline/identity.py)."""
    if extracted.event_date is None:
        return None
    window = timedelta(days=tolerance_days)
    candidates = Event.objects.filter(
        country=extracted.country or "",
        event_type=extracted.event_type,
        event_date__range=(extracted.event_date - window, extracted.event_date + window),
        merged_into__isnull=True,
    ).exclude(review_status=ReviewStatus.REJECTED)
    if extracted.city:
        candidates = candidates.filter(city__iexact=extracted.city)
    else:
        candidates = candidates.filter(city="", admin1__iexact=extracted.admin1 or "")
    # The same day first, then the nearest; the oldest event among equals.
    return min(
        candidates,
        key=lambda e: (abs((e.event_date - extracted.event_date).days), e.pk),
        default=None,
    )


# What a re-run rewrites in a report it stored before.
REPORT_FIELDS = (
    "event_date",
    "fatalities",
    "injured",
    "children_killed",
    "children_injured",
    "evidence",
    "extracted",
    "extractor_version",
)


class _OwnReports:
    """This article's reports as they stand during the run: which event each identity key
    (place, type, day) was stored under, so that a re-run finds its own events again (this also
    keeps undated events). Read once, then kept up to date as reports are written."""

    def __init__(self, article: Article) -> None:
        # Merges and splits move reports, so a report's event is the live event.
        reports = EventReport.objects.filter(article=article).select_related("event")
        self._by_event: dict[int, tuple[int, str | None]] = {}
        self.events: dict[int, Event] = {}
        for order, report in enumerate(reports.order_by("created_at", "pk")):
            self._by_event[report.event_id] = (order, (report.extracted or {}).get("identity"))
            self.events[report.event_id] = report.event

    def event(self, key: str) -> Event | None:
        """The event of the oldest report stored under this key."""
        orders = [(order, pk) for pk, (order, k) in self._by_event.items() if k == key]
        return self.events[min(orders)[1]] if orders else None

    def write(self, event: Event, key: str) -> None:
        order = self._by_event.get(event.pk, (len(self._by_event) + 1_000_000, None))[0]
        self._by_event[event.pk] = (order, key)
        self.events[event.pk] = event


def _save_events(article: Article, extraction: Extraction, actors: dict[str, Actor]) -> list[Event]:
    """Find or create the event of each extracted event and store this article's report of it.

    Queries per article, not per row: the reports, roles and figures of all events are written
    together, and each event is saved once.
    """
    if not extraction.events:
        return []
    _lock(identity.lock_key(e) for e in extraction.events)
    own = _OwnReports(article)
    events: list[Event] = []
    reports: dict[int, EventReport] = {}  # by event: a second report of one event replaces it
    merged: set[int] = set()  # events that existed before this report
    roles: set[tuple[int, int, str]] = set()
    for extracted in extraction.events:
        key = identity.identity_key(extracted)
        values = _event_values(extracted)
        event = own.event(key)
        if event is None:
            event = _find_event(extracted, identity.date_tolerance_days(extracted, article.text))
            # The same event met twice in this run is the same instance, changes and all.
            event = own.events.get(event.pk, event) if event is not None else None
        if event is None:
            # A new event has this report only: its figures are the report's.
            event = Event.objects.create(
                **values,
                fatalities_low=extracted.fatalities,
                fatalities_high=extracted.fatalities,
                injured_low=extracted.injured,
                injured_high=extracted.injured,
            )
        elif event.review_status != ReviewStatus.VERIFIED:
            _merge_event_values(event, values)
            merged.add(event.pk)
        own.write(event, key)
        reports[event.pk] = EventReport(
            event=event,
            article=article,
            event_date=extracted.event_date,
            fatalities=extracted.fatalities,
            injured=extracted.injured,
            children_killed=extracted.children_killed,
            children_injured=extracted.children_injured,
            evidence={k: [s.as_list() for s in v] for k, v in extracted.evidence.items()},
            extracted={**event_to_dict(extracted), "identity": key},
            extractor_version=extraction.extractor_version,
        )
        for ref in extracted.actors:
            actor = actors.get(ref.name)
            if actor is not None:
                roles.add((event.pk, actor.pk, ref.role))
        events.append(event)
    EventReport.objects.bulk_create(
        list(reports.values()),
        update_conflicts=True,
        unique_fields=["event", "article"],
        update_fields=[*REPORT_FIELDS],
    )
    EventActor.objects.bulk_create(
        [EventActor(event_id=e, actor_id=a, role=r) for e, a, r in sorted(roles)],
        ignore_conflicts=True,
    )
    if merged:
        _save_merged_events([own.events[pk] for pk in sorted(merged)])
    return events


def _merge_event_values(event: Event, values: dict) -> None:
    # Districts and weapons accumulate across reports; other values fill gaps only; figures are
    # refreshed from all reports. Fields a curator edited are left alone.
    curated = set(event.curated_fields)
    for field in ("districts", "weapons"):
        if field in curated:
            continue
        merged = sorted(set(getattr(event, field)) | set(values[field]))
        setattr(event, field, merged)
    for field in ("admin1", "latitude", "longitude", "geo_precision", "date_precision", "summary"):
        if field not in curated and not getattr(event, field) and values[field]:
            setattr(event, field, values[field])
    event.confidence = max(event.confidence, values["confidence"])


def _save_merged_events(events: list[Event]) -> None:
    """Refresh the figures of the events this article's reports were merged into and save each
    once. (An event created for a report has that report only: its figures were set with it.)"""
    reports = services.reports_newest_first(e.pk for e in events)
    for event in events:
        services.apply_event_figures(event, reports[event.pk])
        event.save()


def _event_values(extracted: ExtractedEvent) -> dict:
    return {
        "event_date": extracted.event_date,
        "date_precision": extracted.date_precision,
        "disorder_type": extracted.disorder_type,
        "event_type": extracted.event_type,
        "sub_event_type": extracted.sub_event_type,
        "country": extracted.country or "",
        "admin1": extracted.admin1 or "",
        "city": extracted.city or "",
        "districts": list(extracted.districts),
        "latitude": extracted.latitude,
        "longitude": extracted.longitude,
        "geo_precision": extracted.geo_precision,
        "fatalities": extracted.fatalities,
        "injured": extracted.injured,
        "children_killed": extracted.children_killed,
        "children_injured": extracted.children_injured,
        "weapons": list(extracted.weapons),
        "summary": extracted.summary,
        "confidence": min(max(extracted.confidence, 0.0), 1.0),
    }


def _drop_stale_reports(article: Article, events: list[Event]) -> None:
    """Remove this article's reports of events it no longer describes, and events left empty."""
    keep = {e.pk for e in events}
    stale = EventReport.objects.filter(article=article).exclude(event_id__in=keep)
    affected = list(stale.values_list("event_id", flat=True))
    if not affected:
        return
    stale.delete()
    orphans = (
        Event.objects.filter(pk__in=affected, review_status=ReviewStatus.UNVERIFIED)
        .annotate(n=Count("reports"))
        .filter(n=0)
    )
    for orphan in orphans:
        services.delete_event(orphan)
    for event in Event.objects.filter(pk__in=affected):
        services.refresh_event_figures(event)


def _save_statements(
    article: Article, extraction: Extraction, actors: dict[str, Actor], events: list[Event]
) -> None:
    """Upsert the article's quotes by span. Quotes a curator has edited (a history record with a
    user) are kept as they are; other quotes the new extraction no longer finds are removed."""
    existing = {(s.start, s.end): s for s in Statement.objects.filter(article=article)}
    curated = (
        set(
            Statement.history.filter(article_id=article.pk, history_user__isnull=False).values_list(
                "id", flat=True
            )
        )
        if existing
        else set()
    )
    statement_date = article.published_at.date() if article.published_at else None
    seen = set()
    new = []
    for s in extraction.statements:
        key = (s.start, s.end)
        if key in seen:
            continue
        seen.add(key)
        speaker = actors.get(s.speaker) if s.speaker else None
        event = (
            events[s.event_index]
            if s.event_index is not None and s.event_index < len(events)
            else None
        )
        values = {
            "text": s.text,
            "speaker_id": speaker.pk if speaker else None,
            "speaker_as_written": (s.speaker_as_written or "")[:300],
            "statement_date": statement_date,
            "event_id": event.pk if event else None,
            "confidence": s.confidence,
            "extractor_version": extraction.extractor_version,
        }
        current = existing.get(key)
        if current is None:
            new.append(Statement(article=article, start=s.start, end=s.end, **values))
        elif current.pk not in curated and any(
            getattr(current, name) != value for name, value in values.items()
        ):
            for name, value in values.items():
                setattr(current, name, value)
            current.save()
    if new:
        # With their history rows, as Statement.objects.create would write them.
        bulk_create_with_history(new, Statement)
    stale = [st.pk for key, st in existing.items() if key not in seen and st.pk not in curated]
    if stale:
        Statement.objects.filter(pk__in=stale).delete()

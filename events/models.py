"""The ConflictDB domain: articles in; events, statements and actors out, linked to sources."""

from __future__ import annotations

import uuid

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F
from django.db.models.functions import Upper
from simple_history.models import HistoricalRecords

from events.choices import (
    ActorKind,
    ActorRole,
    ArticleStatus,
    DatePrecision,
    DisorderType,
    EventType,
    GeoPrecision,
    ReviewStatus,
    SourcePollStatus,
    SubEventType,
)
from events.text import normalise_name

_NOT_DUPLICATE = [s for s in ArticleStatus.values if s != ArticleStatus.DUPLICATE]


class Article(models.Model):
    """A news article as received, with the state of its extraction."""

    # NULL rather than "" for "no URL", so that the partial unique constraint skips it.
    url = models.URLField(  # noqa: DJ001
        max_length=2000, null=True, blank=True, help_text="Where it was published."
    )
    source_name = models.CharField(
        max_length=200, blank=True, help_text="The outlet, e.g. Reuters."
    )
    title = models.CharField(max_length=1000, blank=True)
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Publication time; relative dates in the text resolve against it.",
    )
    language = models.CharField(
        max_length=12, blank=True, help_text="ISO 639-1 code, detected if not given."
    )
    text = models.TextField(
        blank=True,
        help_text="The article text that every evidence offset points into; empty until an "
        "article submitted by URL is fetched.",
    )
    html = models.TextField(
        blank=True, help_text="The HTML as received, when the article came as HTML."
    )
    content_hash = models.CharField(
        max_length=64,
        unique=True,
        editable=False,
        help_text="SHA-256 of the normalised text: the same text twice is the same article. "
        "Until an article submitted by URL is fetched, the hash of its normalised URL.",
    )
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="duplicates",
        help_text="Set when this URL turned out to be an article already stored: it points there.",
    )
    status = models.CharField(max_length=16, choices=ArticleStatus, default=ArticleStatus.QUEUED)
    error = models.TextField(blank=True, help_text="Why extraction failed, when it did.")
    extractor_version = models.CharField(
        max_length=32,
        blank=True,
        help_text="Version of the extractor that produced this article's records.",
    )
    attempts = models.PositiveIntegerField(default=0, help_text="Extraction runs started.")
    processed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    search_vector = models.GeneratedField(
        expression=SearchVector("title", "text", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=models.Q(url__isnull=False), name="article_url_unique"
            ),
            # An article without text is one waiting to be fetched: it must have a URL.
            models.CheckConstraint(
                condition=~models.Q(text="") | models.Q(url__isnull=False),
                name="article_text_or_url",
            ),
            # A duplicate keeps no text of its own, and only duplicates point elsewhere.
            models.CheckConstraint(
                condition=models.Q(merged_into__isnull=True, status__in=_NOT_DUPLICATE)
                | models.Q(merged_into__isnull=False, status="duplicate", text=""),
                name="article_duplicate_pointer",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "updated_at"], name="article_status_updated_idx"),
            models.Index(fields=["published_at"], name="article_published_idx"),
            GinIndex(fields=["search_vector"], name="article_search_idx"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"


class Actor(models.Model):
    """A state, armed group, person, organisation, government body or civilian group."""

    name = models.CharField(max_length=300, help_text="Canonical name.")
    normalised_name = models.CharField(
        max_length=300, editable=False, help_text="Lower-case, accent-free name used for identity."
    )
    kind = models.CharField(max_length=20, choices=ActorKind)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2 code.")
    aliases = ArrayField(
        models.CharField(max_length=300),
        default=list,
        blank=True,
        help_text="Other names this actor goes by (Moscow for Russia, Zelensky for Zelenskyy).",
    )
    normalised_aliases = ArrayField(models.CharField(max_length=300), default=list, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "normalised_name"], name="actor_kind_name_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["normalised_name"], name="actor_normalised_name_idx"),
            GinIndex(fields=["normalised_aliases"], name="actor_aliases_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised_name = normalise_name(self.name)
        self.normalised_aliases = sorted({normalise_name(a) for a in self.aliases if a.strip()})
        super().save(*args, **kwargs)


class Event(models.Model):
    """One conflict event: what happened at one place on one day, however many report it."""

    public_id = models.UUIDField(
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text="Stable public identifier used by the API.",
    )
    event_date = models.DateField(null=True, blank=True)
    date_precision = models.PositiveSmallIntegerField(choices=DatePrecision, null=True, blank=True)
    disorder_type = models.CharField(max_length=40, choices=DisorderType)
    event_type = models.CharField(max_length=40, choices=EventType)
    sub_event_type = models.CharField(max_length=60, choices=SubEventType)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2 code.")
    admin1 = models.CharField(max_length=200, blank=True, help_text="First-level region.")
    city = models.CharField(max_length=200, blank=True, help_text="City, town, village or camp.")
    districts = ArrayField(
        models.CharField(max_length=200),
        default=list,
        blank=True,
        help_text="Districts of the city that were hit.",
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    geo_precision = models.PositiveSmallIntegerField(choices=GeoPrecision, null=True, blank=True)
    fatalities = models.PositiveIntegerField(
        null=True, blank=True, help_text="The most conservative credible figure."
    )
    injured = models.PositiveIntegerField(null=True, blank=True)
    children_killed = models.PositiveIntegerField(null=True, blank=True)
    children_injured = models.PositiveIntegerField(null=True, blank=True)
    weapons = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    summary = models.TextField(blank=True)
    review_status = models.CharField(
        max_length=12, choices=ReviewStatus, default=ReviewStatus.UNVERIFIED
    )
    confidence = models.FloatField(default=0.5, help_text="Extractor confidence, 0 to 1.")
    fatalities_low = models.PositiveIntegerField(
        null=True, blank=True, help_text="Lowest fatality figure any source gave."
    )
    fatalities_high = models.PositiveIntegerField(
        null=True, blank=True, help_text="Highest fatality figure any source gave."
    )
    injured_low = models.PositiveIntegerField(null=True, blank=True)
    injured_high = models.PositiveIntegerField(null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_events",
        help_text="When set, this event was merged into another; its public id points there.",
    )
    curated_fields = ArrayField(
        models.CharField(max_length=40),
        default=list,
        blank=True,
        help_text="Fields a curator has edited; re-extraction never overwrites them.",
    )
    actors = models.ManyToManyField(Actor, through="EventActor", related_name="events")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    search_vector = models.GeneratedField(
        expression=SearchVector("summary", "city", "admin1", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    history = HistoricalRecords(excluded_fields=["search_vector"])

    class Meta:
        ordering = ["-event_date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True)
                | models.Q(latitude__gte=-90, latitude__lte=90),
                name="event_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__isnull=True)
                | models.Q(longitude__gte=-180, longitude__lte=180),
                name="event_longitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0, confidence__lte=1),
                name="event_confidence_range",
            ),
        ]
        indexes = [
            models.Index(Upper("city"), "event_date", name="event_city_date_idx"),
            models.Index(fields=["country", "event_date"], name="event_country_date_idx"),
            models.Index(Upper("admin1"), name="event_admin1_idx"),
            models.Index(fields=["event_type", "event_date"], name="event_type_date_idx"),
            models.Index(fields=["sub_event_type", "event_date"], name="event_subtype_date_idx"),
            models.Index(fields=["event_date", "id"], name="event_date_id_idx"),
            # The API's default order (newest first, undated last) read straight off an index.
            models.Index(
                F("event_date").desc(nulls_last=True), F("id").desc(), name="event_date_desc_idx"
            ),
            # bbox and near: a latitude range, longitudes checked inside the index.
            models.Index(fields=["latitude", "longitude"], name="event_lat_lon_idx"),
            # Near-spellings of a city (`city % 'Kharkove'`).
            GinIndex(OpClass("city", name="gin_trgm_ops"), name="event_city_trgm_idx"),
            # Stats over a country and period read from the index alone.
            models.Index(
                fields=["country", "event_date"],
                include=["fatalities", "injured"],
                condition=models.Q(merged_into__isnull=True),
                name="event_country_stats_idx",
            ),
            models.Index(fields=["fatalities"], name="event_fatalities_idx"),
            models.Index(fields=["updated_at"], name="event_updated_idx"),
            GinIndex(fields=["search_vector"], name="event_search_idx"),
        ]

    def __str__(self) -> str:
        place = self.city or self.admin1 or self.country or "unknown place"
        return f"{self.sub_event_type} in {place} on {self.event_date or 'unknown date'}"


class EventActor(models.Model):
    """An actor's role in an event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="event_actors")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="event_roles")
    role = models.CharField(max_length=12, choices=ActorRole)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["event", "actor", "role"], name="event_actor_role_unique"
            ),
        ]
        indexes = [models.Index(fields=["actor", "role"], name="eventactor_actor_role_idx")]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"


class EventReport(models.Model):
    """One article's account of an event: the figures it gave and where in its text."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="reports")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="reports")
    event_date = models.DateField(null=True, blank=True)
    fatalities = models.PositiveIntegerField(null=True, blank=True)
    injured = models.PositiveIntegerField(null=True, blank=True)
    children_killed = models.PositiveIntegerField(null=True, blank=True)
    children_injured = models.PositiveIntegerField(null=True, blank=True)
    evidence = models.JSONField(
        default=dict,
        blank=True,
        help_text="Field name → list of [start, end] character offsets into the article text.",
    )
    extracted = models.JSONField(
        default=dict, blank=True, help_text="The extractor's output for this event."
    )
    extractor_version = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article"], name="eventreport_event_article_unique"
            ),
        ]
        indexes = [models.Index(fields=["article"], name="eventreport_article_idx")]

    def __str__(self) -> str:
        return f"{self.article} → {self.event}"


class Statement(models.Model):
    """A direct quote from an article, with its speaker."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the quote in the article text.")
    end = models.PositiveIntegerField()
    speaker = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    speaker_as_written = models.CharField(
        max_length=300, blank=True, help_text='How the article names the speaker ("the mayor").'
    )
    statement_date = models.DateField(null=True, blank=True)
    event = models.ForeignKey(
        Event,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
        help_text="The event it speaks about, when clear.",
    )
    confidence = models.FloatField(default=0.5)
    extractor_version = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="statement_article_span_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="statement_span_order"
            ),
        ]
        indexes = [
            models.Index(fields=["speaker"], name="statement_speaker_idx"),
            models.Index(fields=["statement_date"], name="statement_date_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.speaker_as_written or self.speaker}: {self.text[:60]}"


class ActorMention(models.Model):
    """Where an article names an actor."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="actor_mentions")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mentions")
    spans = models.JSONField(
        default=list, help_text="List of [start, end] offsets into the article text."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "actor"], name="actormention_article_actor_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} in {self.article}"


class EventRemoval(models.Model):
    """A public event id that went away (merged into another event, or deleted): the sync feed."""

    class Reason(models.TextChoices):
        MERGED = "merged"
        DELETED = "deleted"

    public_id = models.UUIDField(help_text="The public id that no longer lists.")
    reason = models.CharField(max_length=10, choices=Reason)
    merged_into = models.UUIDField(
        null=True, blank=True, help_text="Public id of the surviving event, for merges."
    )
    removed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["removed_at", "id"]
        indexes = [models.Index(fields=["removed_at"], name="eventremoval_removed_at_idx")]
        constraints = [
            models.UniqueConstraint(fields=["public_id"], name="eventremoval_public_id_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.public_id} {self.reason}"


class ReviewQueueEvent(Event):
    """Unverified events awaiting review, least confident first (an admin view of Event)."""

    class Meta:
        proxy = True
        verbose_name = "event to review"
        verbose_name_plural = "review queue"


class Source(models.Model):
    """A news feed (RSS or Atom) polled on an interval; its new entries become articles."""

    name = models.CharField(max_length=200, help_text="The outlet, e.g. Kyiv Independent.")
    feed_url = models.URLField(max_length=2000, help_text="The RSS or Atom feed's URL.")
    active = models.BooleanField(default=True, help_text="Inactive sources are not polled.")
    poll_interval_minutes = models.PositiveIntegerField(
        default=30, help_text="Minutes between two polls of the feed."
    )
    last_polled_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When the last poll started."
    )
    last_status = models.CharField(
        max_length=16,
        choices=SourcePollStatus,
        blank=True,
        editable=False,
        help_text="Outcome of the last poll; empty before the first.",
    )
    last_error = models.TextField(
        blank=True, editable=False, help_text="Why the last poll failed, or what it had to skip."
    )
    etag = models.CharField(
        max_length=500, blank=True, editable=False, help_text="ETag of the last feed received."
    )
    last_modified = models.CharField(
        max_length=100,
        blank=True,
        editable=False,
        help_text="Last-Modified of the last feed received, as the server sent it.",
    )
    entries_seen = models.PositiveIntegerField(
        default=0, editable=False, help_text="Distinct entries recorded from this feed so far."
    )
    last_new_entries = models.PositiveIntegerField(
        default=0, editable=False, help_text="New entries the last poll enqueued."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["feed_url"], name="source_feed_url_unique"),
            models.CheckConstraint(
                condition=models.Q(poll_interval_minutes__gte=1), name="source_interval_positive"
            ),
        ]
        indexes = [
            models.Index(fields=["active", "last_polled_at"], name="source_active_polled_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class SourceEntry(models.Model):
    """A feed entry already seen: the same entry twice creates nothing."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="entries")
    guid = models.CharField(
        max_length=500,
        help_text="The entry's id in the feed, or its link when it has none (hashed when long).",
    )
    url = models.URLField(max_length=2000, help_text="The entry's link, normalised.")
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_entries",
        help_text="The article this entry became (or already was).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "source entries"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "guid"], name="sourceentry_source_guid_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.url

"""API representations. Fields are listed explicitly; related objects appear in brief form."""

from __future__ import annotations

from typing import Any

from django.http import QueryDict
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events.api.stats import GROUPINGS
from events.models import (
    Actor,
    Article,
    Event,
    EventActor,
    EventRemoval,
    EventReport,
    Statement,
)
from events.published import published_at_problem


class ActorBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["id", "name", "kind", "country"]


class ActorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["id", "name", "kind", "country", "aliases", "created_at", "updated_at"]


class ArticleBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "url", "title", "source_name", "published_at"]


class EventActorSerializer(serializers.ModelSerializer):
    id = serializers.IntegerField(source="actor.id", read_only=True)
    name = serializers.CharField(source="actor.name", read_only=True)
    kind = serializers.CharField(source="actor.kind", read_only=True)
    country = serializers.CharField(source="actor.country", read_only=True)

    class Meta:
        model = EventActor
        fields = ["id", "name", "kind", "country", "role"]


class EventReportSerializer(serializers.ModelSerializer):
    article = ArticleBriefSerializer(read_only=True)

    class Meta:
        model = EventReport
        fields = [
            "id",
            "article",
            "event_date",
            "fatalities",
            "injured",
            "children_killed",
            "children_injured",
            "evidence",
            "extractor_version",
            "created_at",
        ]


class EventSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="public_id", read_only=True)
    district = serializers.SerializerMethodField()
    actors = EventActorSerializer(source="event_actors", many=True, read_only=True)
    reports = EventReportSerializer(many=True, read_only=True)

    class Meta:
        model = Event
        fields = [
            "id",
            "event_date",
            "date_precision",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "country",
            "admin1",
            "city",
            "district",
            "districts",
            "latitude",
            "longitude",
            "geo_precision",
            "fatalities",
            "injured",
            "children_killed",
            "children_injured",
            "fatalities_low",
            "fatalities_high",
            "injured_low",
            "injured_high",
            "weapons",
            "summary",
            "review_status",
            "confidence",
            "curated_fields",
            "actors",
            "reports",
            "created_at",
            "updated_at",
        ]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_district(self, event: Event) -> str | None:
        return ", ".join(event.districts) or None


class EventBriefSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="public_id", read_only=True)

    class Meta:
        model = Event
        fields = ["id", "event_date", "event_type", "sub_event_type", "country", "city"]


class StatementSerializer(serializers.ModelSerializer):
    speaker = ActorBriefSerializer(read_only=True)
    article = ArticleBriefSerializer(read_only=True)
    event = EventBriefSerializer(read_only=True)

    class Meta:
        model = Statement
        fields = [
            "id",
            "text",
            "start",
            "end",
            "speaker",
            "speaker_as_written",
            "statement_date",
            "article",
            "event",
            "confidence",
            "created_at",
            "updated_at",
        ]


class ArticleSerializer(serializers.ModelSerializer):
    status_url = serializers.SerializerMethodField()
    event_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "source_name",
            "title",
            "published_at",
            "language",
            "status",
            "error",
            "extractor_version",
            "status_url",
            "event_count",
            "created_at",
            "updated_at",
            "processed_at",
        ]

    def get_status_url(self, article: Article) -> str:
        request = self.context.get("request")
        path = f"/api/articles/{article.pk}/"
        return request.build_absolute_uri(path) if request else path


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "text"]


class StrictStringMixin:
    """Only a JSON string is a string: 5, true or [..] are errors, not coerced to "5"."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("not_a_string")
        return super().to_internal_value(data)


class StrictCharField(StrictStringMixin, serializers.CharField):
    default_error_messages = {"not_a_string": "Expected a string."}


class StrictURLField(StrictStringMixin, serializers.URLField):
    default_error_messages = {"not_a_string": "Expected a string."}


class ArticleSubmitSerializer(serializers.Serializer):
    """What a client sends to submit an article: text, html or just a url, and what is known."""

    text = StrictCharField(
        required=False,
        allow_blank=True,
        trim_whitespace=False,
        help_text="Plain article text. Give text or html.",
    )
    html = StrictCharField(
        required=False,
        allow_blank=True,
        trim_whitespace=False,
        help_text="Article HTML; the main text is extracted from it.",
    )
    url = StrictURLField(
        required=False,
        allow_null=True,
        max_length=2000,
        help_text="Where it was published. Given alone, the page is fetched and its main text "
        "and metadata extracted.",
    )
    title = StrictCharField(required=False, allow_blank=True, max_length=1000)
    published_at = serializers.DateTimeField(
        required=False,
        allow_null=True,
        help_text="ISO 8601 date or date-time, from 1900-01-01 to one day after now.",
    )
    source = StrictCharField(
        required=False, allow_blank=True, max_length=200, help_text="The outlet, e.g. Reuters."
    )
    language = StrictCharField(required=False, allow_blank=True, max_length=12)

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        if isinstance(data, QueryDict):  # a form or multipart body: one value per field
            data = data.dict()
        if isinstance(data, dict) and isinstance(data.get("published_at"), str):
            value = data["published_at"].strip()
            if len(value) == 10:  # a bare date: midnight UTC of that day
                data = {**data, "published_at": f"{value}T00:00:00Z"}
        return super().to_internal_value(data)

    def validate_published_at(self, value: Any) -> Any:
        problem = published_at_problem(value)
        if problem:
            raise serializers.ValidationError(f"published_at {problem}.")
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if (
            not (attrs.get("text") or "").strip()
            and not (attrs.get("html") or "").strip()
            and not attrs.get("url")
        ):
            raise serializers.ValidationError(
                {"text": ["Give the article as text, html or url; all are empty."]}
            )
        return attrs


class ArticleSubmitResponseSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.CharField()
    status_url = serializers.CharField()
    created = serializers.BooleanField(help_text="False when the same text was already stored.")


class EventStatsRowSerializer(serializers.Serializer):
    """One group of an aggregation."""

    key = serializers.CharField(
        help_text="The group: an ISO date (first day of the day, week or month), an ISO country "
        "code, a place name, an ACLED type, or an actor id."
    )
    label = serializers.CharField(
        help_text="Readable name of the group: the country or actor name, else the key."
    )
    events = serializers.IntegerField(min_value=0, help_text="Number of events.")
    fatalities = serializers.IntegerField(
        min_value=0, help_text="Sum of fatalities (unknown counts as 0)."
    )
    injured = serializers.IntegerField(
        min_value=0, help_text="Sum of injured (unknown counts as 0)."
    )


class EventStatsSerializer(serializers.Serializer):
    """Aggregated events, one row per group."""

    group_by = serializers.ChoiceField(choices=GROUPINGS)
    results = EventStatsRowSerializer(many=True)


class EventRemovalSerializer(serializers.ModelSerializer):
    """A public event id that no longer lists: merged into another event, or deleted."""

    id = serializers.UUIDField(source="public_id", read_only=True)

    class Meta:
        model = EventRemoval
        fields = ["id", "reason", "merged_into", "removed_at"]

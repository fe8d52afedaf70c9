"""The sources endpoint: news feeds that ConflictDB polls (read by all, written with a token)."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets

from events.api.filter_values import checked_choices
from events.api.filters import BaseFilterSet, IsoDateTimeFilter, choices_schema
from events.choices import SourcePollStatus
from events.models import Source


class SourceSerializer(serializers.ModelSerializer):
    """A news feed and what its last poll did."""

    last_status = serializers.ChoiceField(
        choices=SourcePollStatus.choices,
        allow_blank=True,
        read_only=True,
        help_text="Outcome of the last poll; empty before the first.",
    )

    class Meta:
        model = Source
        fields = [
            "id",
            "name",
            "feed_url",
            "active",
            "poll_interval_minutes",
            "last_polled_at",
            "last_status",
            "last_error",
            "last_new_entries",
            "entries_seen",
            "etag",
            "last_modified",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "last_polled_at",
            "last_status",
            "last_error",
            "last_new_entries",
            "entries_seen",
            "etag",
            "last_modified",
            "created_at",
            "updated_at",
        ]
        extra_kwargs = {"poll_interval_minutes": {"min_value": 1, "max_value": 10080}}

    def validate_feed_url(self, value: str) -> str:
        if not value.lower().startswith(("http://", "https://")):
            raise serializers.ValidationError("Only http and https feeds can be polled.")
        return value


class SourceFilterSet(BaseFilterSet):
    active = filters.BooleanFilter(help_text="Only active (true) or inactive (false) sources.")
    status = filters.CharFilter(
        method="filter_status", help_text="Outcome of the last poll; commas for OR."
    )
    polled_since = IsoDateTimeFilter(
        field_name="last_polled_at", lookup_expr="gte", help_text="Polled at or after this time."
    )
    q = filters.CharFilter(method="search", help_text="Part of the name or of the feed URL.")

    class Meta:
        model = Source
        fields: list[str] = []

    @extend_schema_field(choices_schema(SourcePollStatus.values))
    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            last_status__in=checked_choices(value, SourcePollStatus.values, "status")
        )

    @extend_schema_field(OpenApiTypes.STR)
    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(name__icontains=value) | Q(feed_url__icontains=value))


class SourceViewSet(viewsets.ModelViewSet):
    """News feeds polled on their interval; each new entry becomes an article fetched by URL.

    Anyone who may read the API may list them; adding, changing and removing need a token.
    """

    queryset = Source.objects.all()
    serializer_class = SourceSerializer
    filterset_class = SourceFilterSet
    ordering_fields = {
        "name": "name",
        "created_at": "created_at",
        "last_polled_at": "last_polled_at",
    }
    ordering = "name"

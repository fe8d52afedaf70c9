"""FilterSets for the API. Commas between values mean OR; parameters combine with AND."""

from __future__ import annotations

from collections.abc import Iterable

import pycountry
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Upper
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError

from events.choices import (
    ActorKind,
    ActorRole,
    ArticleStatus,
    EventType,
    ReviewStatus,
    SubEventType,
)
from events.models import Actor, Article, Event, Statement
from events.text import normalise_name

# Query parameters every list endpoint accepts besides its filters.
COMMON_PARAMETERS = frozenset({"page", "page_size", "ordering", "format"})


class StrictFilterBackend(filters.DjangoFilterBackend):
    """django-filter, plus a 400 for any query parameter the endpoint does not know."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(COMMON_PARAMETERS)
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError({name: ["Unknown query parameter."] for name in unknown})
        return super().filter_queryset(request, queryset, view)


def split_values(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def country_codes(value: str, parameter: str = "country") -> list[str]:
    """ISO 3166-1 alpha-2 codes for a comma-separated list of codes or names."""
    codes = []
    for item in split_values(value):
        try:
            country = pycountry.countries.lookup(item)
        except LookupError:
            try:
                country = pycountry.countries.search_fuzzy(item)[0] if len(item) > 3 else None
            except LookupError:
                country = None
        if country is None:
            raise ValidationError({parameter: [f"Unknown country: {item!r}."]})
        codes.append(country.alpha_2)
    return codes


def checked_choices(value: str, allowed: Iterable[str], parameter: str) -> list[str]:
    allowed_set = set(allowed)
    values = split_values(value)
    bad = [v for v in values if v not in allowed_set]
    if bad:
        raise ValidationError(
            {
                parameter: [
                    f"Unknown value {v!r}; expected one of: {', '.join(sorted(allowed_set))}."
                    for v in bad
                ]
            }
        )
    return values


def actor_query(value: str, prefix: str = "") -> Q:
    """Match actors by canonical name or alias, case- and accent-insensitively."""
    names = [normalise_name(v) for v in split_values(value)]
    return Q(**{f"{prefix}normalised_name__in": names}) | Q(
        **{f"{prefix}normalised_aliases__overlap": names}
    )


class EventFilterSet(filters.FilterSet):
    city = filters.CharFilter(
        method="filter_city", help_text="City, town or village; commas for OR. Case-insensitive."
    )
    country = filters.CharFilter(
        method="filter_country", help_text="ISO 3166-1 alpha-2 code or English name; commas for OR."
    )
    admin1 = filters.CharFilter(
        method="filter_admin1", help_text="First-level region; commas for OR."
    )
    district = filters.CharFilter(
        method="filter_district", help_text="District of a city; commas for OR."
    )
    event_type = filters.CharFilter(
        method="filter_event_type", help_text="ACLED event type; commas for OR."
    )
    sub_event_type = filters.CharFilter(
        method="filter_sub_event_type", help_text="ACLED sub-event type; commas for OR."
    )
    date_from = filters.DateFilter(
        field_name="event_date",
        lookup_expr="gte",
        help_text="Events on or after this date (YYYY-MM-DD).",
    )
    date_to = filters.DateFilter(
        field_name="event_date",
        lookup_expr="lte",
        help_text="Events on or before this date (YYYY-MM-DD).",
    )
    updated_since = filters.IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Events changed at or after this ISO 8601 time.",
    )
    min_fatalities = filters.NumberFilter(
        field_name="fatalities",
        lookup_expr="gte",
        min_value=0,
        help_text="At least this many fatalities.",
    )
    max_fatalities = filters.NumberFilter(
        field_name="fatalities",
        lookup_expr="lte",
        min_value=0,
        help_text="At most this many fatalities.",
    )
    status = filters.ChoiceFilter(
        field_name="review_status", choices=ReviewStatus.choices, help_text="Review status."
    )
    actor = filters.CharFilter(
        method="filter_actor", help_text="Actor name or alias; commas for OR."
    )
    actor_id = filters.NumberFilter(method="filter_actor_id", min_value=1, help_text="Actor id.")
    role = filters.ChoiceFilter(
        choices=ActorRole.choices,
        method="filter_role",
        help_text="With actor or actor_id: the actor's role.",
    )
    q = filters.CharFilter(
        method="search",
        help_text="Full-text search over summaries, places and source articles, ranked.",
    )

    class Meta:
        model = Event
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_city(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.annotate(city_upper=Upper("city")).filter(
            city_upper__in=[v.upper() for v in split_values(value)]
        )

    @extend_schema_field(OpenApiTypes.STR)
    def filter_country(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(country__in=country_codes(value))

    @extend_schema_field(OpenApiTypes.STR)
    def filter_admin1(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.annotate(admin1_upper=Upper("admin1")).filter(
            admin1_upper__in=[v.upper() for v in split_values(value)]
        )

    @extend_schema_field(OpenApiTypes.STR)
    def filter_district(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(districts__overlap=split_values(value))

    @extend_schema_field(OpenApiTypes.STR)
    def filter_event_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            event_type__in=checked_choices(value, EventType.values, "event_type")
        )

    @extend_schema_field(OpenApiTypes.STR)
    def filter_sub_event_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            sub_event_type__in=checked_choices(value, SubEventType.values, "sub_event_type")
        )

    def _role(self) -> dict[str, str]:
        role = self.data.get("role")
        return {"event_actors__role": role} if role in ActorRole.values else {}

    @extend_schema_field(OpenApiTypes.STR)
    def filter_actor(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        actors = Actor.objects.filter(actor_query(value)).values("id")
        return queryset.filter(event_actors__actor__in=actors, **self._role()).distinct()

    def filter_actor_id(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(event_actors__actor_id=value, **self._role()).distinct()

    def filter_role(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if self.data.get("actor") or self.data.get("actor_id"):
            return queryset  # the actor filters apply the role to the same actor link
        return queryset.filter(event_actors__role=value).distinct()

    @extend_schema_field(OpenApiTypes.STR)
    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        query = SearchQuery(value, search_type="websearch", config="english")
        in_articles = Article.objects.filter(search_vector=query).values("id")
        return (
            queryset.filter(Q(search_vector=query) | Q(reports__article__in=in_articles))
            .annotate(rank=SearchRank(F("search_vector"), query))
            .distinct()
            .order_by("-rank", "-event_date", "-id")
        )


class StatementFilterSet(filters.FilterSet):
    speaker = filters.CharFilter(
        method="filter_speaker", help_text="Speaker name or alias; commas for OR."
    )
    speaker_id = filters.NumberFilter(field_name="speaker_id", help_text="Speaker actor id.")
    article = filters.NumberFilter(field_name="article_id", help_text="Article id.")
    event = filters.UUIDFilter(
        field_name="event__public_id", help_text="Public id of the event quoted about."
    )
    date_from = filters.DateFilter(field_name="statement_date", lookup_expr="gte")
    date_to = filters.DateFilter(field_name="statement_date", lookup_expr="lte")
    updated_since = filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    q = filters.CharFilter(
        field_name="text", lookup_expr="icontains", help_text="Text contained in the quote."
    )

    class Meta:
        model = Statement
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_speaker(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(actor_query(value, prefix="speaker__"))


class ActorFilterSet(filters.FilterSet):
    name = filters.CharFilter(
        method="filter_name", help_text="Canonical name or alias; commas for OR."
    )
    kind = filters.ChoiceFilter(choices=ActorKind.choices)
    country = filters.CharFilter(
        method="filter_country", help_text="ISO code or country name; commas for OR."
    )
    updated_since = filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    q = filters.CharFilter(
        field_name="name", lookup_expr="icontains", help_text="Part of the name."
    )

    class Meta:
        model = Actor
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(actor_query(value))

    @extend_schema_field(OpenApiTypes.STR)
    def filter_country(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(country__in=country_codes(value))


class ArticleFilterSet(filters.FilterSet):
    status = filters.ChoiceFilter(choices=ArticleStatus.choices)
    source = filters.CharFilter(
        field_name="source_name", lookup_expr="iexact", help_text="Outlet name."
    )
    published_from = filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_to = filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")
    updated_since = filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    q = filters.CharFilter(method="search", help_text="Full-text search over title and text.")

    class Meta:
        model = Article
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.STR)
    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            search_vector=SearchQuery(value, search_type="websearch", config="english")
        )

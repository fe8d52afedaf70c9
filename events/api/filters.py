"""FilterSets for the API. Commas between values mean OR; parameters combine with AND.

Every malformed value answers 400 with a body naming the parameter (errors.py): filter methods
raise `ValidationError({parameter: [...]})` while the queryset is built.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramSimilarity
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, FloatField, Q, QuerySet, Value
from django.db.models.functions import Cast, Greatest, Upper
from django.http import QueryDict
from django_filters import rest_framework as filters
from django_filters.fields import IsoDateTimeField
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError

from events.api.filter_values import (
    actor_query,
    checked_choices,
    country_codes,
    float_list,
    haversine_km,
    integer_list,
    longitude_span,
    split_values,
    uuid_list,
)
from events.api.place_variants import city_variants
from events.choices import (
    ActorKind,
    ActorRole,
    ArticleStatus,
    DisorderType,
    EventType,
    ReviewStatus,
    SubEventType,
)
from events.models import Actor, Article, Event, EventActor, EventRemoval, EventReport, Statement

# Query parameters every list endpoint accepts besides its filters (pagination.py, renderers).
COMMON_PARAMETERS = frozenset({"cursor", "page_size", "count", "ordering", "format"})
SINGLE_VALUED_PARAMETERS = COMMON_PARAMETERS | {"group_by"}

# Trigram similarity (pg_trgm, 0..1) above which a stored city name counts as a spelling of the
# requested one: "Kharkove" finds Kharkiv, "Mogadisho" finds Mogadishu, Kiel does not find Kiev.
CITY_SIMILARITY_THRESHOLD = 0.5
KM_PER_DEGREE_LATITUDE = 111.32
DEFAULT_RADIUS_KM = 10.0
MAX_RADIUS_KM = 20000
RADIUS_RANGE_MESSAGE = f"Expected a radius above 0 and at most {MAX_RADIUS_KM}."


class UTCIsoDateTimeField(IsoDateTimeField):
    """ISO 8601 date-time, converted to UTC here: an offset PostgreSQL refuses (beyond ±15:59)
    or a time that leaves the calendar in UTC (9999-12-31T23:59-23:00) is a 400, not a 500."""

    def to_python(self, value: Any) -> datetime | None:
        parsed = super().to_python(value)
        if parsed is None:
            return None
        try:
            return parsed.astimezone(UTC)
        except OverflowError:
            raise DjangoValidationError(self.error_messages["invalid"], code="invalid") from None


class IsoDateTimeFilter(filters.IsoDateTimeFilter):
    field_class = UTCIsoDateTimeField


class StrictFilterBackend(filters.DjangoFilterBackend):
    """django-filter, plus a 400 for any query parameter the endpoint does not know."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        common = COMMON_PARAMETERS if getattr(view, "action", "list") == "list" else {"format"}
        known = set(common) | set(getattr(view, "extra_query_parameters", ()))
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError({name: ["Unknown query parameter."] for name in unknown})
        for name, values in request.query_params.lists():
            if any("\x00" in value for value in values):
                raise ValidationError({name: ["NUL characters are not allowed."]})
            # Filters repeated mean OR (get_filterset_kwargs); paging and ordering take one value.
            if len(values) > 1 and name in SINGLE_VALUED_PARAMETERS:
                raise ValidationError({name: ["Give this parameter once."]})
        return super().filter_queryset(request, queryset, view)

    def get_filterset_kwargs(self, request, queryset, view):
        # A repeated parameter (?city=Kyiv&city=Kharkiv, as generated clients send lists) means
        # the same as commas; otherwise django-filter would silently keep only the last value.
        kwargs = super().get_filterset_kwargs(request, queryset, view)
        data = QueryDict(mutable=True)
        for name, values in request.query_params.lists():
            data[name] = ",".join(values)
        kwargs["data"] = data
        return kwargs


class BaseFilterSet(filters.FilterSet):
    """django-filter's FilterSet, building its form class once instead of on every request.

    django-filter builds it from fresh copies of the filters each time, a twentieth of an event
    list request; the filters here never change at run time, so one class serves them all.
    """

    def get_form_class(self) -> type:
        cls = type(self)
        if "_form_class" not in cls.__dict__:  # per subclass, never a parent's
            cls._form_class = super().get_form_class()
        return cls._form_class


class OrderedPairsMixin:
    """400 when a lower bound is above its upper bound (date_from after date_to, ...)."""

    ordered_pairs: tuple[tuple[str, str], ...] = ()

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        data = self.form.cleaned_data
        for low, high in self.ordered_pairs:
            if data.get(low) is not None and data.get(high) is not None and data[low] > data[high]:
                raise ValidationError({low: [f"{low} is after {high}."]})
        return super().filter_queryset(queryset)


def choices_schema(choices: Iterable[str]) -> dict[str, Any]:
    """A comma-separated list of enum values, documented as an OpenAPI form array."""
    return {"type": "array", "items": {"type": "string", "enum": list(choices)}}


class EventFilterSet(OrderedPairsMixin, BaseFilterSet):
    city = filters.CharFilter(
        method="filter_city",
        help_text=(
            "City, town or village; commas for OR. Case-insensitive and spelling-variant aware: "
            "known transliterations and former names (Kiev → Kyiv, Artemivsk → Bakhmut) and "
            f"near-spellings (trigram similarity ≥ {CITY_SIMILARITY_THRESHOLD}) match."
        ),
    )
    country = filters.CharFilter(
        method="filter_country", help_text="ISO 3166-1 alpha-2 code or English name; commas for OR."
    )
    admin1 = filters.CharFilter(
        method="filter_admin1", help_text="First-level region, case-insensitive; commas for OR."
    )
    district = filters.CharFilter(
        method="filter_district", help_text="District of a city; commas for OR."
    )
    bbox = filters.CharFilter(
        method="filter_bbox",
        help_text=(
            "Bounding box `min_lon,min_lat,max_lon,max_lat` in degrees (WGS 84). A box with "
            "min_lon > max_lon crosses the antimeridian. Events without coordinates never match."
        ),
    )
    near = filters.CharFilter(
        method="filter_near",
        help_text="`lat,lon` in degrees: events within `radius_km` of this point.",
    )
    radius_km = filters.NumberFilter(
        method="filter_radius",
        help_text=f"With near: the radius in kilometres (default {DEFAULT_RADIUS_KM:g}, ≤ 20000).",
    )
    event_type = filters.CharFilter(
        method="filter_event_type", help_text="ACLED event type; commas for OR."
    )
    sub_event_type = filters.CharFilter(
        method="filter_sub_event_type", help_text="ACLED sub-event type; commas for OR."
    )
    disorder_type = filters.CharFilter(
        method="filter_disorder_type", help_text="ACLED disorder type; commas for OR."
    )
    weapon = filters.CharFilter(
        method="filter_weapon",
        help_text="Weapon used (artillery, drone, missile, …), case-insensitive; commas for OR.",
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
    updated_since = IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Events changed at or after this ISO 8601 time.",
    )
    min_fatalities = filters.NumberFilter(
        field_name="fatalities",
        lookup_expr="gte",
        min_value=0,
        max_value=10**9,
        help_text="At least this many fatalities.",
    )
    max_fatalities = filters.NumberFilter(
        field_name="fatalities",
        lookup_expr="lte",
        min_value=0,
        max_value=10**9,
        help_text="At most this many fatalities.",
    )
    status = filters.CharFilter(method="filter_status", help_text="Review status; commas for OR.")
    actor = filters.CharFilter(
        method="filter_actor", help_text="Actor name or alias, accent-insensitive; commas for OR."
    )
    actor_id = filters.CharFilter(method="filter_actor_id", help_text="Actor id; commas for OR.")
    role = filters.CharFilter(
        method="filter_role",
        help_text=(
            "The actor's role; with actor or actor_id it applies to that actor. Commas for OR."
        ),
    )
    q = filters.CharFilter(
        method="search",
        help_text=(
            "Full-text search (web search syntax: quotes, or, -) over summaries, places and the "
            "source articles' text. Without `ordering`, results come by relevance."
        ),
    )

    ordered_pairs = (("date_from", "date_to"), ("min_fatalities", "max_fatalities"))

    class Meta:
        model = Event
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_city(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        requested = split_values(value)
        spellings = {v.upper() for item in requested for v in city_variants(item)}
        similarities = [TrigramSimilarity("city", Value(item)) for item in requested]
        if not similarities:
            return queryset
        similarity = similarities[0] if len(similarities) == 1 else Greatest(*similarities)
        # `city % name` (pg_trgm's looser default threshold) lets the trigram index find the
        # candidates; the similarity then applies the real threshold to those few rows.
        near_spellings = Q()
        for item in requested:
            near_spellings |= Q(city__trigram_similar=item)
        return queryset.annotate(city_upper=Upper("city"), city_similarity=similarity).filter(
            Q(city_upper__in=spellings)
            | (near_spellings & Q(city_similarity__gte=CITY_SIMILARITY_THRESHOLD))
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
    def filter_bbox(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        min_lon, min_lat, max_lon, max_lat = float_list(value, "bbox", 4)
        if not all(-180 <= lon <= 180 for lon in (min_lon, max_lon)):
            raise ValidationError({"bbox": ["Longitudes must be between -180 and 180."]})
        if not all(-90 <= lat <= 90 for lat in (min_lat, max_lat)):
            raise ValidationError({"bbox": ["Latitudes must be between -90 and 90."]})
        if min_lat > max_lat:
            raise ValidationError({"bbox": ["min_lat is above max_lat."]})
        return queryset.filter(longitude_span(min_lon, max_lon), latitude__range=(min_lat, max_lat))

    @extend_schema_field(OpenApiTypes.STR)
    def filter_near(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        latitude, longitude = float_list(value, "near", 2)
        if not -90 <= latitude <= 90:
            raise ValidationError({"near": ["Latitude must be between -90 and 90."]})
        if not -180 <= longitude <= 180:
            raise ValidationError({"near": ["Longitude must be between -180 and 180."]})
        radius = self.form.cleaned_data.get("radius_km")
        radius = DEFAULT_RADIUS_KM if radius is None else float(radius)
        # filter_radius checks this too, but filters run in declaration order: near comes first.
        if not 0 < radius <= MAX_RADIUS_KM:
            raise ValidationError({"radius_km": [RADIUS_RANGE_MESSAGE]})
        # A box around the circle first, so the planner can use the coordinate columns before
        # computing the exact distance for the few rows inside it.
        lat_margin = radius / KM_PER_DEGREE_LATITUDE
        box = Q(latitude__range=(latitude - lat_margin, latitude + lat_margin))
        cos_lat = math.cos(math.radians(min(89.0, abs(latitude) + lat_margin)))
        lon_margin = radius / (KM_PER_DEGREE_LATITUDE * cos_lat) if cos_lat > 0 else 360.0
        if abs(latitude) + lat_margin < 89.0 and lon_margin < 180.0:
            west = (longitude - lon_margin + 540.0) % 360.0 - 180.0
            east = (longitude + lon_margin + 540.0) % 360.0 - 180.0
            box &= longitude_span(west, east)
        return (
            queryset.filter(box, longitude__isnull=False)
            .annotate(distance_km=haversine_km(latitude, longitude))
            .filter(distance_km__lte=radius)
        )

    @extend_schema_field(
        {"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 20000}
    )
    def filter_radius(self, queryset: QuerySet, name: str, value: Any) -> QuerySet:
        if not self.data.get("near"):
            raise ValidationError({"radius_km": ["radius_km needs near=lat,lon."]})
        if not 0 < value <= MAX_RADIUS_KM:
            raise ValidationError({"radius_km": [RADIUS_RANGE_MESSAGE]})
        return queryset  # applied by filter_near

    @extend_schema_field(choices_schema(EventType.values))
    def filter_event_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            event_type__in=checked_choices(value, EventType.values, "event_type")
        )

    @extend_schema_field(choices_schema(SubEventType.values))
    def filter_sub_event_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            sub_event_type__in=checked_choices(value, SubEventType.values, "sub_event_type")
        )

    @extend_schema_field(choices_schema(DisorderType.values))
    def filter_disorder_type(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            disorder_type__in=checked_choices(value, DisorderType.values, "disorder_type")
        )

    @extend_schema_field(OpenApiTypes.STR)
    def filter_weapon(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(weapons__overlap=[v.lower() for v in split_values(value)])

    @extend_schema_field(choices_schema(ReviewStatus.values))
    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            review_status__in=checked_choices(value, ReviewStatus.values, "status")
        )

    def _links(self, **lookups: Any) -> QuerySet:
        """Event ids linked to actors by `lookups`, in the requested roles.

        A semi-join (`id IN (...)`) rather than a join: no event comes back twice, so no
        DISTINCT over whole event rows, and the planner may still read events in index order.
        """
        roles = self.data.get("role")
        if roles:
            lookups["role__in"] = checked_choices(roles, ActorRole.values, "role")
        return EventActor.objects.filter(**lookups).values("event_id")

    @extend_schema_field(OpenApiTypes.STR)
    def filter_actor(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        actors = Actor.objects.filter(actor_query(value)).values("id")
        return queryset.filter(pk__in=self._links(actor__in=actors))

    @extend_schema_field({"type": "array", "items": {"type": "integer", "minimum": 1}})
    def filter_actor_id(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        ids = integer_list(value, "actor_id")
        return queryset.filter(pk__in=self._links(actor_id__in=ids))

    @extend_schema_field(choices_schema(ActorRole.values))
    def filter_role(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if self.data.get("actor") or self.data.get("actor_id"):
            return queryset  # the actor filters apply the role to the same actor link
        return queryset.filter(pk__in=self._links())

    @extend_schema_field(OpenApiTypes.STR)
    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        query = SearchQuery(value, search_type="websearch", config="english")
        in_articles = Article.objects.filter(search_vector=query).values("id")
        # A UNION of two index lookups: an OR across the event and a join to its reports would
        # scan every event and need DISTINCT over whole rows.
        matching = (
            Event.objects.filter(search_vector=query)
            .values("id")
            .union(EventReport.objects.filter(article__in=in_articles).values("event_id"))
        )
        # ts_rank is a float4, which reaches Python rounded to its shortest decimal; a cursor
        # compared with that in float8 would skip rows. As float8 it comes back exactly.
        rank = Cast(SearchRank(F("search_vector"), query), FloatField())
        return queryset.filter(pk__in=matching).annotate(rank=rank)


class StatementFilterSet(OrderedPairsMixin, BaseFilterSet):
    speaker = filters.CharFilter(
        method="filter_speaker", help_text="Speaker name or alias; commas for OR."
    )
    speaker_id = filters.CharFilter(
        method="filter_speaker_id", help_text="Speaker actor id; commas for OR."
    )
    article = filters.CharFilter(method="filter_article", help_text="Article id; commas for OR.")
    event = filters.CharFilter(
        method="filter_event", help_text="Public id of the event quoted about; commas for OR."
    )
    date_from = filters.DateFilter(
        field_name="statement_date", lookup_expr="gte", help_text="Said on or after (YYYY-MM-DD)."
    )
    date_to = filters.DateFilter(
        field_name="statement_date", lookup_expr="lte", help_text="Said on or before (YYYY-MM-DD)."
    )
    updated_since = IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="Changed at or after this time."
    )
    q = filters.CharFilter(
        field_name="text", lookup_expr="icontains", help_text="Text contained in the quote."
    )

    ordered_pairs = (("date_from", "date_to"),)

    class Meta:
        model = Statement
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_speaker(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(actor_query(value, prefix="speaker__"))

    @extend_schema_field({"type": "array", "items": {"type": "integer", "minimum": 1}})
    def filter_speaker_id(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(speaker_id__in=integer_list(value, "speaker_id"))

    @extend_schema_field({"type": "array", "items": {"type": "integer", "minimum": 1}})
    def filter_article(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(article_id__in=integer_list(value, "article"))

    @extend_schema_field({"type": "array", "items": {"type": "string", "format": "uuid"}})
    def filter_event(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(event__public_id__in=uuid_list(value, "event"))


class ActorFilterSet(BaseFilterSet):
    name = filters.CharFilter(
        method="filter_name", help_text="Canonical name or alias; commas for OR."
    )
    kind = filters.CharFilter(method="filter_kind", help_text="Kind of actor; commas for OR.")
    country = filters.CharFilter(
        method="filter_country", help_text="ISO code or country name; commas for OR."
    )
    updated_since = IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="Changed at or after this time."
    )
    q = filters.CharFilter(
        field_name="name", lookup_expr="icontains", help_text="Part of the name."
    )

    class Meta:
        model = Actor
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.STR)
    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(actor_query(value))

    @extend_schema_field(choices_schema(ActorKind.values))
    def filter_kind(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(kind__in=checked_choices(value, ActorKind.values, "kind"))

    @extend_schema_field(OpenApiTypes.STR)
    def filter_country(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(country__in=country_codes(value))


class ArticleFilterSet(OrderedPairsMixin, BaseFilterSet):
    status = filters.CharFilter(
        method="filter_status", help_text="Extraction status; commas for OR."
    )
    source = filters.CharFilter(
        method="filter_source", help_text="Outlet name, case-insensitive; commas for OR."
    )
    published_from = IsoDateTimeFilter(
        field_name="published_at", lookup_expr="gte", help_text="Published at or after this time."
    )
    published_to = IsoDateTimeFilter(
        field_name="published_at", lookup_expr="lte", help_text="Published at or before this time."
    )
    updated_since = IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="Changed at or after this time."
    )
    q = filters.CharFilter(method="search", help_text="Full-text search over title and text.")

    ordered_pairs = (("published_from", "published_to"),)

    class Meta:
        model = Article
        fields: list[str] = []

    @extend_schema_field(choices_schema(ArticleStatus.values))
    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(status__in=checked_choices(value, ArticleStatus.values, "status"))

    @extend_schema_field(OpenApiTypes.STR)
    def filter_source(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.annotate(source_upper=Upper("source_name")).filter(
            source_upper__in=[v.upper() for v in split_values(value)]
        )

    @extend_schema_field(OpenApiTypes.STR)
    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            search_vector=SearchQuery(value, search_type="websearch", config="english")
        )


class EventRemovalFilterSet(BaseFilterSet):
    updated_since = IsoDateTimeFilter(
        field_name="removed_at",
        lookup_expr="gte",
        help_text="Ids removed (merged or deleted) at or after this ISO 8601 time.",
    )
    reason = filters.ChoiceFilter(
        choices=EventRemoval.Reason.choices, help_text="merged or deleted."
    )

    class Meta:
        model = EventRemoval
        fields: list[str] = []

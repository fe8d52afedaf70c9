"""Read endpoints for events, statements and actors."""

from __future__ import annotations

import uuid

from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from events.api import schema
from events.api.event_rows import event_dicts, event_values
from events.api.export import export_response
from events.api.filter_values import split_values
from events.api.filters import (
    ActorFilterSet,
    EventFilterSet,
    EventRemovalFilterSet,
    StatementFilterSet,
)
from events.api.pagination import resolve_ordering
from events.api.renderers import EXPORT_RENDERERS
from events.api.serializers import (
    ActorSerializer,
    EventRemovalSerializer,
    EventSerializer,
    EventStatsSerializer,
    StatementSerializer,
)
from events.api.stats import GROUPINGS, event_stats
from events.models import Actor, Event, EventActor, EventRemoval, EventReport, Statement
from events.services import resolve_public_id


@extend_schema_view(
    list=extend_schema(
        parameters=[schema.EXPORT_FIELDS_PARAMETER], responses=schema.event_list_responses()
    ),
    retrieve=extend_schema(
        responses=schema.with_errors(
            {
                200: EventSerializer,
                301: OpenApiResponse(
                    description="The event was merged into another; Location points to it."
                ),
            }
        )
    ),
)
class EventViewSet(viewsets.ReadOnlyModelViewSet):
    """Conflict events, one per place and day, with their actors and source reports."""

    queryset = Event.objects.prefetch_related(
        Prefetch(
            "event_actors",
            queryset=EventActor.objects.select_related("actor").order_by("role", "actor__name"),
        ),
        Prefetch(
            "reports", queryset=EventReport.objects.select_related("article").order_by("created_at")
        ),
    )
    serializer_class = EventSerializer
    filterset_class = EventFilterSet
    lookup_field = "public_id"
    ordering_fields = {
        "date": "event_date",
        "event_date": "event_date",
        "fatalities": "fatalities",
        "injured": "injured",
        "updated": "updated_at",
        "updated_at": "updated_at",
        "created_at": "created_at",
    }
    ordering = "-event_date"

    def get_queryset(self):
        # Merged events stay only as pointers to their survivor (events.services.merge_events).
        return super().get_queryset().filter(merged_into__isnull=True)

    @property
    def extra_query_parameters(self) -> tuple[str, ...]:
        return {"list": ("fields",), "stats": ("group_by",)}.get(self.action, ())

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.action == "list":
            renderers += [renderer() for renderer in EXPORT_RENDERERS]
        return renderers

    def list(self, request: Request, *args, **kwargs) -> Response:
        export_format = request.accepted_renderer.format
        if export_format in ("csv", "geojson"):
            queryset = self.filter_queryset(Event.objects.filter(merged_into__isnull=True))
            ordered = resolve_ordering(request, self, queryset).apply(queryset)
            return export_response(ordered, request, export_format)
        if "fields" in request.query_params:
            raise ValidationError({"fields": ["fields= applies to format=csv and format=geojson."]})
        # Pages are built from plain rows (event_rows.py), not model instances and serializers.
        events = self.filter_queryset(Event.objects.filter(merged_into__isnull=True))
        page = self.paginate_queryset(event_values(events))
        return self.get_paginated_response(event_dicts(page))

    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            survivor = self._merged_survivor(kwargs["public_id"])
            if survivor is None:
                raise
        location = reverse("event-detail", kwargs={"public_id": survivor.public_id})
        return HttpResponsePermanentRedirect(request.build_absolute_uri(location))

    @staticmethod
    def _merged_survivor(public_id: str) -> Event | None:
        try:
            parsed = uuid.UUID(public_id)
        except ValueError:
            return None
        survivor = resolve_public_id(parsed)
        if survivor is None or survivor.public_id == parsed:
            return None
        return survivor

    @extend_schema(
        summary="Aggregate events",
        description=(
            "Counts, fatalities and injured per group, for the events every other parameter "
            "selects. Time groupings (day, week, month) return a continuous series from "
            "`date_from` (or the first event) to `date_to` (or the last), empty periods as "
            "zeros; weeks start on Monday. `actor` counts each event once per actor, in the "
            "roles given by `role` when it is set."
        ),
        parameters=[
            OpenApiParameter(
                "group_by",
                str,
                required=True,
                enum=[*GROUPINGS],
                description="What to group by.",
                examples=schema.GROUP_BY_EXAMPLES,
            )
        ],
        responses=schema.with_errors({200: EventStatsSerializer}),
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def stats(self, request: Request) -> Response:
        group_by = request.query_params.get("group_by", "")
        if group_by not in GROUPINGS:
            raise ValidationError({"group_by": [f"Group by one of: {', '.join(GROUPINGS)}."]})
        queryset = self.filter_queryset(Event.objects.filter(merged_into__isnull=True))
        filterset = EventFilterSet(request.query_params, queryset=queryset, request=request)
        dates = filterset.form.cleaned_data if filterset.is_valid() else {}
        roles = split_values(",".join(request.query_params.getlist("role")))
        rows = event_stats(queryset, group_by, dates.get("date_from"), dates.get("date_to"), roles)
        return Response({"group_by": group_by, "results": rows})


class StatementViewSet(viewsets.ReadOnlyModelViewSet):
    """Direct quotes with their speakers, source articles and the events they concern."""

    queryset = Statement.objects.select_related("speaker", "article", "event")
    serializer_class = StatementSerializer
    filterset_class = StatementFilterSet
    ordering_fields = {
        "date": "statement_date",
        "statement_date": "statement_date",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    ordering = "-statement_date"


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    """States, armed groups, people, organisations, government bodies and civilian groups."""

    queryset = Actor.objects.all()
    serializer_class = ActorSerializer
    filterset_class = ActorFilterSet
    ordering_fields = {"name": "name", "created_at": "created_at", "updated_at": "updated_at"}
    ordering = "name"


class EventRemovalViewSet(viewsets.ReadOnlyModelViewSet):
    """Public event ids that went away, merged into another event or deleted, oldest first.

    With `updated_since`, a downstream copy fetches what changed (`/api/events/?updated_since=`)
    and what went away (this feed) since its last sync, without downloading everything again.
    """

    queryset = EventRemoval.objects.all()
    serializer_class = EventRemovalSerializer
    filterset_class = EventRemovalFilterSet
    lookup_field = "public_id"
    ordering_fields = {"removed_at": "removed_at"}
    ordering = "removed_at"

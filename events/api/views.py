"""Read endpoints for events, statements and actors."""

from __future__ import annotations

from django.db.models import Prefetch
from rest_framework import viewsets

from events.api.filters import ActorFilterSet, EventFilterSet, StatementFilterSet
from events.api.serializers import ActorSerializer, EventSerializer, StatementSerializer
from events.models import Actor, Event, EventActor, EventReport, Statement


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
    ordering_fields = ["event_date", "fatalities", "injured", "updated_at", "created_at"]
    ordering = ["-event_date", "-id"]


class StatementViewSet(viewsets.ReadOnlyModelViewSet):
    """Direct quotes with their speakers, source articles and the events they concern."""

    queryset = Statement.objects.select_related("speaker", "article", "event")
    serializer_class = StatementSerializer
    filterset_class = StatementFilterSet
    ordering_fields = ["statement_date", "created_at", "updated_at"]
    ordering = ["-statement_date", "-id"]


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    """States, armed groups, people, organisations, government bodies and civilian groups."""

    queryset = Actor.objects.all()
    serializer_class = ActorSerializer
    filterset_class = ActorFilterSet
    ordering_fields = ["name", "created_at", "updated_at"]
    ordering = ["name"]

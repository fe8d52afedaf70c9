"""The event list's plain-row read path answers the same bytes as EventSerializer."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

import pytest
from django.db.models import F
from rest_framework.renderers import JSONRenderer

from events.api.serializers import EventSerializer
from events.api.views import EventViewSet
from events.services import merge_events
from tests.factories import ArticleFactory, EventActorFactory, EventFactory, EventReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def varied_events():
    full = EventFactory(
        districts=["Pechersk", "Obolon"],
        weapons=["drone", "missile"],
        curated_fields=["fatalities", "city"],
        fatalities_low=1,
        fatalities_high=4,
        injured_low=3,
        injured_high=9,
        children_killed=1,
        confidence=0.1 + 0.2,
        summary="Удар по Харкову — «дрони»\u2028line two",
    )
    EventActorFactory(event=full, actor__name="Russia", actor__kind="state", actor__country="RU")
    EventActorFactory(event=full, actor__name="Civilians", actor__kind="civilians", role="target")
    EventReportFactory(
        event=full,
        event_date=dt.date(2025, 5, 31),
        evidence={"fatalities": [[10, 14]], "city": [[0, 7]]},
        extractor_version="2026.11.5",
        article=ArticleFactory(url="https://example.org/a?b=1&c=ü", source_name="Reuters"),
    )
    EventReportFactory(event=full, fatalities=None, article=ArticleFactory(published_at=None))
    EventFactory(
        event_date=None,
        date_precision=None,
        country="",
        admin1="",
        city="",
        latitude=None,
        longitude=None,
        geo_precision=None,
        fatalities=None,
        injured=None,
        weapons=[],
        summary="",
    )
    survivor = EventFactory(event_date=dt.date(2025, 6, 2), districts=["Saltivka"])
    duplicate = EventFactory(event_date=dt.date(2025, 6, 2), districts=["Kholodna Hora"])
    EventReportFactory(event=duplicate)
    EventActorFactory(event=duplicate, role="associated")
    merge_events(survivor, [duplicate])


def serializer_bytes(count: int) -> bytes:
    events = EventViewSet.queryset.filter(merged_into__isnull=True).order_by(
        F("event_date").desc(nulls_last=True), F("pk").desc()
    )
    data = EventSerializer(events, many=True).data
    return JSONRenderer().render(OrderedDict([("count", count), ("next", None), ("results", data)]))


def test_a_listed_page_is_the_serializers_bytes(api_client, varied_events):
    response = api_client.get("/api/events/")
    assert response.status_code == 200
    assert response.json()["count"] == 3
    assert response.content == serializer_bytes(3)


def test_a_single_event_still_comes_from_the_serializer(api_client, varied_events):
    listed = api_client.get("/api/events/").json()["results"]
    for event in listed:
        assert api_client.get(f"/api/events/{event['id']}/").json() == event


def test_relevance_pages_carry_the_rank_in_their_cursor(api_client):
    for words in ("drone strike", "drone strike drone", "a drone", "drone drone drone strike"):
        EventFactory(summary=words)
    EventFactory(summary="nothing to see")
    everything = api_client.get("/api/events/?q=drone").json()["results"]
    url, paged = "/api/events/?q=drone&page_size=1", []
    while url:
        body = api_client.get(url).json()
        paged += body["results"]
        url = body["next"]
    assert [e["id"] for e in paged] == [e["id"] for e in everything]
    assert len(paged) == 4

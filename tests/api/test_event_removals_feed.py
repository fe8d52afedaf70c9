import datetime as dt

import pytest
from django.utils import timezone

from events import services
from events.models import EventRemoval
from tests.factories import EventFactory, EventReportFactory

pytestmark = pytest.mark.django_db


def test_merges_and_deletions_appear_in_the_feed(api_client):
    survivor, duplicate, doomed = EventFactory(), EventFactory(), EventFactory()
    services.merge_events(survivor, [duplicate])
    services.delete_event(doomed)

    body = api_client.get("/api/event-removals/").json()
    rows = {row["id"]: row for row in body["results"]}
    assert rows[str(duplicate.public_id)]["reason"] == "merged"
    assert rows[str(duplicate.public_id)]["merged_into"] == str(survivor.public_id)
    assert rows[str(doomed.public_id)] == {
        "id": str(doomed.public_id),
        "reason": "deleted",
        "merged_into": None,
        "removed_at": rows[str(doomed.public_id)]["removed_at"],
    }


def test_feed_filters_by_time_and_reason(api_client):
    old, new = EventFactory(), EventFactory()
    services.delete_event(old)
    EventRemoval.objects.filter(public_id=old.public_id).update(
        removed_at=timezone.now() - dt.timedelta(days=3)
    )
    services.delete_event(new)
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    ids = [
        r["id"]
        for r in api_client.get("/api/event-removals/", {"updated_since": since}).json()["results"]
    ]
    assert ids == [str(new.public_id)]
    assert api_client.get("/api/event-removals/", {"reason": "merged"}).json()["results"] == []
    assert api_client.get("/api/event-removals/", {"reason": "vanished"}).status_code == 400


def test_event_shows_the_figure_range_and_history(api_client):
    event = EventFactory()
    EventReportFactory(event=event, fatalities=3)
    EventReportFactory(event=event, fatalities=8)
    services.refresh_event_figures(event)
    body = api_client.get(f"/api/events/{event.public_id}/").json()
    assert (body["fatalities_low"], body["fatalities_high"]) == (3, 8)
    assert sorted(r["fatalities"] for r in body["reports"]) == [3, 8]
    assert all("published_at" in r["article"] for r in body["reports"])

import tracemalloc

import pytest
from django.db import connection

from events.models import Event
from tests.factories import EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

ROWS = 100_000


def insert_events(count: int) -> None:
    """`count` copies of one factory event, made in SQL (the ORM would take minutes)."""
    template = EventFactory(fatalities=3)
    columns = [
        f.column
        for f in Event._meta.concrete_fields
        if f.name not in ("id", "public_id") and not f.generated
    ]
    names = ", ".join(columns)
    table = Event._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (public_id, {names}) "
            f"SELECT gen_random_uuid(), {names} FROM {table}, generate_series(2, %s) "
            f"WHERE id = %s",
            [count, template.pk],
        )


def test_csv_export_streams_100000_rows_in_bounded_memory(api_client, settings):
    insert_events(ROWS)
    response = api_client.get("/api/events/?format=csv&fields=event_id_cnty,fatalities,actor1")
    assert response.streaming
    tracemalloc.start()
    lines = 0
    total_bytes = 0
    for chunk in response.streaming_content:
        lines += chunk.count(b"\n")
        total_bytes += len(chunk)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert lines == ROWS + 1
    # The whole export is several megabytes; what is held at once stays far below it.
    assert total_bytes > 4_000_000
    assert peak < total_bytes / 2


def test_exports_stop_at_export_max_rows(api_client, settings):
    insert_events(30)
    settings.EXPORT_MAX_ROWS = 10
    response = api_client.get("/api/events/?format=csv&fields=event_id_cnty")
    assert b"".join(response.streaming_content).count(b"\n") == 11

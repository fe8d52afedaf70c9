"""Each standard query of `make bench` is answered from an index at a realistic table size.

200,000 events are generated in SQL (skewed: Kyiv and Ukraine dominate, a tail of villages),
the tables analysed, and the plan of every query the API runs for a request is checked for the
index that can serve it (sequential scans priced out, so the check does not depend on ANALYZE's
sample). Plans, not timings: they do not depend on the machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EVENTS = 200_000


@pytest.fixture(scope="module")
def large_dataset(django_db_setup, django_db_blocker) -> Iterator[None]:
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO events_actor (name, normalised_name, kind, country, aliases,
                                      normalised_aliases, created_at, updated_at)
            SELECT 'Group ' || g, 'group ' || g, 'armed_group', 'UA', '{}', '{}', now(), now()
            FROM generate_series(1, 500) g;
            INSERT INTO events_event (public_id, event_date, disorder_type, event_type,
                sub_event_type, country, admin1, city, districts, latitude, longitude,
                fatalities, weapons, summary, review_status, confidence, curated_fields,
                created_at, updated_at)
            SELECT gen_random_uuid(), DATE '2018-01-01' + (g * 7919 %% 2900),
                'Political violence',
                CASE WHEN g %% 4 = 0 THEN 'Battles' ELSE 'Explosions/Remote violence' END,
                'Armed clash',
                CASE WHEN g %% 3 = 0 THEN 'UA' ELSE chr(65 + g %% 26) || chr(66 + g %% 3) END,
                'Region',
                CASE WHEN g %% 20 = 0 THEN 'Kyiv' ELSE 'Village ' || (g %% 5000) END, '{}',
                -30 + (g %% 6000) / 100.0, -60 + (g %% 12000) / 100.0, g %% 30, '{}',
                'Shelling of the village' || CASE WHEN g %% 100 = 0 THEN ' near the hospital'
                                                  ELSE '' END,
                'unverified', 0.5, '{}', now(), now()
            FROM generate_series(1, %s) g;
            INSERT INTO events_eventactor (event_id, actor_id, role)
            SELECT e.id, a.id, 'perpetrator' FROM events_event e
            JOIN events_actor a ON a.id = (SELECT MIN(id) FROM events_actor) + e.id %% 500;
            ANALYZE events_event; ANALYZE events_eventactor; ANALYZE events_actor;
            """,
            [EVENTS],
        )
    yield
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE events_eventactor, events_event, events_actor CASCADE")


def plans(api_client, url: str) -> list[dict]:
    """The JSON plan of every query the request ran against the events table."""
    with CaptureQueriesContext(connection) as captured:
        response = api_client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, response.content[:500]
    found = []
    with connection.cursor() as cursor:
        # Sequential scans priced out: whether an index can serve each query is then a property
        # of the schema and the SQL, not of ANALYZE's random sample (which let the planner pick a
        # parallel seq scan for a 5% city on some runs).
        cursor.execute("SET enable_seqscan = off")
        for query in captured.captured_queries:
            sql = query["sql"]
            if "events_event" not in sql or not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
            plan = cursor.fetchone()[0]
            found.append(plan[0]["Plan"] if isinstance(plan, list) else json.loads(plan)[0]["Plan"])
        cursor.execute("RESET enable_seqscan")
    return found


def nodes(plan: dict) -> Iterator[dict]:
    yield plan
    for child in plan.get("Plans", []):
        yield from nodes(child)


def scanned(plan: dict, table: str = "events_event") -> list[tuple[str, str | None]]:
    """(node type, index) of every scan of `table` in the plan."""
    return [
        (node["Node Type"], node.get("Index Name"))
        for node in nodes(plan)
        if node.get("Relation Name") == table
    ]


def index_names(found: list[dict]) -> list[str]:
    """Every index any node of the plans reads (bitmap index scans name no table)."""
    return [node["Index Name"] for plan in found for node in nodes(plan) if "Index Name" in node]


@pytest.mark.parametrize(
    "url, index",
    [
        # A common city: no count (more rows than API_COUNT_LIMIT); the page walks the date
        # index until it has 50 rows of the city, or reads the city index.
        ("/api/events/?city=Kyiv", ("event_city_date_idx", "event_date_desc_idx")),
        ("/api/events/?country=UA&date_from=2024-06-01&date_to=2024-06-30", "event_country_"),
        ("/api/events/?event_type=Battles&min_fatalities=28", "event_"),
        ("/api/events/?q=hospital", "event_search_idx"),
        ("/api/events/?bbox=10,10,11,11", "event_lat_lon_idx"),
        ("/api/events/?actor=group+7", "events_eventactor_actor_id"),
    ],
)
def test_list_queries_read_events_through_an_index(api_client, large_dataset, url, index):
    found = plans(api_client, url)
    for plan in found:
        for node_type, _ in scanned(plan) + scanned(plan, "events_eventactor"):
            assert node_type != "Seq Scan", (url, plan)
    used = index_names(found)
    assert any(name.startswith(index) for name in used), used  # str.startswith takes tuples


def test_a_deep_cursor_page_starts_at_its_position_in_the_date_index(api_client, large_dataset):
    first = api_client.get("/api/events/?page_size=1000").json()
    url = first["next"]
    for _ in range(3):
        url = api_client.get(url).json()["next"]
    for plan in plans(api_client, url):
        for node_type, name in scanned(plan):
            assert node_type.startswith("Index"), plan
            assert name == "event_date_desc_idx", plan
    top = plans(api_client, url)[0]
    limit = next(node for node in nodes(top) if node["Node Type"] == "Limit")
    scan = next(node for node in nodes(limit) if node.get("Relation Name") == "events_event")
    assert "Index Cond" in scan, scan  # a range seek, not a walk from the newest event


def test_country_year_stats_read_a_country_index(api_client, large_dataset):
    url = "/api/events/stats/?group_by=day&country=UA&date_from=2024-01-01&date_to=2024-12-31"
    found = plans(api_client, url)
    assert any(name.startswith("event_country_") for name in index_names(found)), found


def test_csv_export_reads_events_in_index_order(api_client, large_dataset):
    url = "/api/events/?format=csv&date_from=2025-06-01&fields=event_id_cnty,event_date"
    used = [scan for plan in plans(api_client, url) for scan in scanned(plan)]
    assert all(node_type != "Seq Scan" for node_type, _ in used), used

"""The raw floor: a minimal WSGI app that answers the bench's standard queries with psycopg.

It runs the same SQL the API runs for each standard query (the same filters, ordering, keyset
condition, count and batched actor/report lookups) and returns the same bytes, with no
framework in between: what is left is PostgreSQL, the driver and JSON encoding. The API's
throughput is measured against it. It understands only the parameters the standard queries
use. Serve with `gunicorn bench.floor:application` and DATABASE_URL set.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import parse_qs, urlencode

import orjson
import psycopg
import pycountry

from events.api.place_variants import city_variants
from events.text import normalise_name

PAGE_SIZE = 50
# As the API's default (setting API_COUNT_LIMIT).
COUNT_LIMIT = int(os.environ.get("API_COUNT_LIMIT", 10_000))
CITY_SIMILARITY_THRESHOLD = 0.5
SEPARATOR = "; "

EVENT_FIELDS = (
    "id", "public_id", "event_date", "date_precision", "disorder_type", "event_type",
    "sub_event_type", "country", "admin1", "city", "districts", "latitude", "longitude",
    "geo_precision", "fatalities", "injured", "children_killed", "children_injured",
    "fatalities_low", "fatalities_high", "injured_low", "injured_high", "weapons", "summary",
    "review_status", "confidence", "curated_fields", "created_at", "updated_at",
)  # fmt: skip

_connection: psycopg.Connection | None = None


def connection() -> psycopg.Connection:
    global _connection
    if _connection is None or _connection.closed:
        # Never prepared, as Django's queries are: psycopg prepares a statement on its fifth
        # run, and PostgreSQL's generic plan for it (LIMIT and ranges unknown) can be far slower.
        _connection = psycopg.connect(
            os.environ["DATABASE_URL"], autocommit=True, prepare_threshold=None
        )
    return _connection


def timestamp(value: dt.datetime | None) -> str | None:
    """A datetime as DRF writes it: ISO 8601 in UTC with a Z."""
    if value is None:
        return None
    text = value.astimezone(dt.UTC).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def where_clause(params: dict[str, str]) -> tuple[list[str], list[Any], str | None]:
    """SQL conditions and arguments for the filters, and a rank expression when `q` is given."""
    conditions, args, rank = ["e.merged_into_id IS NULL"], [], None
    if "city" in params:
        name = params["city"]
        spellings = [v.upper() for v in city_variants(name)]
        conditions.append(
            "(UPPER(e.city) = ANY(%s) OR (e.city %% %s AND similarity(e.city, %s) >= %s))"
        )
        args += [spellings, name, name, CITY_SIMILARITY_THRESHOLD]
    if "country" in params:
        conditions.append("e.country = ANY(%s)")
        args.append([c.strip() for c in params["country"].split(",")])
    if "date_from" in params:
        conditions.append("e.event_date >= %s")
        args.append(dt.date.fromisoformat(params["date_from"]))
    if "date_to" in params:
        conditions.append("e.event_date <= %s")
        args.append(dt.date.fromisoformat(params["date_to"]))
    if "event_type" in params:
        conditions.append("e.event_type = ANY(%s)")
        args.append(params["event_type"].split(","))
    if "min_fatalities" in params:
        conditions.append("e.fatalities >= %s")
        args.append(int(params["min_fatalities"]))
    if "actor" in params:
        names = [normalise_name(v) for v in params["actor"].split(",")]
        conditions.append(
            "e.id IN (SELECT ea.event_id FROM events_eventactor ea WHERE ea.actor_id IN "
            "(SELECT a.id FROM events_actor a "
            "WHERE a.normalised_name = ANY(%s) OR a.normalised_aliases && %s::varchar[]))"
        )
        args += [names, names]
    if "bbox" in params:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in params["bbox"].split(","))
        conditions.append("e.longitude BETWEEN %s AND %s AND e.latitude BETWEEN %s AND %s")
        args += [min_lon, max_lon, min_lat, max_lat]
    if "q" in params:
        query = "websearch_to_tsquery('english'::regconfig, %s)"
        conditions.append(
            f"e.id IN (SELECT s.id FROM events_event s WHERE s.search_vector @@ {query} "
            "UNION SELECT r.event_id FROM events_eventreport r WHERE r.article_id IN "
            f"(SELECT a.id FROM events_article a WHERE a.search_vector @@ {query}))"
        )
        args += [params["q"], params["q"]]
        rank = f"ts_rank(e.search_vector, {query})::float8"  # as the API: exact in a cursor
    return conditions, args, rank


def cheap_count(where: str, args: list) -> int | None:
    """As the API counts a first page: not when the planner expects more than COUNT_LIMIT rows,
    else COUNT(*) over at most COUNT_LIMIT + 1 rows."""
    plan = (
        connection()
        .execute(f"EXPLAIN (FORMAT JSON) SELECT e.id FROM events_event e WHERE {where}", args)
        .fetchone()[0]
    )
    if plan[0]["Plan"]["Plan Rows"] > COUNT_LIMIT:
        return None
    sql = f"SELECT COUNT(*) FROM (SELECT e.id FROM events_event e WHERE {where} LIMIT %s) s"
    total = connection().execute(sql, [*args, COUNT_LIMIT + 1]).fetchone()[0]
    return total if total <= COUNT_LIMIT else None


def event_list(environ: dict, params: dict[str, str]) -> bytes:
    conditions, args, rank = where_clause(params)
    order_value, order_name = ("rank", "-rank") if rank else ("e.event_date", "-event_date")
    select_rank = f", {rank} AS rank" if rank else ""
    rank_args = [params["q"]] if rank else []
    count = None
    if "cursor" not in params:
        count = cheap_count(" AND ".join(conditions), args)
    segments: list[tuple[str, list]] = [("TRUE", [])]
    if "cursor" in params:
        # As the API pages: the values after the cursor, then the NULL values.
        raw = params["cursor"]
        cursor = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        after = f"{order_value} <= %s AND ({order_value} < %s OR e.id < %s)"
        segments = [
            (after, [cursor["v"], cursor["v"], cursor["i"]]),
            (f"{order_value} IS NULL", []),
        ]
    columns = ", ".join(f"e.{name}" for name in EVENT_FIELDS)
    rows: list[dict] = []
    for segment, segment_args in segments:
        sql = (
            f"SELECT {columns}{select_rank} FROM events_event e "
            f"WHERE {' AND '.join(conditions)} AND {segment} "
            f"ORDER BY {order_value} DESC NULLS LAST, e.id DESC LIMIT {PAGE_SIZE + 1 - len(rows)}"
        )
        cur = connection().execute(sql, rank_args + args + segment_args)
        names = [d.name for d in cur.description]
        rows += [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        if len(rows) > PAGE_SIZE:
            break
    page = rows[:PAGE_SIZE]
    ids = [row["id"] for row in page]
    actors: dict[int, list] = {i: [] for i in ids}
    for event_id, *actor in connection().execute(
        "SELECT ea.event_id, a.id, a.name, a.kind, a.country, ea.role "
        "FROM events_eventactor ea JOIN events_actor a ON a.id = ea.actor_id "
        "WHERE ea.event_id = ANY(%s) ORDER BY ea.role, a.name",
        [ids],
    ):
        actors[event_id].append(
            dict(zip(("id", "name", "kind", "country", "role"), actor, strict=True))
        )
    reports: dict[int, list] = {i: [] for i in ids}
    for row in connection().execute(
        "SELECT r.id, r.event_id, a.id, a.url, a.title, a.source_name, a.published_at, "
        "r.event_date, r.fatalities, r.injured, r.children_killed, r.children_injured, "
        "r.evidence, r.extractor_version, r.created_at "
        "FROM events_eventreport r JOIN events_article a ON a.id = r.article_id "
        "WHERE r.event_id = ANY(%s) ORDER BY r.created_at",
        [ids],
    ):
        reports[row[1]].append(
            {
                "id": row[0],
                "article": {
                    "id": row[2],
                    "url": row[3],
                    "title": row[4],
                    "source_name": row[5],
                    "published_at": timestamp(row[6]),
                },
                "event_date": row[7].isoformat() if row[7] else None,
                "fatalities": row[8],
                "injured": row[9],
                "children_killed": row[10],
                "children_injured": row[11],
                "evidence": row[12],
                "extractor_version": row[13],
                "created_at": timestamp(row[14]),
            }
        )
    next_link = None
    if len(rows) > PAGE_SIZE:
        last = page[-1]
        value = last[order_value.removeprefix("e.")]
        value = value.isoformat() if isinstance(value, dt.date) else value
        token = json.dumps({"o": order_name, "v": value, "i": last["id"]}, separators=(",", ":"))
        query = {k: v for k, v in params.items() if k != "count"}
        query["cursor"] = base64.urlsafe_b64encode(token.encode()).decode().rstrip("=")
        host = environ.get("HTTP_HOST", "localhost")
        next_link = f"http://{host}{environ['PATH_INFO']}?{urlencode(sorted(query.items()))}"
    results = [event_json(row, actors[row["id"]], reports[row["id"]]) for row in page]
    return orjson.dumps({"count": count, "next": next_link, "results": results})


def event_json(row: dict, actors: list, reports: list) -> dict:
    return {
        "id": str(row["public_id"]),
        "event_date": row["event_date"].isoformat() if row["event_date"] else None,
        **{name: row[name] for name in EVENT_FIELDS[3:10]},
        "district": ", ".join(row["districts"]) or None,
        **{name: row[name] for name in EVENT_FIELDS[10:27]},
        "actors": actors,
        "reports": reports,
        "created_at": timestamp(row["created_at"]),
        "updated_at": timestamp(row["updated_at"]),
    }


def day_stats(params: dict[str, str]) -> bytes:
    conditions, args, _ = where_clause(params)
    sql = f"""
        WITH buckets AS (
            SELECT e.event_date AS bucket, COUNT(*) AS events,
                   COALESCE(SUM(e.fatalities), 0) AS fatalities,
                   COALESCE(SUM(e.injured), 0) AS injured
            FROM events_event e WHERE {" AND ".join(conditions)} AND e.event_date IS NOT NULL
            GROUP BY 1
        )
        SELECT series.day::date, COALESCE(buckets.events, 0),
               COALESCE(buckets.fatalities, 0), COALESCE(buckets.injured, 0)
        FROM generate_series(%s::timestamp, %s::timestamp, '1 day'::interval) AS series(day)
        LEFT JOIN buckets ON buckets.bucket = series.day::date
        ORDER BY series.day
    """
    start = dt.date.fromisoformat(params["date_from"])
    end = dt.date.fromisoformat(params["date_to"])
    rows = connection().execute(sql, [*args, start, end]).fetchall()
    results = [
        {"key": d.isoformat(), "label": d.isoformat(), "events": n, "fatalities": f, "injured": i}
        for d, n, f, i in rows
    ]
    return orjson.dumps({"group_by": "day", "results": results})


EXPORT_SQL = """
    SELECT e.public_id, e.event_date, e.date_precision, e.disorder_type, e.event_type,
           e.sub_event_type,
           (SELECT ARRAY[
                STRING_AGG(a.name, '; ' ORDER BY a.name) FILTER (WHERE ea.role = 'perpetrator'),
                STRING_AGG(a.name, '; ' ORDER BY a.name) FILTER (WHERE ea.role = 'associated'),
                STRING_AGG(a.name, '; ' ORDER BY a.name) FILTER (WHERE ea.role = 'target')]
              FROM events_eventactor ea JOIN events_actor a ON a.id = ea.actor_id
              WHERE ea.event_id = e.id) AS actor_names,
           e.country, e.admin1, e.city, e.latitude, e.longitude, e.geo_precision,
           (SELECT STRING_AGG(DISTINCT ar.source_name, '; ' ORDER BY ar.source_name)
              FROM events_eventreport r JOIN events_article ar ON ar.id = r.article_id
              WHERE r.event_id = e.id AND NOT ar.source_name = '') AS source,
           e.summary, e.fatalities, e.updated_at, e.injured, e.children_killed,
           e.children_injured, e.weapons, e.districts, e.review_status, e.confidence
    FROM events_event e WHERE {where}
    ORDER BY e.event_date DESC NULLS LAST, e.id DESC
"""
EXPORT_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities", "timestamp", "country_code", "injured", "children_killed", "children_injured",
    "weapons", "districts", "review_status", "confidence",
)  # fmt: skip


@cache
def country(code: str) -> tuple[int | None, str]:
    found = pycountry.countries.get(alpha_2=code) if code else None
    return (int(found.numeric), found.name) if found else (None, code)


def export_rows(params: dict[str, str]) -> Iterator[list]:
    conditions, args, _ = where_clause(params)
    # A named (server-side) cursor needs a transaction.
    with connection().transaction(), connection().cursor(name="export") as cur:
        cur.itersize = 2000
        for row in cur.execute(EXPORT_SQL.format(where=" AND ".join(conditions)), args):
            r = (*row[:6], *(row[6] or (None, None, None)), *row[7:])  # actor1, assoc, actor2
            iso, name = country(r[9])
            day = r[1]
            yield [
                str(r[0]), day.isoformat() if day else None, day.year if day else None,
                r[2], r[3], r[4], r[5], r[6], r[7], r[8], "", iso, name, r[10], "", r[11],
                r[12], r[13], r[14], r[15], r[16], r[17], int(r[18].timestamp()), r[9],
                r[19], r[20], r[21], SEPARATOR.join(r[22] or []),
                SEPARATOR.join(r[23] or []), r[24], r[25],
            ]  # fmt: skip


def csv_export(params: dict[str, str]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    for n, row in enumerate(export_rows(params), start=1):
        writer.writerow(["" if v is None else v for v in row])
        if n % 500 == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def geojson_export(params: dict[str, str]) -> Iterator[bytes]:
    yield b'{"type":"FeatureCollection","features":['
    first = True
    for row in export_rows(params):
        properties = dict(zip(EXPORT_COLUMNS, row, strict=True))
        feature = {
            "type": "Feature",
            "id": properties["event_id_cnty"],
            "geometry": {"type": "Point", "coordinates": [row[17], row[16]]},
            "properties": properties,
        }
        yield (b"" if first else b",") + orjson.dumps(feature)
        first = False
    yield b"]}\n"


def application(environ: dict, start_response: Any) -> Any:
    params = {k: v[-1] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
    path = environ["PATH_INFO"]
    fmt = params.pop("format", "json")
    if path == "/api/events/stats/":
        body: Any = [day_stats(params)]
        content_type = "application/json"
    elif fmt == "csv":
        body, content_type = csv_export(params), "text/csv; charset=utf-8"
    elif fmt == "geojson":
        body, content_type = geojson_export(params), "application/geo+json"
    else:
        body, content_type = [event_list(environ, params)], "application/json"
    start_response("200 OK", [("Content-Type", content_type)])
    return body

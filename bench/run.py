"""`make bench`: load a synthetic dataset, serve the API and the raw floor, drive both, report.

Environment: BENCH_EVENTS (default 1,000,000), BENCH_SECONDS per list measurement (default 10),
BENCH_DATABASE_URL (default: an embedded PostgreSQL in .data/bench/), BENCH_RELOAD=1 to
regenerate a dataset that is already loaded, WEB_CONCURRENCY (gunicorn workers, default 3 as
in the Dockerfile), BENCH_ONLY to run the queries whose name contains it. Only a full run at the
default size rewrites the table in docs/benchmarks.md; every run writes bench/results.json.
"""

from __future__ import annotations

import base64
import datetime as dt
import http.client
import json
import os
import platform
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

import psutil
import psycopg

from bench import dataset
from bench.load import LoadResult, RssSampler, drive

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
DOC = ROOT / "docs" / "benchmarks.md"
CLIENTS = (1, 8)
DEFAULT_EVENTS = 1_000_000


@dataclass(frozen=True)
class Query:
    name: str
    path: str
    kind: str  # "list", "stats" or "export"


def say(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def database_url() -> str:
    url = os.environ.get("BENCH_DATABASE_URL")
    if url:
        return url
    data_dir = Path(os.environ.setdefault("CONFLICTDB_DATA_DIR", str(ROOT / ".data" / "bench")))
    from conflictdb import embedded

    return embedded.start(data_dir / "postgres", database="conflictdb_bench")


def server_env(url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-not-a-secret"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "THROTTLE_ANON": "100000000/second",
        "THROTTLE_USER": "100000000/second",
        "LOG_LEVEL": "WARNING",
    }


def ensure_dataset(url: str, events: int) -> float:
    """Migrate, then load unless this dataset is already there; the load time in seconds."""
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--verbosity", "0"],
        cwd=ROOT,
        env=server_env(url),
        check=True,
    )
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS bench_dataset (events integer, load_seconds float)"
        )
        row = conn.execute("SELECT events, load_seconds FROM bench_dataset").fetchone()
        loaded = conn.execute("SELECT COUNT(*) FROM events_event").fetchone()[0]
    if row and row[0] == events and loaded == events and os.environ.get("BENCH_RELOAD") != "1":
        say(f"Dataset of {events:,} events already loaded (took {row[1]:.1f}s); reusing it.")
        return row[1]
    say(f"Generating and loading {events:,} events with COPY...")
    seconds = dataset.load(url, events, say=lambda m: say(m))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DELETE FROM bench_dataset")
        conn.execute("INSERT INTO bench_dataset VALUES (%s, %s)", [events, seconds])
    say(f"Load time: {seconds:.1f}s for {events:,} events")
    return seconds


def date_for_rows(conn: psycopg.Connection, rows: int, where: str = "TRUE") -> str:
    """The date from which the newest `rows` events (matching `where`) start."""
    found = conn.execute(
        f"SELECT event_date FROM events_event WHERE merged_into_id IS NULL AND {where} "
        "ORDER BY event_date DESC, id DESC OFFSET %s LIMIT 1",
        [rows - 1],
    ).fetchone()
    return (found[0] if found else dataset.FIRST_DAY).isoformat()


def standard_queries(url: str, events: int) -> list[Query]:
    with psycopg.connect(url) as conn:
        deep = conn.execute(
            "SELECT event_date, id FROM events_event WHERE merged_into_id IS NULL "
            "ORDER BY event_date DESC, id DESC OFFSET %s LIMIT 1",
            [events // 2],
        ).fetchone()
        csv_from = date_for_rows(conn, 100_000)
        geojson_from = date_for_rows(conn, 10_000, "country = 'UA'")
        last_year = conn.execute("SELECT MAX(event_date) FROM events_event").fetchone()[0].year
    token = json.dumps(
        {"o": "-event_date", "v": deep[0].isoformat(), "i": deep[1]}, separators=(",", ":")
    )
    cursor = base64.urlsafe_b64encode(token.encode()).decode().rstrip("=")
    return [
        Query("city=Kyiv", "/api/events/?city=Kyiv", "list"),
        Query(
            "country+30 days",
            f"/api/events/?country=UA&date_from={last_year}-06-01&date_to={last_year}-06-30",
            "list",
        ),
        Query(
            "event_type+min_fatalities",
            "/api/events/?event_type=Battles&min_fatalities=10",
            "list",
        ),
        Query("q full text", f"/api/events/?q={dataset.SEARCH_WORD}", "list"),
        Query("actor", "/api/events/?actor=" + quote("Rapid Support Forces"), "list"),
        Query("bbox", "/api/events/?bbox=36.5,47.5,39.0,49.5", "list"),
        Query("deep cursor", f"/api/events/?cursor={cursor}", "list"),
        Query(
            "stats day, country-year",
            f"/api/events/stats/?group_by=day&country=UA"
            f"&date_from={last_year - 1}-01-01&date_to={last_year - 1}-12-31",
            "stats",
        ),
        Query("CSV 100k rows", f"/api/events/?format=csv&date_from={csv_from}", "export"),
        Query(
            "GeoJSON 10k features",
            f"/api/events/?format=geojson&country=UA&date_from={geojson_from}",
            "export",
        ),
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(app: str, url: str, workers: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--timeout", "300", "--log-level", "warning"],
        cwd=ROOT,
        env=server_env(url),
    )  # fmt: skip
    for _ in range(300):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, port
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{app} did not start")


def fetch(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    conn.request("GET", path, headers={"Host": "localhost:8000"})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body


def measure(
    query: Query, clients: int, process: subprocess.Popen, port: int, seconds: float
) -> tuple[LoadResult, int]:
    with RssSampler(process.pid) as rss:
        if query.kind == "export":
            result = drive(port, query.path, clients, requests_per_client=1 if clients > 1 else 3)
        else:
            result = drive(port, query.path, clients, seconds=seconds)
    return result, rss.peak_worker


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = psutil.virtual_memory().total / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB RAM, {platform.platform()}"


def table(rows: list[dict]) -> str:
    header = (
        "| query | clients | API rps | API p50 ms | API p99 ms | floor rps | floor p50 ms "
        "| floor p99 ms | API/floor | API peak RSS MB | same bytes |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = [
        f"| {r['query']} | {r['clients']} | {r['api']['rps']:.1f} | {r['api']['p50_ms']:.1f} "
        f"| {r['api']['p99_ms']:.1f} | {r['floor']['rps']:.1f} | {r['floor']['p50_ms']:.1f} "
        f"| {r['floor']['p99_ms']:.1f} | {r['ratio']:.2f} | {r['api_rss_mb']:.0f} "
        f"| {'yes' if r['same_bytes'] else 'no'} |"
        for r in rows
    ]
    return header + "\n".join(lines) + "\n"


def update_doc(summary: dict, markdown: str) -> None:
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    block = (
        f"{begin}\nMeasured {summary['when']} on {summary['machine']}; "
        f"{summary['events']:,} events, {summary['workers']} gunicorn workers for each server, "
        f"load generator {summary['tool']}, {summary['seconds']:g} s per list measurement. "
        f"Dataset load: {summary['load_seconds']:.1f} s.\n\n{markdown}{end}"
    )
    text = DOC.read_text() if DOC.exists() else f"# Benchmarks\n\n{begin}\n{end}\n"
    if begin not in text:
        text += f"\n{begin}\n{end}\n"
    head, rest = text.split(begin, 1)
    DOC.write_text(head + block + rest.split(end, 1)[1])


def main() -> int:
    events = int(os.environ.get("BENCH_EVENTS", DEFAULT_EVENTS))
    seconds = float(os.environ.get("BENCH_SECONDS", "10"))
    workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
    url = database_url()
    load_seconds = ensure_dataset(url, events)
    queries = standard_queries(url, events)
    only = os.environ.get("BENCH_ONLY")
    if only:
        queries = [q for q in queries if only in q.name]
    api, api_port = start_server("conflictdb.wsgi", url, workers)
    floor, floor_port = start_server("bench.floor:application", url, workers)
    rows, tool = [], "python"
    try:
        for query in queries:
            api_status, api_body = fetch(api_port, query.path)
            floor_status, floor_body = fetch(floor_port, query.path)
            same = api_status == floor_status == 200 and api_body == floor_body
            if not same:
                say(f"{query.name}: API {api_status} and floor {floor_status} answers differ")
            for clients in CLIENTS:
                api_result, api_rss = measure(query, clients, api, api_port, seconds)
                floor_result, _ = measure(query, clients, floor, floor_port, seconds)
                tool = api_result.tool if query.kind != "export" else tool
                row = {
                    "query": query.name,
                    "path": query.path,
                    "kind": query.kind,
                    "clients": clients,
                    "api": {**asdict(api_result), "rps": api_result.rps},
                    "floor": {**asdict(floor_result), "rps": floor_result.rps},
                    "ratio": api_result.rps / floor_result.rps if floor_result.rps else 0.0,
                    "api_rss_mb": api_rss / 2**20,
                    "same_bytes": same,
                    "bytes": len(api_body),
                }
                rows.append(row)
                say(
                    f"{query.name:28} c={clients}  API {api_result.rps:7.1f} rps "
                    f"p50 {api_result.p50_ms:7.1f} p99 {api_result.p99_ms:7.1f} | floor "
                    f"{floor_result.rps:7.1f} rps p50 {floor_result.p50_ms:7.1f} "
                    f"| ratio {row['ratio']:.2f} | RSS {row['api_rss_mb']:.0f} MB"
                    + ("" if not api_result.errors else f" | {api_result.errors} errors")
                )
    finally:
        for process in (api, floor):
            process.terminate()
            process.wait(timeout=30)
    markdown = table(rows)
    print("\n" + markdown)
    summary = {
        "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "events": events,
        "workers": workers,
        "seconds": seconds,
        "tool": tool,
        "load_seconds": load_seconds,
    }
    RESULTS.write_text(json.dumps({**summary, "results": rows}, indent=2) + "\n")
    documented = not only and events == DEFAULT_EVENTS
    if documented:
        update_doc(summary, markdown)
    say(f"Results in {RESULTS.relative_to(ROOT)}" + (f" and {DOC.name}" if documented else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

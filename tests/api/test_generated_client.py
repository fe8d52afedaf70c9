"""A Python client generated from the schema by openapi-python-client works against the server."""

import datetime as dt
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.factories import EventFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

PACKAGE = "conflictdb_client"


@pytest.fixture
def generated_client(tmp_path):
    schema = tmp_path / "schema.json"
    call_command("spectacular", "--format", "openapi-json", "--file", str(schema))
    json.loads(schema.read_text())  # valid JSON
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(schema),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / PACKAGE),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def test_generated_client_lists_and_filters_events(live_server, generated_client):
    EventFactory(city="Kyiv", country="UA", event_date=dt.date(2025, 4, 24), fatalities=12)
    EventFactory(city="Kharkiv", country="UA", event_date=dt.date(2025, 5, 2), fatalities=1)
    EventFactory(city="El Fasher", country="SD", event_date=dt.date(2025, 6, 1), fatalities=30)
    events_list = importlib.import_module(f"{PACKAGE}.api.events.events_list")
    events_stats = importlib.import_module(f"{PACKAGE}.api.events.events_stats_retrieve")
    client = generated_client.Client(base_url=live_server.url)

    page = events_list.sync(client=client, page_size=2)
    assert page.count == 3
    assert [e.city for e in page.results] == ["El Fasher", "Kharkiv"]
    assert page.next_ is not None

    kyiv = events_list.sync(client=client, city="Kiev", min_fatalities=5)
    assert [(e.city, e.fatalities, e.event_date) for e in kyiv.results] == [
        ("Kyiv", 12, dt.date(2025, 4, 24))
    ]
    in_may = events_list.sync(
        client=client, country="UA", date_from=dt.date(2025, 5, 1), date_to=dt.date(2025, 5, 31)
    )
    assert [e.city for e in in_may.results] == ["Kharkiv"]

    group_by = importlib.import_module(
        f"{PACKAGE}.models.events_stats_retrieve_group_by"
    ).EventsStatsRetrieveGroupBy
    stats = events_stats.sync(client=client, group_by=group_by.COUNTRY)
    assert [(r.key, r.events, r.fatalities) for r in stats.results] == [
        ("UA", 2, 13),
        ("SD", 1, 30),
    ]

    bad = events_list.sync_detailed(client=client, bbox="1,2,3")
    assert bad.status_code == 400
    assert "bbox" in json.loads(bad.content)["fields"]

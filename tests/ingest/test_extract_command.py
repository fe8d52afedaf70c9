"""`manage.py extract` is a dry run: it needs neither a database nor a broker."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS

EVENT_KEYS = {
    "event_date",
    "event_type",
    "sub_event_type",
    "country",
    "admin1",
    "city",
    "district",
    "latitude",
    "longitude",
    "fatalities",
    "injured",
    "children_killed",
    "children_injured",
    "weapons",
    "actors",
    "evidence",
}


def run_extract(*args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        # A database that does not exist and a broker that does not answer: neither may be touched.
        "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
        "CELERY_BROKER_URL": "redis://127.0.0.1:1/0",
    }
    return subprocess.run(
        [sys.executable, "manage.py", "extract", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_extract_prints_one_json_object_per_file_without_database(tmp_path):
    passage = tmp_path / "raid.json"
    passage.write_text(
        json.dumps(
            {
                "text": "Gunmen killed at least seven people in an attack on a village "
                "near Maiduguri, "
                "in Nigeria's Borno State, on Saturday, police said.",
                "published_at": "2025-03-02",
                "url": None,
                "title": "Village attack",
            }
        ),
        encoding="utf-8",
    )
    result = run_extract(str(SEEDS / "000_aef9e603fc43725e.json"), str(passage))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [
        str(SEEDS / "000_aef9e603fc43725e.json"),
        str(passage),
    ]
    for line in lines:
        assert set(line) >= {"source", "events", "statements", "actors"}
        for event in line["events"]:
            assert set(event) >= EVENT_KEYS
        for statement in line["statements"]:
            assert set(statement) >= {"speaker", "text", "start", "end"}
        for actor in line["actors"]:
            assert set(actor) >= {"name", "type", "aliases"}
    assert lines[0]["events"], "the seed reports an attack on Kyiv"


def test_extract_names_an_unreadable_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    result = run_extract(str(bad))
    assert result.returncode != 0
    assert "bad.json: expected a JSON object" in result.stderr
    assert "Traceback" not in result.stderr

"""Every devset file follows the format in tests/fixtures/devset/README.md."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ingest.evaluation import REPO_ROOT, WEAPON_VOCABULARY, load_devset, load_item
from ingest.pipeline.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

DEVSET = REPO_ROOT / "tests" / "fixtures" / "devset"
FILES = sorted(DEVSET.glob("*.json"))
EVENT_KEYS = {
    "event_date",
    "country",
    "admin1",
    "city",
    "districts",
    "event_type",
    "sub_event_type",
    "fatalities",
    "injured",
    "children_killed",
    "children_injured",
    "weapons",
    "perpetrator",
    "target",
}


def raw(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def text_of(path: Path) -> str:
    data = raw(path)
    if "text_file" in data:
        source: dict[str, Any] = json.loads((REPO_ROOT / data["text_file"]).read_text("utf-8"))
        return str(source["text"])
    return str(data["text"])


def test_devset_has_at_least_30_written_passages_and_both_seeds() -> None:
    written = [p for p in FILES if "text" in raw(p)]
    assert len(written) >= 30
    assert {"seed_000.json", "seed_001.json"} <= {p.name for p in FILES}
    assert len(load_devset(DEVSET)) == len(FILES)  # ids unique, every file loads


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_file_loads_and_id_matches_file_name(path: Path) -> None:
    item = load_item(path)
    assert item.id == path.stem


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_text_or_text_file(path: Path) -> None:
    data = raw(path)
    assert ("text" in data) != ("text_file" in data)
    if "text_file" in data:
        assert (REPO_ROOT / data["text_file"]).is_file()
        assert (
            data["published_at"]
            == json.loads((REPO_ROOT / data["text_file"]).read_text("utf-8"))["published_at"]
        )
    else:
        words = len(data["text"].split())
        assert 80 <= words <= 400, f"{words} words"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_events_use_exact_taxonomy_vocabulary_and_iso_values(path: Path) -> None:
    data = raw(path)
    if data["published_at"] is not None:
        date.fromisoformat(data["published_at"])
    for event in data["expected"]["events"]:
        assert set(event) == EVENT_KEYS
        assert event["event_type"] in EVENT_TYPES
        assert event["sub_event_type"] in SUB_EVENT_TYPES[event["event_type"]]
        assert set(event["weapons"]) <= set(WEAPON_VOCABULARY)
        assert len(event["weapons"]) == len(set(event["weapons"]))
        assert re.fullmatch(r"[A-Z]{2}", event["country"])
        if event["event_date"] is not None:
            assert date.fromisoformat(event["event_date"]).isoformat() == event["event_date"]
        for key in ("fatalities", "injured", "children_killed", "children_injured"):
            assert event[key] is None or (type(event[key]) is int and event[key] >= 0)
        if event["children_killed"] is not None and event["fatalities"] is not None:
            assert event["children_killed"] <= event["fatalities"]
        if event["children_injured"] is not None and event["injured"] is not None:
            assert event["children_injured"] <= event["injured"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_quotes_appear_verbatim_with_four_words_or_more(path: Path) -> None:
    text = text_of(path)
    for statement in raw(path)["expected"]["statements"]:
        assert statement["text"] in text
        assert len(statement["text"].split()) >= 4
        assert statement["speaker"].strip()


def test_readme_lists_the_weapon_vocabulary() -> None:
    readme = (DEVSET / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- weapons -->")[1].split("<!-- /weapons -->")[0]
    listed = re.findall(r"^- `([^`]+)`", block, flags=re.MULTILINE)
    assert tuple(listed) == WEAPON_VOCABULARY

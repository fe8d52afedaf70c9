"""Every held-out file follows the dev-set format (tests/fixtures/devset/README.md).

The held-out set (tests/fixtures/heldout/) is for measuring the extractor only, never for tuning
it. The checks are the dev set's own, imported from test_devset_wellformed.py; only the passage
length differs (120-500 words here, 80-400 in the dev set) and there are no seed articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.evaluation import REPO_ROOT, load_devset
from tests.ingest import test_devset_wellformed as devset

HELDOUT = REPO_ROOT / "tests" / "fixtures" / "heldout"
FILES = sorted(HELDOUT.glob("*.json"))


def test_heldout_has_24_written_passages_with_unique_ids() -> None:
    assert len(FILES) >= 24
    assert all("text" in devset.raw(p) for p in FILES)
    assert len(load_devset(HELDOUT)) == len(FILES)  # ids unique, every file loads


def test_heldout_readme_says_it_is_not_for_tuning() -> None:
    readme = (HELDOUT / "README.md").read_text(encoding="utf-8")
    assert "Do not tune on this set" in readme


def test_heldout_mixes_languages_and_no_event_passages() -> None:
    expected = [devset.raw(p)["expected"] for p in FILES]
    assert any(not e["supported"] and e["language"] != "en" for e in expected)
    assert sum(1 for e in expected if e["supported"] and not e["events"]) >= 2


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_file_loads_and_id_matches_file_name(path: Path) -> None:
    devset.test_file_loads_and_id_matches_file_name(path)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_text_inline_and_120_to_500_words(path: Path) -> None:
    data = devset.raw(path)
    assert "text" in data and "text_file" not in data
    words = len(data["text"].split())
    assert 120 <= words <= 500, f"{words} words"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_events_use_exact_taxonomy_vocabulary_and_iso_values(path: Path) -> None:
    devset.test_events_use_exact_taxonomy_vocabulary_and_iso_values(path)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_quotes_appear_verbatim_with_four_words_or_more(path: Path) -> None:
    devset.test_quotes_appear_verbatim_with_four_words_or_more(path)

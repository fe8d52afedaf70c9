"""Shared helpers for pipeline tests (plain pytest, no database)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.pipeline.extract import extract_article
from ingest.pipeline.types import ArticleInput, Extraction


def run(
    text: str, published: date | None = date(2025, 6, 12), title: str | None = None
) -> Extraction:
    return extract_article(ArticleInput(text=text, published_at=published, title=title))


@pytest.fixture
def extract():
    return run


def by_city(extraction: Extraction) -> dict[str | None, object]:
    return {e.city or e.admin1: e for e in extraction.events}

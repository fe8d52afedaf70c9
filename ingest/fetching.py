"""Fetching an article submitted by URL: its page, read into text and metadata."""

from __future__ import annotations

from django.conf import settings

from ingest.fetch import FetchKind, FetchRefused, fetch
from ingest.page import decode_html, read_page
from ingest.persist import FetchedArticle


def fetch_article_page(url: str) -> FetchedArticle:
    """The article at `url`. Raises FetchError (FetchRefused when the page has no article)."""
    fetched = fetch(url, FetchKind.PAGE)
    html = decode_html(fetched.content, fetched.charset).replace("\x00", "")
    page = read_page(html, fetched.url)
    text = page.text.replace("\x00", "")
    if not text.strip():
        raise FetchRefused("no article text could be found on the page")
    if len(text) > settings.MAX_ARTICLE_CHARS:
        raise FetchRefused(f"the page text is longer than {settings.MAX_ARTICLE_CHARS} characters")
    return FetchedArticle(
        text=text,
        html=html,
        canonical_url=page.canonical_url,
        title=page.title,
        published_at=page.published,
        source_name=page.site_name,
        language=page.language,
    )

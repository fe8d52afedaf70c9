"""Submitting an article: store it first, enqueue its extraction once the row is committed."""

from __future__ import annotations

import logging
from datetime import date, datetime

from django.conf import settings
from django.db import transaction

from events.published import published_at_problem
from ingest import persist
from ingest.pipeline.html import html_to_text
from ingest.urlnorm import normalise_url

logger = logging.getLogger(__name__)


class RejectedArticle(ValueError):
    """The submission cannot become an article; the message names the field at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def submit_article(
    *,
    text: str = "",
    html: str = "",
    url: str | None = None,
    title: str = "",
    published_at: datetime | date | None = None,
    source_name: str = "",
    language: str = "",
) -> persist.StoredArticle:
    """Store the article and enqueue its extraction; an article already stored is returned as is.

    With only a URL the article is stored at once and its page fetched by a task
    (`fetch_article`), which then hands it to extraction.
    """
    problem = published_at_problem(published_at)
    if problem:
        raise RejectedArticle("published_at", problem)
    if url:
        url = _normalised_url(url)
    if url and not text.strip() and not html.strip():
        stored = persist.store_article(
            text="",
            url=url,
            title=title,
            published_at=published_at,
            source_name=source_name,
            language=language,
        )
        if stored.created:
            enqueue_fetch(stored.article.pk)
        return stored
    if not text.strip() and html.strip():
        extracted = html_to_text(html)
        text, title = extracted.text, title or extracted.title
        if not text.strip():
            raise RejectedArticle("html", "no article text could be found in the HTML")
    if not text.strip():
        raise RejectedArticle("text", "the article text is empty")
    if "\x00" in text:
        raise RejectedArticle("text", "the text contains NUL characters")
    if len(text) > settings.MAX_ARTICLE_CHARS:
        raise RejectedArticle(
            "text", f"the text is longer than {settings.MAX_ARTICLE_CHARS} characters"
        )
    stored = persist.store_article(
        text=text,
        html=html,
        url=url,
        title=title,
        published_at=published_at,
        source_name=source_name,
        language=language,
    )
    if stored.created:
        enqueue_extraction(stored.article.pk)
    return stored


def enqueue_extraction(article_id: int) -> None:
    """Send the extraction task once the current transaction commits (never before)."""
    transaction.on_commit(lambda: send_extraction(article_id))


def send_extraction(article_id: int) -> bool:
    """Put `process_article` on the broker (see `_send`)."""
    from ingest.tasks import process_article

    return _send(process_article, article_id, "extraction")


def enqueue_fetch(article_id: int) -> None:
    """Send the page-fetching task once the current transaction commits."""
    transaction.on_commit(lambda: send_fetch(article_id))


def send_fetch(article_id: int) -> bool:
    """Put `fetch_article` on the broker (see `_send`)."""
    from ingest.tasks import fetch_article

    return _send(fetch_article, article_id, "fetching")


def _send(task, article_id: int, what: str) -> bool:
    """Send a task by article id. If the broker is down the article stays queued (it is already
    committed) and the sweeper (`manage.py requeue`, or Celery beat) sends it later."""
    try:
        task.delay(article_id)
    except Exception as exc:  # any broker or connection failure: the article must not be lost
        logger.warning(
            "could not enqueue %s of article %s (%s: %s); it stays queued for the sweeper",
            what,
            article_id,
            type(exc).__name__,
            exc,
        )
        return False
    return True


def _normalised_url(url: str) -> str:
    try:
        normalised = normalise_url(url)
    except ValueError:
        raise RejectedArticle("url", "only http and https URLs are accepted") from None
    if len(normalised) > 2000:
        raise RejectedArticle("url", "the URL is longer than 2000 characters")
    return normalised

"""Celery tasks: thin wrappers that load by id, run the pipeline and persist the result."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from ingest import persist
from ingest.pipeline.extract import extract_article
from ingest.pipeline.types import ArticleInput

logger = logging.getLogger(__name__)


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=6,
)
def process_article(article_id: int) -> str:
    """Extract events, statements and actors from one article and store them."""
    article = persist.claim_article(article_id)
    if article is None:
        return f"article {article_id}: nothing to do"
    try:
        extraction = extract_article(
            ArticleInput(
                text=article.text,
                published_at=article.published_at,
                url=article.url,
                title=article.title or None,
                language=article.language or None,
            )
        )
    except Exception as exc:  # a bug or bad input in the pipeline: record it, do not retry
        logger.exception("extraction of article %s failed", article_id)
        persist.mark_failed(article_id, f"extraction failed: {type(exc).__name__}: {exc}")
        return f"article {article_id}: failed"
    persist.save_extraction(article_id, extraction)
    return (
        f"article {article_id}: {len(extraction.events)} events, "
        f"{len(extraction.statements)} statements, {len(extraction.actors)} actors"
    )


@shared_task(ignore_result=True)
def requeue_stuck_articles() -> str:
    """Celery beat's sweeper: re-send articles stuck queued or processing past the timeout."""
    from ingest.sweeper import requeue_articles, stuck_article_ids

    ids = stuck_article_ids()
    sent = requeue_articles(ids) if ids else 0
    return f"{len(ids)} stuck article(s), {sent} re-sent"

"""Celery tasks: thin wrappers that load by id, run the pipeline and persist the result."""

from __future__ import annotations

import logging
import random

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from events.choices import ArticleStatus
from events.models import Article
from ingest import persist
from ingest.pipeline.extract import extract_article
from ingest.pipeline.types import ArticleInput

logger = logging.getLogger(__name__)

# Late acknowledgement (a killed worker's task is delivered again) and retries with backoff for
# transient database errors; each task is idempotent, so re-running is safe.
DATABASE_RETRIES = {
    "acks_late": True,
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 5,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 6,
}


# Enough for the extractor to load everything it loads lazily: model, place index, word lists.
WARM_UP_TEXT = (
    "Russian forces shelled Kharkiv overnight on Tuesday with drones and missiles, killing three "
    'civilians and injuring 11, the regional governor said. "We will rebuild," the mayor said.'
)


def load_extractor() -> None:
    """Load what the extractor loads at its first article (see conflictdb/celery.py)."""
    extract_article(ArticleInput(text=WARM_UP_TEXT, language="en"))


@shared_task(**DATABASE_RETRIES)
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
    except (OperationalError, InterfaceError):
        raise  # a dropped connection is retried (autoretry_for), never recorded as a failure
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


def _backoff(retries: int) -> int:
    """Seconds before retry number `retries` + 1: 30 s, 1, 2, 4 … minutes (capped), jittered."""
    return min(30 * 2**retries, 1800) + random.randint(0, 15)


@shared_task(bind=True, **DATABASE_RETRIES)
def fetch_article(self, article_id: int) -> str:
    """Fetch the page of an article submitted by URL, store its text, then extract it."""
    from ingest.fetch import FetchError
    from ingest.fetching import fetch_article_page
    from ingest.submit import enqueue_extraction

    article = (
        Article.objects.filter(pk=article_id, merged_into__isnull=True)
        .only("id", "url", "status", "text")
        .first()
    )
    if article is None or article.status != ArticleStatus.QUEUED:
        return f"article {article_id}: nothing to do"
    if article.text:  # fetched already (a re-sent message): extraction is next
        enqueue_extraction(article_id)
        return f"article {article_id}: already fetched"
    try:
        page = fetch_article_page(article.url or "")
    except FetchError as exc:
        if exc.transient and self.request.retries < settings.FETCH_RETRIES:
            raise self.retry(countdown=_backoff(self.request.retries), exc=exc) from None
        persist.mark_failed(article_id, f"fetch failed: {exc}")
        return f"article {article_id}: fetch failed"
    stored = persist.attach_fetched(article_id, page)
    if stored is None:
        return f"article {article_id}: a duplicate of an article already stored"
    enqueue_extraction(article_id)
    return f"article {article_id}: fetched, {len(page.text)} characters"


@shared_task(bind=True, acks_late=True)
def poll_source(self, source_id: int) -> str:
    """Poll one feed; transient failures are retried with backoff, all are recorded."""
    from ingest.polling import poll

    result = poll(source_id)
    if result.transient and self.request.retries < settings.FETCH_RETRIES:
        raise self.retry(countdown=_backoff(self.request.retries))
    return result.summary()


@shared_task(ignore_result=True)
def poll_due_sources() -> str:
    """Celery beat, every minute: claim the sources whose interval elapsed and poll each."""
    from ingest.sources import claim_due_sources

    claimed = claim_due_sources()
    for source_id in claimed:
        try:
            poll_source.delay(source_id)
        except Exception as exc:  # broker trouble: this source is polled at its next interval
            logger.warning("could not enqueue polling source %s: %s", source_id, exc)
    return f"{len(claimed)} source(s) due"

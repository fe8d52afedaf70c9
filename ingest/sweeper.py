"""Finding articles that fell through the cracks: queued but never sent, or stuck processing."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from events.choices import ArticleStatus
from events.models import Article
from ingest import persist
from ingest.submit import send_extraction, send_fetch


def stuck_article_ids(older_than_minutes: int | None = None) -> list[int]:
    """Articles queued or processing for longer than the timeout (broker lost them, worker died)."""
    minutes = (
        older_than_minutes if older_than_minutes is not None else settings.STUCK_ARTICLE_MINUTES
    )
    cutoff = timezone.now() - timedelta(minutes=minutes)
    stuck = Q(status__in=(ArticleStatus.QUEUED, ArticleStatus.PROCESSING), updated_at__lt=cutoff)
    return list(Article.objects.filter(stuck).order_by("id").values_list("id", flat=True))


def requeue_articles(article_ids: list[int]) -> int:
    """Mark the articles queued and send their tasks; returns how many were sent. Articles
    submitted by URL whose page was never fetched go to the fetcher first."""
    persist.requeue(article_ids)
    live = Article.objects.filter(pk__in=article_ids, merged_into__isnull=True)
    unfetched = set(live.filter(text="").values_list("id", flat=True))
    return sum(
        send_fetch(article_id) if article_id in unfetched else send_extraction(article_id)
        for article_id in live.order_by("id").values_list("id", flat=True)
    )

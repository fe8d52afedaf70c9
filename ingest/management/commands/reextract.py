"""manage.py reextract: re-run extraction on articles that an older extractor processed."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from events.choices import ArticleStatus
from events.models import Article
from ingest import persist
from ingest.pipeline.extract import EXTRACTOR_VERSION
from ingest.submit import enqueue_extraction
from ingest.tasks import process_article

RERUNNABLE = (ArticleStatus.DONE, ArticleStatus.UNSUPPORTED, ArticleStatus.FAILED)


class Command(BaseCommand):
    help = (
        f"Re-extract articles processed by an extractor other than the current one "
        f"({EXTRACTOR_VERSION}). Records are updated in place; curated values are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Re-extract every article.")
        parser.add_argument(
            "--sync", action="store_true", help="Run here instead of queueing for the worker."
        )
        parser.add_argument("--limit", type=int, default=None, help="At most this many articles.")

    def handle(self, *args, **options):
        articles = Article.objects.filter(status__in=RERUNNABLE)
        if not options["all"]:
            articles = articles.exclude(extractor_version=EXTRACTOR_VERSION)
        ids = list(articles.order_by("id").values_list("id", flat=True)[: options["limit"]])
        if not ids:
            self.stdout.write(f"nothing to re-extract: every article is at {EXTRACTOR_VERSION}")
            return
        for article_id in tqdm(
            ids, desc="Re-extracting", unit="article", file=sys.stderr, disable=None
        ):
            with transaction.atomic():
                persist.requeue([article_id])
                if not options["sync"]:
                    enqueue_extraction(article_id)
            if options["sync"]:
                process_article(article_id)
        verb = "re-extracted" if options["sync"] else "queued for re-extraction"
        self.stdout.write(f"{len(ids)} article(s) {verb} with extractor {EXTRACTOR_VERSION}")

"""manage.py requeue: send again the articles stuck queued or processing (or failed, on request)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from events.choices import ArticleStatus
from events.models import Article
from ingest.sweeper import requeue_articles, stuck_article_ids


class Command(BaseCommand):
    help = "Re-enqueue articles stuck queued or processing past a timeout, or failed ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes",
            type=int,
            default=None,
            help="Stuck means unchanged for this many minutes (default STUCK_ARTICLE_MINUTES).",
        )
        parser.add_argument("--failed", action="store_true", help="Also retry failed articles.")
        parser.add_argument("ids", nargs="*", type=int, help="Only these article ids.")

    def handle(self, *args, **options):
        if options["minutes"] is not None and options["minutes"] < 0:
            raise CommandError("--minutes must be 0 or more")
        ids = stuck_article_ids(options["minutes"])
        if options["failed"]:
            ids += list(
                Article.objects.filter(status=ArticleStatus.FAILED).values_list("id", flat=True)
            )
        if options["ids"]:
            ids = [i for i in ids if i in set(options["ids"])]
        sent = requeue_articles(sorted(set(ids)))
        self.stdout.write(f"{len(set(ids))} article(s) requeued, {sent} sent to the broker")
        if sent < len(set(ids)):
            raise CommandError("the broker did not accept every task; they stay queued")

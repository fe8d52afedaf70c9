"""manage.py ingest PATH...: submit article files and folders for extraction."""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from events.choices import ArticleStatus
from events.models import Article
from ingest.files import ArticleFileError, find_article_files, read_article_file
from ingest.submit import RejectedArticle, submit_article

FINISHED = (ArticleStatus.DONE, ArticleStatus.FAILED, ArticleStatus.UNSUPPORTED)


class Command(BaseCommand):
    help = "Ingest .txt, .json and .html article files, or folders of them, through Celery."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders to ingest.")
        parser.add_argument(
            "--wait",
            action="store_true",
            help="Wait until the worker has processed every submitted article.",
        )
        parser.add_argument(
            "--timeout", type=float, default=600, help="Seconds to wait with --wait."
        )

    def handle(self, *args, **options):
        try:
            files = list(find_article_files(options["paths"]))
        except ArticleFileError as exc:
            raise CommandError(str(exc)) from None
        if not files:
            raise CommandError(
                "no .txt, .json or .html files found in " + ", ".join(options["paths"])
            )
        submitted, duplicates, errors = [], 0, []
        for path in tqdm(files, desc="Submitting", unit="file", file=sys.stderr, disable=None):
            try:
                article = read_article_file(path)
                stored = submit_article(
                    text=article.text,
                    html=article.html,
                    url=article.url,
                    title=article.title,
                    published_at=article.published_at,
                    source_name=article.source,
                    language=article.language,
                )
            except (ArticleFileError, RejectedArticle) as exc:
                message = str(exc) if isinstance(exc, ArticleFileError) else f"{path}: {exc}"
                errors.append(message)
                self.stderr.write(self.style.ERROR(message))
                continue
            if stored.created:
                submitted.append(stored.article.pk)
            else:
                duplicates += 1
        self.stdout.write(
            f"{len(submitted)} submitted, {duplicates} already stored, {len(errors)} failed"
        )
        if options["wait"] and submitted:
            self._wait(submitted, options["timeout"])
        if errors:
            raise CommandError(f"{len(errors)} file(s) could not be ingested")

    def _wait(self, ids: list[int], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with tqdm(
            total=len(ids), desc="Extracting", unit="article", file=sys.stderr, disable=None
        ) as bar:
            done = 0
            while time.monotonic() < deadline:
                finished = Article.objects.filter(pk__in=ids, status__in=FINISHED).count()
                bar.update(finished - done)
                done = finished
                if finished == len(ids):
                    break
                time.sleep(0.5)
        counts = {
            s: Article.objects.filter(pk__in=ids, status=s).count() for s in ArticleStatus.values
        }
        self.stdout.write("extraction: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n))
        if done < len(ids):
            raise CommandError(f"timed out after {timeout:.0f}s: is a Celery worker running?")

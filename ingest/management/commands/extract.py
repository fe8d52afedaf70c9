"""manage.py extract FILE...: dry-run extraction, one JSON line per file; no database, no broker."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from ingest.files import ArticleFileError, find_article_files, read_article_file
from ingest.pipeline.extract import extract_article
from ingest.pipeline.html import html_to_text
from ingest.pipeline.types import ArticleInput


class Command(BaseCommand):
    help = (
        "Extract events, statements and actors from .txt or .json article files and print one JSON "
        "object per file. Touches no database and no broker."
    )
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", help="Article files (.txt, .json, .html) or folders."
        )
        parser.add_argument(
            "--indent", type=int, default=None, help="Pretty-print with this indent."
        )

    def handle(self, *args, **options):
        try:
            files = list(find_article_files(options["paths"]))
        except ArticleFileError as exc:
            raise CommandError(str(exc)) from None
        failures = 0
        for path in files:
            try:
                article = read_article_file(path)
            except ArticleFileError as exc:
                self.stderr.write(self.style.ERROR(str(exc)))
                failures += 1
                continue
            text, title = article.text, article.title
            if not text and article.html:
                converted = html_to_text(article.html)
                text, title = converted.text, title or converted.title
            extraction = extract_article(
                ArticleInput(
                    text=text,
                    published_at=article.published_at,
                    url=article.url,
                    title=title or None,
                    language=article.language or None,
                )
            )
            line = {"source": str(path), **extraction.to_dict()}
            self.stdout.write(json.dumps(line, ensure_ascii=False, indent=options["indent"]))
        if failures:
            raise CommandError(f"{failures} file(s) could not be read")

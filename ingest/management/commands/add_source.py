"""manage.py add_source: register a news feed to poll."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from ingest.sources import SourceExists, add_source


class Command(BaseCommand):
    help = "Register an RSS or Atom feed; Celery beat polls it every --interval minutes."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The outlet, e.g. 'Kyiv Independent'.")
        parser.add_argument("feed_url", help="The feed's http(s) URL.")
        parser.add_argument(
            "--interval", type=int, default=30, help="Minutes between polls (default 30)."
        )
        parser.add_argument(
            "--inactive", action="store_true", help="Register it without polling it yet."
        )

    def handle(self, *args, **options):
        if options["interval"] < 1:
            raise CommandError("--interval must be at least 1 minute")
        try:
            source = add_source(
                options["name"],
                options["feed_url"],
                interval_minutes=options["interval"],
                active=not options["inactive"],
            )
        except (SourceExists, ValueError) as exc:
            raise CommandError(str(exc)) from None
        state = "active" if source.active else "inactive"
        self.stdout.write(
            f"source {source.pk} {source.name}: {source.feed_url}, every "
            f"{source.poll_interval_minutes} min, {state}"
        )

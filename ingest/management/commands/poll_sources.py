"""manage.py poll_sources: one polling round by hand, with a summary line per source."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from events.choices import SourcePollStatus
from events.models import Source
from ingest.polling import poll
from ingest.sources import claim_due_sources, mark_poll_started


class Command(BaseCommand):
    help = (
        "Poll feed sources now: the due active ones by default, every active one with --all, "
        "or those given with --source (even inactive). New entries are sent to be fetched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--source", type=int, action="append", default=[], help="A source id (repeatable)."
        )
        parser.add_argument("--all", action="store_true", help="Every active source, due or not.")

    def handle(self, *args, **options):
        if options["source"]:
            ids = list(Source.objects.filter(pk__in=options["source"]).values_list("id", flat=True))
            missing = set(options["source"]) - set(ids)
            if missing:
                raise CommandError(f"no source with id {', '.join(map(str, sorted(missing)))}")
        elif options["all"]:
            ids = list(Source.objects.filter(active=True).values_list("id", flat=True))
        else:
            ids = claim_due_sources()
            if not ids:
                self.stdout.write("no source is due (--all polls every active source)")
        errors = 0
        for source_id in sorted(ids):
            if options["source"] or options["all"]:
                mark_poll_started(source_id)
            result = poll(source_id)
            errors += result.status == SourcePollStatus.ERROR
            self.stdout.write(result.summary())
        if errors:
            raise CommandError(f"{errors} of {len(ids)} source(s) failed")

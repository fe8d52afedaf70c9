"""Schemathesis against the live server: every operation, no 5xx, responses match the schema."""

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rest_framework.authtoken.models import Token

from tests.factories import ActorFactory, EventActorFactory, EventFactory, EventReportFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
    ]
)


@pytest.fixture
def some_records():
    russia = ActorFactory(name="Russia", kind="state", aliases=["Moscow"])
    for day in (1, 2, 5):
        event = EventFactory(city="Kyiv", event_date=dt.date(2025, 4, day))
        EventActorFactory(event=event, actor=russia)
        EventReportFactory(event=event)
    EventFactory(city="Nowhere", latitude=None, longitude=None, event_date=None, fatalities=None)


def test_no_operation_errors_or_breaks_its_schema(
    live_server, some_records, tmp_path, django_user_model, monkeypatch
):
    # Submissions are exercised with a token; their extraction is not (it would load the
    # language model in the server thread).
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda article_id: None)
    user = django_user_model.objects.create_user("fuzzer")
    token = Token.objects.create(user=user)
    st = Path(sys.executable).with_name("st")
    command = [
        str(st if st.exists() else shutil.which("st")),
        "run",
        f"{live_server.url}/api/schema/",
        "--checks",
        CHECKS,
        "--max-examples",
        "15",
        "--phases",
        "examples,coverage,fuzzing",
        "--seed",
        "5",
        "--workers",
        "2",
        "--request-timeout",
        "20",
        "--generation-deterministic",
        "--header",
        f"Authorization: Token {token.key}",
    ]
    result = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=240, check=False
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

pytestmark = pytest.mark.django_db


def issue(*args: str) -> str:
    out = StringIO()
    call_command("issue_token", *args, stdout=out)
    return out.getvalue().strip()


def test_creates_the_user_and_prints_a_token_that_writes(
    api_client, django_user_model, monkeypatch
):
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)
    key = issue("dashboard", "--create-user")
    user = django_user_model.objects.get(username="dashboard")
    assert not user.has_usable_password()
    assert Token.objects.get(user=user).key == key and len(key) == 40
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    response = api_client.post("/api/articles/", {"text": "Gunmen attacked a village."})
    assert response.status_code == 202


def test_same_token_again_unless_rotated(django_user_model):
    first = issue("analyst", "--create-user")
    assert issue("analyst") == first
    rotated = issue("analyst", "--rotate")
    assert rotated != first
    assert Token.objects.filter(user__username="analyst").count() == 1


def test_unknown_user_without_create_user_fails():
    with pytest.raises(CommandError, match="--create-user"):
        issue("nobody")

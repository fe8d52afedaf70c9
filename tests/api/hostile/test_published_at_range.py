"""published_at must lie from 1900-01-01 to one day after now, for the API and for files."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import Article
from ingest.files import ArticleFileError, read_article_file
from tests.api.hostile.conftest import ARTICLE, assert_rejected

pytestmark = pytest.mark.django_db


def days_from_now(days: float) -> str:
    return (timezone.now() + timedelta(days=days)).isoformat()


IMPLAUSIBLE = [
    "0025-01-01",
    "0001-01-01T00:00:00Z",
    "1899-12-31T23:59:59Z",
    "2099-01-01",
    "9999-12-31T23:59:59Z",
]
PLAUSIBLE = ["1900-01-01", "1945-05-08T12:00:00+02:00", "2025-03-02"]


@pytest.mark.parametrize("value", IMPLAUSIBLE)
def test_implausible_dates_are_400_naming_published_at(submit, value):
    body = assert_rejected(submit(json.dumps({"text": ARTICLE, "published_at": value})), 400)
    assert "published_at" in body["fields"]
    assert "1900-01-01" in body["fields"]["published_at"][0]


@pytest.mark.parametrize(
    "value", ["2025-13-01", "2025-02-30", "25-01-01", "yesterday", "", "2025-01-01T25:00:00Z"]
)
def test_malformed_dates_are_400_naming_published_at(submit, value):
    assert_rejected(
        submit(json.dumps({"text": ARTICLE, "published_at": value})), 400, "published_at"
    )


@pytest.mark.parametrize("value", PLAUSIBLE)
def test_plausible_dates_are_accepted(submit, value):
    assert submit(json.dumps({"text": ARTICLE, "published_at": value})).status_code == 202


def test_up_to_one_day_ahead_is_accepted_for_time_zones(submit):
    response = submit(json.dumps({"text": ARTICLE, "published_at": days_from_now(0.9)}))
    assert response.status_code == 202
    response = submit(json.dumps({"text": ARTICLE + " Later.", "published_at": days_from_now(2)}))
    assert response.status_code == 400 and "published_at" in response.json()["fields"]
    assert Article.objects.count() == 1


@pytest.mark.parametrize("value", [*IMPLAUSIBLE, days_from_now(2)])
def test_files_use_the_same_range(tmp_path, value):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": ARTICLE, "published_at": value}), encoding="utf-8")
    with pytest.raises(ArticleFileError, match=r"published_at.*1900-01-01"):
        read_article_file(path)


@pytest.mark.parametrize("value", PLAUSIBLE)
def test_files_accept_the_same_plausible_dates(tmp_path, value):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": ARTICLE, "published_at": value}), encoding="utf-8")
    assert read_article_file(path).published_at is not None

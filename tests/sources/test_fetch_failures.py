"""Pages that cannot be fetched or read leave their article failed, with the reason."""

from __future__ import annotations

import pytest

from events.choices import ArticleStatus
from events.models import Article
from tests.sources.conftest import Route

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _submit_and_fetch(client, url, capture) -> Article:
    with capture(execute=True):
        response = client.post("/api/articles/", {"url": url}, format="json")
    return Article.objects.get(pk=response.json()["id"])


@pytest.mark.parametrize(
    "route, reason",
    [
        (Route(body=PNG, content_type="image/png"), "not an HTML page (Content-Type image/png)"),
        (Route(status=404, body=b"gone"), "HTTP 404"),
        (Route(status=503, body=b"busy"), "HTTP 503"),
        (Route(body=b"<html><body></body></html>"), "no article text"),
        (Route(body=b"x", delay=4), "timed out"),
    ],
    ids=["png", "not-found", "server-error", "empty-page", "slow"],
)
def test_unusable_page_fails_its_article_with_the_reason(
    token_client, web, django_capture_on_commit_callbacks, route, reason
):
    web.routes["/page"] = route
    article = _submit_and_fetch(token_client, web.url("/page"), django_capture_on_commit_callbacks)
    assert article.status == ArticleStatus.FAILED
    assert article.error.startswith("fetch failed:")
    assert reason in article.error


def test_huge_body_is_cut_off_at_the_size_cap(
    token_client, web, settings, django_capture_on_commit_callbacks
):
    settings.FETCH_MAX_BYTES = 100_000
    web.routes["/huge"] = Route(stream_bytes=50_000_000)  # chunked: no Content-Length to trust
    web.routes["/declared"] = Route(body=b"<p>" + b"x" * 200_000 + b"</p>")
    huge = _submit_and_fetch(token_client, web.url("/huge"), django_capture_on_commit_callbacks)
    declared = _submit_and_fetch(
        token_client, web.url("/declared"), django_capture_on_commit_callbacks
    )
    assert huge.status == declared.status == ArticleStatus.FAILED
    assert "larger than 100000 bytes; download stopped" in huge.error
    assert "Content-Length 200007" in declared.error


def test_transient_errors_are_retried(
    token_client, web, settings, django_capture_on_commit_callbacks
):
    settings.FETCH_RETRIES = 2
    answers = iter([Route(status=503), Route(status=502)])
    page = web.fixture("maiduguri_attack.html")
    web.routes["/flaky"] = Route(body=page, handler=lambda request: next(answers, None))
    article = _submit_and_fetch(token_client, web.url("/flaky"), django_capture_on_commit_callbacks)
    assert len(web.hits("/flaky")) == 3
    assert article.status == ArticleStatus.DONE, article.error


def test_permanent_errors_are_not_retried(
    token_client, web, settings, django_capture_on_commit_callbacks
):
    settings.FETCH_RETRIES = 3
    web.routes["/png"] = Route(body=PNG, content_type="image/png")
    _submit_and_fetch(token_client, web.url("/png"), django_capture_on_commit_callbacks)
    assert len(web.hits("/png")) == 1


def test_failed_fetch_is_retried_from_the_admin_action_path(
    token_client, web, django_capture_on_commit_callbacks
):
    from ingest.sweeper import requeue_articles

    web.routes["/later"] = Route(status=404)
    article = _submit_and_fetch(token_client, web.url("/later"), django_capture_on_commit_callbacks)
    assert article.status == ArticleStatus.FAILED
    web.page("/later", "maiduguri_attack.html")
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_articles([article.pk]) == 1
    article.refresh_from_db()
    assert article.status == ArticleStatus.DONE, article.error

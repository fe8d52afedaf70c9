"""POST /api/articles/ with just a URL: stored at once, then fetched, read and extracted."""

from __future__ import annotations

from datetime import date

from events.choices import ArticleStatus
from events.models import Article
from events.text import content_hash, url_hash


def test_url_only_article_is_stored_before_its_page_is_fetched(
    token_client, web, django_capture_on_commit_callbacks
):
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    url = web.url("/news/maiduguri-attack?utm_source=twitter")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = token_client.post("/api/articles/", {"url": url}, format="json")
    assert response.status_code == 202, response.json()
    article = Article.objects.get()
    assert article.status == ArticleStatus.QUEUED
    assert article.text == ""
    assert article.url == web.url("/news/maiduguri-attack")
    assert article.content_hash == url_hash(article.url)
    assert len(callbacks) == 1  # the fetch is sent only once the row is committed
    assert web.requests == []


def test_fetched_page_gives_text_and_metadata_then_extraction_runs(
    token_client, web, django_capture_on_commit_callbacks
):
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    with django_capture_on_commit_callbacks(execute=True):
        response = token_client.post(
            "/api/articles/", {"url": web.url("/news/maiduguri-attack")}, format="json"
        )
    article = Article.objects.get(pk=response.json()["id"])
    assert article.status == ArticleStatus.DONE, article.error
    assert "Gunmen killed at least seven people" in article.text
    assert "motorcycles" in article.text
    assert article.content_hash == content_hash(article.text)
    assert article.title == "Gunmen kill seven near Maiduguri"
    assert article.source_name == "Example Wire"
    assert article.published_at.date() == date(2025, 3, 2)
    assert article.language == "en"
    assert article.reports.exists()
    assert "ConflictDB/" in web.hits("/news/maiduguri-attack")[0]["user-agent"]


def test_the_same_url_with_tracking_parameters_is_the_same_article(
    token_client, web, django_capture_on_commit_callbacks
):
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    with django_capture_on_commit_callbacks(execute=True):
        first = token_client.post(
            "/api/articles/", {"url": web.url("/news/maiduguri-attack/")}, format="json"
        )
        second = token_client.post(
            "/api/articles/",
            {"url": web.url("/news/maiduguri-attack?utm_campaign=x&fbclid=1")},
            format="json",
        )
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert Article.objects.count() == 1
    assert len(web.hits("/news/maiduguri-attack")) == 1


def test_a_url_that_is_not_http_is_refused(token_client):
    response = token_client.post("/api/articles/", {"url": "ftp://news.example/a"}, format="json")
    assert response.status_code == 400
    assert "url" in response.json()["fields"]
    assert not Article.objects.exists()

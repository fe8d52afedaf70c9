"""The same article reached by two URLs (AMP, canonical link, same text) is one article."""

from __future__ import annotations

from events.choices import ArticleStatus
from events.models import Article


def _submit(client, url):
    return client.post("/api/articles/", {"url": url}, format="json")


def test_amp_page_and_canonical_page_are_one_article(
    token_client, web, django_capture_on_commit_callbacks
):
    web.page("/news/kyiv-strike", "kyiv_strike.html")
    web.page("/news/kyiv-strike/amp", "kyiv_strike_amp.html")
    with django_capture_on_commit_callbacks(execute=True):
        canonical = _submit(token_client, web.url("/news/kyiv-strike?utm_source=rss"))
        amp = _submit(token_client, web.url("/news/kyiv-strike/amp"))
    survivor = Article.objects.get(pk=canonical.json()["id"])
    pointer = Article.objects.get(pk=amp.json()["id"])
    assert survivor.status == ArticleStatus.DONE, survivor.error
    assert pointer.merged_into == survivor
    assert pointer.status == ArticleStatus.DUPLICATE
    assert pointer.text == ""
    listed = token_client.get("/api/articles/").json()["results"]
    assert [a["id"] for a in listed] == [survivor.pk]


def test_amp_page_submitted_first_is_filed_under_its_canonical_url(
    token_client, web, django_capture_on_commit_callbacks
):
    web.page("/news/kyiv-strike", "kyiv_strike.html")
    web.page("/news/kyiv-strike/amp", "kyiv_strike_amp.html")
    with django_capture_on_commit_callbacks(execute=True):
        amp = _submit(token_client, web.url("/news/kyiv-strike/amp"))
    with django_capture_on_commit_callbacks(execute=True):
        canonical = _submit(token_client, web.url("/news/kyiv-strike"))
    article = Article.objects.get(pk=amp.json()["id"])
    assert article.url == web.url("/news/kyiv-strike")
    assert canonical.status_code == 200
    assert canonical.json()["id"] == article.pk
    assert Article.objects.count() == 1
    assert web.hits("/news/kyiv-strike") == []  # known by its canonical URL: never fetched


def test_same_text_at_two_urls_is_one_article(
    token_client, web, django_capture_on_commit_callbacks
):
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    web.page("/print/maiduguri-attack", "maiduguri_attack.html")
    with django_capture_on_commit_callbacks(execute=True):
        first = _submit(token_client, web.url("/news/maiduguri-attack"))
        second = _submit(token_client, web.url("/print/maiduguri-attack"))
    assert first.json()["id"] != second.json()["id"]  # not known to be one until fetched
    assert Article.objects.filter(merged_into__isnull=True).count() == 1
    pointer = Article.objects.get(pk=second.json()["id"])
    assert pointer.merged_into_id == first.json()["id"]
    # The duplicate's status URL sends the client to the article.
    response = token_client.get(f"/api/articles/{pointer.pk}/")
    assert response.status_code == 301
    assert response["Location"].endswith(f"/api/articles/{first.json()['id']}/")
    # Submitting the duplicate's URL again answers with the article.
    again = _submit(token_client, web.url("/print/maiduguri-attack"))
    assert again.json()["id"] == first.json()["id"]


def test_text_submitted_earlier_absorbs_the_url_only_article(
    token_client, web, django_capture_on_commit_callbacks
):
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    with django_capture_on_commit_callbacks(execute=True):
        by_url = _submit(token_client, web.url("/news/maiduguri-attack"))
    text = Article.objects.get(pk=by_url.json()["id"]).text
    Article.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        by_text = token_client.post("/api/articles/", {"text": text}, format="json")
        by_url = _submit(token_client, web.url("/news/maiduguri-attack"))
    assert Article.objects.filter(merged_into__isnull=True).count() == 1
    assert Article.objects.get(pk=by_url.json()["id"]).merged_into_id == by_text.json()["id"]

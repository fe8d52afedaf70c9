"""No fetch reaches a private, loopback or link-local address unless the setting allows it."""

from __future__ import annotations

import pytest

import ingest.fetch
from events.choices import ArticleStatus
from events.models import Article
from ingest.fetch import FetchKind, FetchRefused, fetch, forbidden_address


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "ff02::1",
    ],
)
def test_non_public_addresses_are_forbidden(address):
    assert forbidden_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses_are_allowed(address):
    assert not forbidden_address(address)


def test_a_host_resolving_to_loopback_is_refused(
    token_client, web, settings, django_capture_on_commit_callbacks
):
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    with django_capture_on_commit_callbacks(execute=True):
        response = token_client.post(
            "/api/articles/",
            {"url": f"http://localhost:{web.port}/news/maiduguri-attack"},
            format="json",
        )
    article = Article.objects.get(pk=response.json()["id"])
    assert article.status == ArticleStatus.FAILED
    assert "non-public address" in article.error
    assert web.requests == []


def test_a_redirect_to_a_private_address_is_refused(web, settings, monkeypatch):
    # The test server itself stands for a public host; the redirect's target is checked anew.
    real = ingest.fetch.forbidden_address
    monkeypatch.setattr(ingest.fetch, "forbidden_address", lambda a: a != "127.0.0.1" and real(a))
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    web.redirect("/go", f"http://127.0.0.2:{web.port}/news/maiduguri-attack", status=302)
    assert fetch(web.url("/news/maiduguri-attack"), FetchKind.PAGE).status == 200
    with pytest.raises(FetchRefused, match="non-public address"):
        fetch(web.url("/go"), FetchKind.PAGE)
    assert len(web.hits("/go")) == 1
    assert len(web.hits("/news/maiduguri-attack")) == 1


def test_a_redirect_to_another_scheme_is_refused(web):
    web.redirect("/go", "file:///etc/passwd")
    with pytest.raises(FetchRefused, match="not an http"):
        fetch(web.url("/go"), FetchKind.PAGE)


def test_redirects_are_followed_up_to_the_limit(web, settings):
    web.page("/news/maiduguri-attack", "maiduguri_attack.html")
    web.redirect("/a", "/b")
    web.redirect("/b", web.url("/news/maiduguri-attack"))
    fetched = fetch(web.url("/a"), FetchKind.PAGE)
    assert fetched.url == web.url("/news/maiduguri-attack")
    settings.FETCH_MAX_REDIRECTS = 1
    with pytest.raises(FetchRefused, match="more than 1 redirects"):
        fetch(web.url("/a"), FetchKind.PAGE)

"""HTML with script, iframe and event handlers is stored inert and rendered escaped."""

import json

import pytest
from django.urls import reverse

from events.models import Article

pytestmark = pytest.mark.django_db

HOSTILE_HTML = (
    '<html><head><title>Raid</title><script>document.location="https://evil.example"</script>'
    '</head><body onload="steal()"><article>'
    '<p onclick="steal()">Gunmen <b>abducted</b> twelve students from a school in Kaduna State '
    "on Friday, police said.</p>"
    '<iframe src="javascript:alert(1)"></iframe><img src=x onerror="alert(2)">'
    '<svg onload="alert(3)"></svg><script>fetch("/admin/")</script>'
    '<a href="javascript:alert(4)">Read more</a><style>body{display:none}</style>'
    "</article></body></html>"
)
MARKUP = ("<", ">", "script", "iframe", "onerror", "onload", "onclick", "javascript:", "alert(")

HOSTILE_TEXT = (
    "<script>alert(1)</script><iframe src=javascript:alert(2)></iframe>"
    '<img src=x onerror="alert(3)"> Gunmen killed five people in Kaduna on Friday, police said.'
)


def test_html_is_stored_as_text_without_markup(submit):
    response = submit(json.dumps({"html": HOSTILE_HTML}))
    assert response.status_code == 202, response.content
    article = Article.objects.get()
    assert "abducted twelve students" in article.text
    for token in MARKUP:
        assert token not in article.text, token
    assert "steal" not in article.text and "evil.example" not in article.text


def test_markup_given_as_text_is_kept_as_plain_text_and_served_as_json(submit, api_client):
    response = submit(json.dumps({"text": HOSTILE_TEXT, "title": "<b onmouseover=x()>t</b>"}))
    assert response.status_code == 202
    article = Article.objects.get()
    assert article.text == HOSTILE_TEXT  # text is text: never interpreted, never altered
    detail = api_client.get(f"/api/articles/{article.pk}/")
    assert detail["Content-Type"] == "application/json"
    assert detail.json()["text"] == HOSTILE_TEXT


@pytest.mark.parametrize("as_field", ["html", "text"])
def test_admin_article_page_renders_it_escaped(submit, admin_client, as_field):
    payload = {as_field: HOSTILE_HTML if as_field == "html" else HOSTILE_TEXT}
    payload["title"] = '<img src=x onerror="alert(9)">'
    assert submit(json.dumps(payload)).status_code == 202
    article = Article.objects.get()
    for url in (
        reverse("admin:events_article_change", args=[article.pk]),
        reverse("admin:events_article_changelist"),
    ):
        page = admin_client.get(url).content.decode()
        for raw in ("<script>alert", "<iframe", 'onerror="alert', "<img src=x"):
            assert raw not in page, (url, raw)
    page = admin_client.get(reverse("admin:events_article_change", args=[article.pk]))
    assert "&lt;img src=x onerror=" in page.content.decode()
    if as_field == "text":
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.content.decode()

"""Form-encoded and multipart bodies are read like JSON, with the same validation."""

from urllib.parse import urlencode

import pytest

from events.models import Article
from tests.api.hostile.conftest import ARTICLE, assert_rejected

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"


def test_form_encoded_article_is_accepted(submit):
    body = urlencode({"text": ARTICLE, "published_at": "2025-03-02", "source": "Example Wire"})
    response = submit(body, content_type=FORM)
    assert response.status_code == 202, response.content
    article = Article.objects.get()
    assert article.text == ARTICLE and article.source_name == "Example Wire"
    assert article.published_at.isoformat() == "2025-03-02T00:00:00+00:00"


def test_multipart_article_is_accepted(writer_client, monkeypatch):
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)
    response = writer_client.post(
        "/api/articles/", {"text": ARTICLE, "title": "Raid"}, format="multipart"
    )
    assert response.status_code == 202, response.content
    assert Article.objects.get().title == "Raid"


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"text": "  "}, "text"),
        ({"text": ARTICLE, "published_at": "0025-01-01"}, "published_at"),
        ({"text": ARTICLE, "url": "ftp://x"}, "url"),
        ({"text": ARTICLE, "source": "s" * 500}, "source"),
        ({"title": "only a title"}, "text"),
    ],
)
def test_bad_form_fields_are_400_naming_the_field(submit, fields, field):
    assert_rejected(submit(urlencode(fields), content_type=FORM), 400, field)


def test_malformed_form_body_is_400_not_500(submit):
    assert_rejected(submit(b"%%%&&&==\xff\xfe", content_type=FORM), 400)


def test_article_text_as_an_uploaded_file_is_400_naming_text(writer_client, monkeypatch):
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)
    boundary = "BoUnDaRy"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="text"; filename="a.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\n{ARTICLE}\r\n--{boundary}--\r\n"
    ).encode()
    response = writer_client.generic(
        "POST", "/api/articles/", body, content_type=f"multipart/form-data; boundary={boundary}"
    )
    assert_rejected(response, 400, "text")


def test_multipart_without_a_boundary_is_400(submit):
    assert_rejected(submit(b"--x\r\n", content_type="multipart/form-data"), 400)

"""Bodies over the configured limit (MAX_REQUEST_BYTES) are 413 with a JSON error."""

import json

import pytest
from django.core.exceptions import RequestDataTooBig
from django.test import RequestFactory

from conflictdb.middleware import RequestSizeLimitMiddleware
from tests.api.hostile.conftest import ARTICLE, assert_rejected

pytestmark = pytest.mark.django_db

TWENTY_MB = 20 * 1024 * 1024


def test_twenty_megabyte_json_body_is_413(submit, settings):
    body = json.dumps({"text": "a" * TWENTY_MB}).encode()
    error = assert_rejected(submit(body), 413)
    assert error["code"] == "request_too_large"
    assert error["limit"] == settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def test_twenty_megabyte_file_upload_is_413(writer_client, monkeypatch):
    # Django's own limit does not count uploaded files; ours counts the whole body.
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)
    boundary = "BoUnDaRy"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="text"; filename="a.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\n".encode()
        + b"a" * TWENTY_MB
        + f"\r\n--{boundary}--\r\n".encode()
    )
    response = writer_client.generic(
        "POST", "/api/articles/", body, content_type=f"multipart/form-data; boundary={boundary}"
    )
    assert_rejected(response, 413)


def test_the_limit_is_the_setting(submit, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2048
    assert submit(json.dumps({"text": ARTICLE})).status_code == 202
    assert submit(json.dumps({"text": ARTICLE + " x" * 2000})).status_code == 413


def test_the_limit_applies_before_authentication(api_client):
    response = api_client.generic(
        "POST", "/api/articles/", b"x" * TWENTY_MB, content_type="application/json"
    )
    assert_rejected(response, 413)


def test_text_longer_than_max_article_chars_is_400_naming_text(submit, settings):
    settings.MAX_ARTICLE_CHARS = 1000
    assert_rejected(submit(json.dumps({"text": "word " * 300})), 400, "text")


def test_a_body_found_too_big_while_read_is_413():
    # A body whose size is only discovered while reading it (no Content-Length) also gets JSON.
    middleware = RequestSizeLimitMiddleware(lambda request: None)
    request = RequestFactory().post("/api/articles/")
    response = middleware.process_exception(request, RequestDataTooBig("too big"))
    assert response.status_code == 413
    assert json.loads(response.content)["code"] == "request_too_large"

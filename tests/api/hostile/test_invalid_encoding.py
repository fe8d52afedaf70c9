"""Bodies that are not UTF-8 JSON: 400 (or 415 for a media type we do not read), in JSON."""

import json

import pytest

from tests.api.hostile.conftest import ARTICLE, assert_rejected

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "body",
    [
        b'{"text": "caf\xe9 shelling"}',  # Latin-1, not UTF-8
        b'{"text": "\xff\xfe broken"}',
        b'{"text": "\xc0\xaf overlong"}',  # an overlong encoding of "/"
        b'{"text": "\xed\xa0\x80 surrogate bytes"}',  # a UTF-8-encoded surrogate
        b'{"text": "truncated \xe2\x82"}',
        json.dumps({"text": ARTICLE}).encode("utf-16"),
    ],
)
def test_invalid_utf8_is_a_parse_error(submit, body):
    error = assert_rejected(submit(body), 400)
    assert error["code"] == "parse_error"


@pytest.mark.parametrize(
    "escaped, field",
    [
        ('{"text": "lone \\ud800 surrogate"}', "text"),
        ('{"title": "\\udfff", "text": "Shelling hit Kharkiv on Monday."}', "title"),
        ('{"text": "NUL \\u0000 inside"}', "text"),
    ],
)
def test_escaped_surrogates_and_nuls_are_400_naming_the_field(submit, escaped, field):
    assert_rejected(submit(escaped.encode()), 400, field)


@pytest.mark.parametrize(
    "body",
    [
        bytes(range(256)) * 64,
        b"\x00" * 1024,
        b"\x89PNG\r\n\x1a\n" + bytes(512),
        b"\x1f\x8b\x08\x00" + bytes(256),  # gzip magic
    ],
)
def test_binary_body_with_a_json_content_type_is_a_parse_error(submit, body):
    error = assert_rejected(submit(body), 400)
    assert error["code"] == "parse_error"


@pytest.mark.parametrize(
    "content_type", ["application/octet-stream", "text/plain", "application/xml", "image/png"]
)
def test_other_media_types_are_415(submit, content_type):
    error = assert_rejected(submit(bytes(range(256)), content_type=content_type), 415)
    assert error["code"] == "unsupported_media_type"

"""Empty and white-space-only articles: 400 naming the field, nothing stored."""

import json

import pytest

from tests.api.hostile.conftest import assert_rejected

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"text": ""}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "\n\t\r\n"}, "text"),
        ({"text": "\u00a0\u2003\u3000"}, "text"),  # no-break, em and ideographic spaces
        ({"html": ""}, "text"),
        ({"html": " \n "}, "text"),
        ({"text": "", "html": ""}, "text"),
        ({"title": "A title and nothing else"}, "text"),
        ({"html": "<html><body>   </body></html>"}, "html"),
        ({"html": "<p>\u00a0</p><div> </div>"}, "html"),
    ],
)
def test_empty_article_is_400_naming_the_field(submit, payload, field):
    assert_rejected(submit(json.dumps(payload)), 400, field)


def test_empty_body_is_400(submit):
    assert_rejected(submit(b""), 400)


def test_empty_object_is_400_naming_text(submit):
    assert_rejected(submit(b"{}"), 400, "text")

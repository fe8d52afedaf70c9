"""JSON of the wrong type for every field, and bodies that are not objects: 400, never coerced."""

import json

import pytest

from tests.api.hostile.conftest import ARTICLE, assert_rejected

pytestmark = pytest.mark.django_db

FIELDS = ["text", "html", "url", "title", "published_at", "source", "language"]
WRONG = [5, 2.5, -1, 10**30, True, False, [], ["a"], {}, {"a": "b"}]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("value", WRONG, ids=repr)
def test_wrong_type_is_400_naming_the_field(submit, field, value):
    payload = {"text": ARTICLE, field: value}
    assert_rejected(submit(json.dumps(payload)), 400, field)


@pytest.mark.parametrize("field", ["text", "html", "title", "source", "language"])
def test_null_string_field_is_400_naming_it(submit, field):
    assert_rejected(submit(json.dumps({"text": ARTICLE, field: None})), 400, field)


@pytest.mark.parametrize("body", ["[]", '["text"]', '"text"', "42", "true", "null", "1e999"])
def test_body_that_is_not_an_object_is_400(submit, body):
    assert_rejected(submit(body.encode()), 400)


@pytest.mark.parametrize("body", ['{"text": NaN}', '{"text": Infinity}', '{"text": -Infinity}'])
def test_non_standard_json_numbers_are_a_parse_error(submit, body):
    assert assert_rejected(submit(body.encode()), 400)["code"] == "parse_error"


def test_duplicate_keys_keep_the_last_and_still_validate(submit):
    body = f'{{"text": "{ARTICLE}", "text": 5}}'
    assert_rejected(submit(body.encode()), 400, "text")


def test_unknown_fields_are_ignored(submit):
    # Documented: the serializer reads the fields it knows; extra keys change nothing.
    response = submit(json.dumps({"text": ARTICLE, "status": "done", "id": 1, "is_admin": True}))
    assert response.status_code == 202
    assert response.json()["status"] == "queued"

"""Deeply nested JSON is a 400 parse error, not a RecursionError and a 500."""

import pytest

from tests.api.hostile.conftest import ARTICLE, assert_rejected

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_deep_arrays_are_a_parse_error(submit, depth):
    error = assert_rejected(submit(("[" * depth + "]" * depth).encode()), 400)
    assert error["code"] == "parse_error"


def test_deep_objects_inside_a_field_are_a_parse_error(submit):
    nested = '{"a":' * 10_000 + "1" + "}" * 10_000
    body = f'{{"text": "{ARTICLE}", "title": {nested}}}'
    assert_rejected(submit(body.encode()), 400)


def test_moderate_nesting_in_a_field_is_400_naming_it(submit):
    nested = "[" * 200 + "]" * 200
    assert_rejected(submit(f'{{"text": "{ARTICLE}", "source": {nested}}}'.encode()), 400, "source")


def test_unclosed_nesting_is_a_parse_error(submit):
    assert_rejected(submit(b"[" * 50_000), 400)

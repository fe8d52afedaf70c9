"""SQL meta-characters and NUL bytes in every filter of every list endpoint.

Meta-characters are data: the answer is 200 or a 400 naming the parameter, and the tables are
intact afterwards. A NUL is always a 400 naming the parameter (PostgreSQL text cannot hold it).
"""

import pytest

from events.models import Actor, Article, Event, Statement
from tests.api.hostile.conftest import assert_json_answer, list_endpoints

pytestmark = pytest.mark.django_db

META = [
    "'",
    '"',
    "';--",
    "' OR '1'='1",
    "1; DROP TABLE events_event; --",
    "%",
    "_",
    "\\",
    "%_\\%",
    "$$",
    "{}",
    "{a,b}",
    "(",
    ")",
    "&|!:*",
    "<->",
    "E'\\x41'",
    "/*",
    "NULL",
]
NUL = ["\x00", "Kyiv\x00", "\x00' OR 1=1 --", "%00"]

CASES = [
    (url, name) for url, filterset in list_endpoints().items() for name in filterset.base_filters
]


def query(url: str, name: str, value: str, client):
    path, _, fixed = url.partition("?")
    params = dict(p.split("=", 1) for p in fixed.split("&") if p)
    params[name] = value
    return client.get(path, params)


def test_the_corpus_covers_every_filter():
    names = {name for _url, name in CASES}
    assert {"city", "q", "actor", "speaker", "kind", "source", "reason", "bbox"} <= names
    assert len(CASES) > 40


@pytest.mark.parametrize("url, name", CASES)
def test_sql_metacharacters_are_only_data(api_client, records, url, name):
    before = (Event.objects.count(), Article.objects.count(), Actor.objects.count())
    for value in META:
        response = query(url, name, value, api_client)
        body = assert_json_answer(response)
        if response.status_code == 400:
            assert name in body["fields"] or set(body["fields"]) <= {"radius_km", "near"}, body
    assert (Event.objects.count(), Article.objects.count(), Actor.objects.count()) == before
    assert Statement.objects.exists()


@pytest.mark.parametrize("url, name", CASES)
def test_nul_bytes_are_400_naming_the_filter(api_client, records, url, name):
    for value in NUL:
        response = query(url, name, value, api_client)
        body = assert_json_answer(response, allowed=(400, 200) if value == "%00" else (400,))
        if value != "%00":
            assert body["fields"] == {name: ["NUL characters are not allowed."]}

"""Property: no value of any /api/events/ filter gives a 5xx (hypothesis, 40 values a filter)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.api.filters import EventFilterSet
from tests.api.hostile.conftest import assert_json_answer

pytestmark = pytest.mark.django_db

# Any code point but lone surrogates (which cannot be put in a URL as UTF-8), NUL included.
ANY_CHARACTER = st.characters(blacklist_categories=("Cs",))
HOSTILE = st.sampled_from(
    ["'", '"', ";", "--", "%", "_", "\\", "\x00", ",", "-", ":", "*", "&", "|", "!", "(", ")"]
)
NUMBERISH = st.one_of(
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
VALUES = st.one_of(
    st.text(ANY_CHARACTER, max_size=60),
    st.lists(st.one_of(HOSTILE, st.text(ANY_CHARACTER, max_size=5)), max_size=12).map("".join),
    st.lists(NUMBERISH, min_size=1, max_size=5).map(",".join),
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat() + "+14:00"),
)
FILTERS = sorted(EventFilterSet.base_filters)


@pytest.mark.parametrize("name", FILTERS)
def test_no_filter_value_gives_a_server_error(api_client, records, name):
    @settings(
        max_examples=40,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(value=VALUES)
    def check(value):
        # The test client raises on any unhandled exception, so a 500 cannot slip through.
        response = api_client.get("/api/events/", {name: value})
        body = assert_json_answer(response)
        if "\x00" in value:
            assert response.status_code == 400 and name in body["fields"]

    check()


@pytest.mark.parametrize("name", ["city", "q", "actor", "country", "date_from", "bbox"])
def test_no_filter_value_breaks_the_stats(api_client, records, name):
    @settings(
        max_examples=40,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(value=VALUES)
    def check(value):
        response = api_client.get("/api/events/stats/", {"group_by": "country", name: value})
        assert_json_answer(response)

    check()

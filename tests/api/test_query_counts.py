import pytest

from events.models import Statement
from tests.factories import ArticleFactory, EventActorFactory, EventReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_records():
    for _ in range(15):
        report = EventReportFactory()
        EventActorFactory(event=report.event)
        EventActorFactory(event=report.event, role="target")
        Statement.objects.create(
            article=report.article, text="We will hold the line here", start=0, end=10
        )
    ArticleFactory()


@pytest.mark.parametrize(
    "url, max_queries",
    [
        ("/api/events/", 5),  # count estimate, bounded count, page, actors, reports+articles
        ("/api/statements/", 3),  # count estimate, bounded count, page
        ("/api/actors/", 3),
        ("/api/articles/", 3),
    ],
)
def test_list_endpoints_do_not_query_per_row(
    api_client, many_records, django_assert_max_num_queries, url, max_queries
):
    with django_assert_max_num_queries(max_queries):
        response = api_client.get(url)
    assert response.status_code == 200
    assert response.json()["count"] >= 15


@pytest.mark.parametrize(
    "url, max_queries",
    [
        ("/api/events/?format=csv", 1),  # one cursor; actors and sources as subqueries
        ("/api/events/?format=geojson", 1),
        ("/api/events/stats/?group_by=day", 2),  # date bounds, then the series
        ("/api/events/stats/?group_by=actor", 1),
    ],
)
def test_exports_and_stats_use_a_fixed_number_of_queries(
    api_client, many_records, django_assert_max_num_queries, url, max_queries
):
    with django_assert_max_num_queries(max_queries):
        response = api_client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200

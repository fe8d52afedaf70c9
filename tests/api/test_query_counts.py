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
        ("/api/events/", 4),  # count, page, actors, reports+articles
        ("/api/statements/", 2),
        ("/api/actors/", 2),
        ("/api/articles/", 2),
    ],
)
def test_list_endpoints_do_not_query_per_row(
    api_client, many_records, django_assert_max_num_queries, url, max_queries
):
    with django_assert_max_num_queries(max_queries):
        response = api_client.get(url)
    assert response.status_code == 200
    assert response.json()["count"] >= 15

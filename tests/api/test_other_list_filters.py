import datetime as dt

import pytest

from events.models import Statement
from tests.factories import ActorFactory, ArticleFactory, EventFactory

pytestmark = pytest.mark.django_db


def results(api_client, url: str) -> list[dict]:
    response = api_client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_statement_filters_take_comma_lists(api_client):
    zelenskyy = ActorFactory(name="Volodymyr Zelenskyy", kind="person", aliases=["Zelensky"])
    mayor = ActorFactory(name="Vitali Klitschko", kind="person")
    first, second = ArticleFactory(), ArticleFactory()
    event = EventFactory()
    Statement.objects.create(
        article=first, text="We will rebuild", start=0, end=5, speaker=zelenskyy,
        statement_date=dt.date(2025, 4, 24), event=event,
    )  # fmt: skip
    Statement.objects.create(
        article=second, text="Stay in shelters", start=0, end=5, speaker=mayor,
        statement_date=dt.date(2025, 5, 2),
    )  # fmt: skip
    texts = lambda url: sorted(s["text"] for s in results(api_client, url))  # noqa: E731
    assert texts("/api/statements/?speaker=zelensky") == ["We will rebuild"]
    assert texts(f"/api/statements/?speaker_id={zelenskyy.pk},{mayor.pk}") == [
        "Stay in shelters",
        "We will rebuild",
    ]
    assert texts(f"/api/statements/?article={second.pk}") == ["Stay in shelters"]
    assert texts(f"/api/statements/?event={event.public_id}") == ["We will rebuild"]
    assert texts("/api/statements/?date_from=2025-05-01") == ["Stay in shelters"]
    assert texts("/api/statements/?q=SHELTER") == ["Stay in shelters"]
    dates = [s["statement_date"] for s in results(api_client, "/api/statements/?ordering=date")]
    assert dates == ["2025-04-24", "2025-05-02"]


def test_actor_filters_take_comma_lists(api_client):
    ActorFactory(name="Russia", kind="state", country="RU", aliases=["Moscow"])
    ActorFactory(name="Rapid Support Forces", kind="armed_group", country="SD", aliases=["RSF"])
    ActorFactory(name="Kenya Police", kind="government_body", country="KE")
    names = lambda url: sorted(a["name"] for a in results(api_client, url))  # noqa: E731
    assert names("/api/actors/?name=moscow,RSF") == ["Rapid Support Forces", "Russia"]
    assert names("/api/actors/?kind=state,government_body") == ["Kenya Police", "Russia"]
    assert names("/api/actors/?country=Sudan,KE") == ["Kenya Police", "Rapid Support Forces"]
    assert [a["name"] for a in results(api_client, "/api/actors/?ordering=-name")] == [
        "Russia",
        "Rapid Support Forces",
        "Kenya Police",
    ]


def test_article_filters_take_comma_lists(api_client):
    ArticleFactory(source_name="Reuters", status="done", title="Strike on Kyiv")
    ArticleFactory(source_name="AP", status="failed", title="Protest in Nairobi")
    ArticleFactory(source_name="AFP", status="queued", title="Clashes in Goma")
    titles = lambda url: sorted(a["title"] for a in results(api_client, url))  # noqa: E731
    assert titles("/api/articles/?source=reuters,afp") == ["Clashes in Goma", "Strike on Kyiv"]
    assert titles("/api/articles/?status=done,failed") == ["Protest in Nairobi", "Strike on Kyiv"]
    assert titles("/api/articles/?q=nairobi") == ["Protest in Nairobi"]

import pytest

from events.models import Article

pytestmark = pytest.mark.django_db

TEXT = "Security forces clashed with protesters in Nairobi on Tuesday, police said."


def test_anonymous_clients_cannot_submit(api_client):
    response = api_client.post("/api/articles/", {"text": TEXT}, format="json")
    assert response.status_code == 401
    assert Article.objects.count() == 0


def test_submission_is_accepted_with_status_url(
    token_client, django_capture_on_commit_callbacks, monkeypatch
):
    enqueued = []
    monkeypatch.setattr("ingest.tasks.process_article.delay", enqueued.append)
    with django_capture_on_commit_callbacks(execute=True):
        response = token_client.post(
            "/api/articles/",
            {
                "text": TEXT,
                "title": "Clashes in Nairobi",
                "published_at": "2025-06-24",
                "source": "Example Wire",
                "url": "https://news.example/nairobi",
            },
            format="json",
        )
    assert response.status_code == 202
    body = response.json()
    article = Article.objects.get()
    assert body["id"] == article.pk and body["created"] is True
    assert body["status_url"].endswith(f"/api/articles/{article.pk}/")
    assert enqueued == [article.pk]  # enqueued after commit, by id
    assert article.published_at.isoformat() == "2025-06-24T00:00:00+00:00"
    assert token_client.get(body["status_url"]).json()["status"] == "queued"


def test_same_text_twice_returns_the_stored_article(token_client, monkeypatch):
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)
    first = token_client.post("/api/articles/", {"text": TEXT}, format="json").json()
    again = token_client.post("/api/articles/", {"text": TEXT + "\n"}, format="json")
    assert again.status_code == 200
    assert again.json()["id"] == first["id"] and again.json()["created"] is False
    assert Article.objects.count() == 1


def test_html_submission_stores_the_main_text(token_client, monkeypatch):
    monkeypatch.setattr("ingest.tasks.process_article.delay", lambda _id: None)
    html = (
        "<html><head><title>Raid</title><script>steal()</script></head><body><article>"
        "<p>Gunmen abducted twelve students from a school in Kaduna State on Friday, "
        "police said.</p>"
        "</article></body></html>"
    )
    response = token_client.post("/api/articles/", {"html": html}, format="json")
    assert response.status_code == 202
    article = Article.objects.get()
    assert "abducted twelve students" in article.text
    assert "steal()" not in article.text


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"text": "   \n "}, "text"),
        ({}, "text"),
        ({"text": ["not", "a", "string"]}, "text"),
        ({"text": TEXT, "published_at": "next week"}, "published_at"),
        ({"text": TEXT, "url": "javascript:alert(1)"}, "url"),
        ({"html": "<script>only()</script>"}, "html"),
        ({"text": "bad \x00 byte"}, "text"),
    ],
)
def test_bad_submissions_name_the_field(token_client, payload, field):
    response = token_client.post("/api/articles/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]
    assert Article.objects.count() == 0


def test_malformed_json_is_a_400(token_client):
    response = token_client.post(
        "/api/articles/", data="{not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert "error" in response.json()

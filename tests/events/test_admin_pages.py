import pytest
from django.urls import reverse

from events.models import Event, Statement
from tests.factories import ArticleFactory, EventActorFactory, EventFactory, EventReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def records():
    article = ArticleFactory(
        text='Shelling hit Kharkiv. "<script>alert(1)</script> we will rebuild," he said.'
    )
    event = EventFactory()
    EventActorFactory(event=event)
    EventReportFactory(event=event, article=article, evidence={"city": [[13, 20]]})
    Statement.objects.create(
        article=article, text="<script>alert(1)</script> we will rebuild", start=23, end=64
    )
    return article, event


@pytest.mark.parametrize(
    "model", ["article", "actor", "event", "eventreport", "statement", "actormention", "eventactor"]
)
def test_changelists_render(admin_client, records, model):
    assert admin_client.get(reverse(f"admin:events_{model}_changelist")).status_code == 200


def test_article_page_highlights_evidence_and_escapes_markup(admin_client, records):
    article, _ = records
    page = admin_client.get(
        reverse("admin:events_article_change", args=[article.pk])
    ).content.decode()
    assert "<mark>Kharkiv</mark>" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_event_page_renders_with_reports_and_actors(admin_client, records):
    _, event = records
    assert (
        admin_client.get(reverse("admin:events_event_change", args=[event.pk])).status_code == 200
    )


def test_verify_and_reject_actions(admin_client, records):
    _, event = records
    url = reverse("admin:events_event_changelist")
    admin_client.post(url, {"action": "verify", "_selected_action": [event.pk]})
    assert Event.objects.get(pk=event.pk).review_status == "verified"
    admin_client.post(url, {"action": "reject", "_selected_action": [event.pk]})
    assert Event.objects.get(pk=event.pk).review_status == "rejected"


def test_actor_autocomplete_answers(admin_client, records):
    response = admin_client.get(
        "/admin/autocomplete/",
        {"app_label": "events", "model_name": "eventactor", "field_name": "actor", "term": "Armed"},
    )
    assert response.status_code == 200
    assert response.json()["results"]

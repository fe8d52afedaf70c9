import pytest
from django.core.management import call_command

from events.models import Article, Event, EventReport, Statement
from ingest.pipeline.extract import EXTRACTOR_VERSION
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingested(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(SEEDS))
    assert set(Article.objects.values_list("status", flat=True)) == {"done"}


def counts():
    return (Event.objects.count(), EventReport.objects.count(), Statement.objects.count())


def test_only_older_versions_are_reextracted(ingested, capsys):
    call_command("reextract", "--sync")
    assert "nothing to re-extract" in capsys.readouterr().out


def test_reextraction_updates_in_place_without_duplicates(ingested):
    before = counts()
    ids = set(Event.objects.values_list("public_id", flat=True))
    Article.objects.update(extractor_version="2000.1.1")
    call_command("reextract", "--sync")
    assert counts() == before
    assert set(Event.objects.values_list("public_id", flat=True)) == ids
    assert set(Article.objects.values_list("extractor_version", flat=True)) == {EXTRACTOR_VERSION}


def test_curated_values_survive_reextraction(ingested):
    from events import services

    event = Event.objects.filter(city="Kyiv").order_by("event_date").first()
    event.fatalities = 13
    event.city = "Kyiv"
    services.save_curated_event(event, ["fatalities"])
    Article.objects.update(extractor_version="2000.1.1")
    call_command("reextract", "--sync")
    event.refresh_from_db()
    assert event.fatalities == 13
    assert event.curated_fields == ["fatalities"]


def test_curated_statement_survives_reextraction(ingested):
    from django.contrib.auth.models import User

    editor = User.objects.create_user("curator", password="a-long-test-password")
    statement = Statement.objects.order_by("id").first()
    assert statement is not None, "the seeds carry quotes"
    statement.speaker_as_written = "President Volodymyr Zelensky (checked by a curator)"
    statement._history_user = editor
    statement.save()
    before_ids = set(Statement.objects.values_list("id", flat=True))

    Article.objects.update(extractor_version="2000.1.1")
    call_command("reextract", "--sync")

    statement.refresh_from_db()
    assert statement.speaker_as_written == "President Volodymyr Zelensky (checked by a curator)"
    # Quotes are updated in place by span, not deleted and recreated.
    assert set(Statement.objects.values_list("id", flat=True)) == before_ids

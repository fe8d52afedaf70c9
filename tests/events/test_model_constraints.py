import pytest
from django.db import IntegrityError, transaction

from events.models import Actor, Article, Statement
from events.text import content_hash
from tests.factories import ArticleFactory, EventFactory, EventReportFactory

pytestmark = pytest.mark.django_db


def test_same_text_cannot_be_stored_twice():
    ArticleFactory(text="Gunmen attacked a market in Mopti.")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(text="Gunmen attacked a market in Mopti.")


def test_content_hash_ignores_line_endings_and_outer_space():
    assert content_hash("a\r\nb \n") == content_hash("a\nb")


def test_url_unique_only_when_present():
    ArticleFactory(url=None)
    ArticleFactory(url=None)
    ArticleFactory(url="https://news.example/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(url="https://news.example/a")
    assert Article.objects.count() == 3


def test_actor_unique_per_kind_and_normalised_name():
    Actor.objects.create(name="Rapid Support Forces", kind="armed_group")
    Actor.objects.create(name="Rapid Support Forces", kind="organisation")
    with pytest.raises(IntegrityError), transaction.atomic():
        Actor.objects.create(name="  rapid support   FORCES ", kind="armed_group")


def test_actor_aliases_are_normalised_for_lookup():
    actor = Actor.objects.create(
        name="Volodymyr Zelenskyy", kind="person", aliases=["Zelensky", "Zélenskiy"]
    )
    assert actor.normalised_aliases == ["zelenskiy", "zelensky"]


def test_latitude_out_of_range_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(latitude=123.0)


def test_one_report_per_article_and_event():
    report = EventReportFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        EventReportFactory(event=report.event, article=report.article)


def test_statement_span_must_be_ordered_and_unique():
    article = ArticleFactory()
    Statement.objects.create(article=article, text="We will rebuild every home", start=10, end=36)
    with pytest.raises(IntegrityError), transaction.atomic():
        Statement.objects.create(article=article, text="duplicate", start=10, end=36)
    with pytest.raises(IntegrityError), transaction.atomic():
        Statement.objects.create(article=article, text="backwards", start=40, end=40)

"""Two workers storing two reports of one event at the same moment still make one event."""

import threading

import pytest
from django.db import connection

from events.models import Event, EventReport
from ingest import persist
from tests.factories import ArticleFactory
from tests.ingest.extractions import extraction, kharkiv_strike

pytestmark = pytest.mark.django_db(transaction=True)


def test_simultaneous_reports_of_one_event_create_one_event():
    articles = [ArticleFactory(text=f"Report {n} of the Kharkiv strike.") for n in range(4)]
    barrier = threading.Barrier(len(articles))
    errors = []

    def store(article_id):
        try:
            barrier.wait(timeout=10)
            persist.save_extraction(article_id, extraction(kharkiv_strike(), with_statement=False))
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=store, args=(a.pk,)) for a in articles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert Event.objects.count() == 1
    assert EventReport.objects.count() == len(articles)


def test_articles_naming_the_same_places_in_opposite_orders_do_not_deadlock():
    # Each article takes the locks of all its places at once, in one order.
    articles = [ArticleFactory(text=f"Report {n} of strikes on two cities.") for n in range(6)]
    barrier = threading.Barrier(len(articles))
    errors = []

    def store(n, article_id):
        cities = ("Kharkiv", "Dnipro") if n % 2 else ("Dnipro", "Kharkiv")
        try:
            barrier.wait(timeout=10)
            persist.save_extraction(
                article_id,
                extraction(*(kharkiv_strike(city=c) for c in cities), with_statement=False),
            )
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=store, args=(n, a.pk)) for n, a in enumerate(articles)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert Event.objects.count() == 2
    assert EventReport.objects.count() == 2 * len(articles)

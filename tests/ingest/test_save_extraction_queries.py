"""Storing an article takes a fixed number of queries per event, none per actor, role or quote."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Actor, Event, EventActor, EventReport, Statement
from ingest import persist
from ingest.pipeline.types import ActorRef, ExtractedActor, ExtractedStatement, Extraction, Span
from tests.factories import ArticleFactory
from tests.ingest.extractions import kharkiv_strike

pytestmark = pytest.mark.django_db

CITIES = ("Kharkiv", "Dnipro", "Odesa", "Sumy")

# Measured on the realistic article below (4 events, 8 actors, 12 roles, 4 quotes): about 16
# queries for the article (inside the test's transaction its own is a savepoint, 2 of them) and
# 3 per event (find it, then insert or update it and its history row; a re-run finds its events
# by its own reports). Before batching (one query or more per actor, role and quote) these
# took 170, 94 and 74.
NEW_EVENTS_QUERIES = 29  # every event and actor new
MORE_REPORTS_QUERIES = 28  # a second article on the same events: merged, figures refreshed
SAME_AGAIN_QUERIES = 23  # the same article again


def realistic_extraction(cities=CITIES, actors_per_event=3, fatalities=3) -> Extraction:
    """An article about strikes on several cities, with many actors and quotes (as a live blog)."""
    names = [f"Actor {n}" for n in range(2 * len(cities) * actors_per_event // 3 or 1)]
    actors = tuple(
        ExtractedActor(name, "armed_group", "UA", (f"{name} forces",), (Span(n, n + 5),))
        for n, name in enumerate(names)
    )
    events = tuple(
        replace(
            kharkiv_strike(city=city, fatalities=fatalities),
            actors=tuple(
                ActorRef(
                    names[(i + k) % len(names)], ("perpetrator", "target", "associated")[k % 3]
                )
                for k in range(actors_per_event)
            ),
        )
        for i, city in enumerate(cities)
    )
    statements = tuple(
        ExtractedStatement(f"Quote {i}", 100 * i, 100 * i + 7, names[i % len(names)], None, None, i)
        for i in range(len(cities))
    )
    return Extraction("test-1", "en", True, events, statements, actors)


def article(hour: int = 9):
    return ArticleFactory(published_at=dt.datetime(2025, 6, 1, hour, tzinfo=dt.UTC))


def test_new_events_take_a_fixed_number_of_queries(django_assert_max_num_queries):
    first = article()
    with django_assert_max_num_queries(NEW_EVENTS_QUERIES):
        persist.save_extraction(first.pk, realistic_extraction())
    assert (Event.objects.count(), EventReport.objects.count(), Statement.objects.count()) == (
        4,
        4,
        4,
    )
    assert (Actor.objects.count(), EventActor.objects.count()) == (8, 12)


def test_more_reports_of_the_same_events_take_a_fixed_number_of_queries(
    django_assert_max_num_queries,
):
    persist.save_extraction(article(9).pk, realistic_extraction(fatalities=3))
    later = article(18)
    with django_assert_max_num_queries(MORE_REPORTS_QUERIES):
        persist.save_extraction(later.pk, realistic_extraction(fatalities=5))
    assert Event.objects.count() == 4
    assert set(Event.objects.values_list("fatalities", "fatalities_low", "fatalities_high")) == {
        (5, 3, 5)
    }


def test_the_same_article_again_takes_a_fixed_number_of_queries(django_assert_max_num_queries):
    first = article()
    persist.save_extraction(first.pk, realistic_extraction())
    with django_assert_max_num_queries(SAME_AGAIN_QUERIES):
        persist.save_extraction(first.pk, realistic_extraction())


def test_queries_do_not_grow_with_actors_roles_or_quotes():
    # Counted with 3 roles per event, then with 9 (and three times the actors).
    counts = []
    for actors_per_event in (3, 9):
        Event.objects.all().delete()
        with CaptureQueriesContext(connection) as queries:
            persist.save_extraction(
                article().pk, realistic_extraction(actors_per_event=actors_per_event)
            )
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_each_further_event_costs_at_most_three_queries():
    counts = []
    for cities in (CITIES[:2], CITIES):
        Event.objects.all().delete()
        with CaptureQueriesContext(connection) as queries:
            persist.save_extraction(article().pk, realistic_extraction(cities=cities))
        counts.append(len(queries))
    # Find (one query) and insert the event with its history row (two): nothing else per event.
    assert counts[1] - counts[0] <= 3 * 2

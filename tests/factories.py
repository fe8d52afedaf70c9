from __future__ import annotations

import datetime as dt

import factory

from events.models import Actor, Article, Event, EventActor, EventReport
from events.text import content_hash


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Report {n}")
    text = factory.Sequence(
        lambda n: f"Shelling hit the town on Monday, officials said (report {n})."
    )
    content_hash = factory.LazyAttribute(lambda o: content_hash(o.text))
    published_at = dt.datetime(2025, 6, 2, 8, 0, tzinfo=dt.UTC)
    status = "done"


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Armed Group {n}")
    kind = "armed_group"


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    event_date = dt.date(2025, 6, 1)
    date_precision = 1
    disorder_type = "Political violence"
    event_type = "Explosions/Remote violence"
    sub_event_type = "Shelling/artillery/missile attack"
    country = "UA"
    admin1 = "Kharkiv"
    city = "Kharkiv"
    latitude = 49.98
    longitude = 36.25
    geo_precision = 1
    fatalities = 2
    injured = 5
    weapons = factory.LazyFunction(lambda: ["artillery"])
    summary = "Artillery shelling of Kharkiv killed two people."


class EventActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventActor

    event = factory.SubFactory(EventFactory)
    actor = factory.SubFactory(ActorFactory)
    role = "perpetrator"


class EventReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventReport

    event = factory.SubFactory(EventFactory)
    article = factory.SubFactory(ArticleFactory)
    fatalities = 2
    injured = 5

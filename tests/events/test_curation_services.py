import datetime as dt

import pytest

from events import services
from events.models import (
    Actor,
    ActorMention,
    Event,
    EventActor,
    EventRemoval,
    EventReport,
    Statement,
)
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    EventActorFactory,
    EventFactory,
    EventReportFactory,
)

pytestmark = pytest.mark.django_db


def test_merge_moves_reports_actors_and_statements_and_keeps_a_pointer():
    survivor, duplicate = EventFactory(), EventFactory(districts=["Saltivskyi"], weapons=["drone"])
    EventReportFactory(event=survivor, fatalities=2)
    report = EventReportFactory(event=duplicate, fatalities=4)
    actor = ActorFactory(name="Russia", kind="state")
    EventActorFactory(event=duplicate, actor=actor, role="perpetrator")
    quote = Statement.objects.create(
        article=report.article, text="x" * 20, start=0, end=20, event=duplicate
    )

    services.merge_events(survivor, [duplicate])

    survivor.refresh_from_db()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == survivor
    assert survivor.reports.count() == 2
    assert EventActor.objects.filter(event=survivor, actor=actor, role="perpetrator").exists()
    assert Statement.objects.get(pk=quote.pk).event == survivor
    assert survivor.districts == ["Saltivskyi"] and survivor.weapons == ["artillery", "drone"]
    assert (survivor.fatalities_low, survivor.fatalities_high) == (2, 4)
    removal = EventRemoval.objects.get(public_id=duplicate.public_id)
    assert (removal.reason, removal.merged_into) == ("merged", survivor.public_id)
    assert services.resolve_public_id(duplicate.public_id) == survivor


def test_merging_twice_follows_the_chain():
    a, b, c = EventFactory(), EventFactory(), EventFactory()
    services.merge_events(b, [c])
    services.merge_events(a, [b])
    assert services.resolve_public_id(c.public_id) == a
    assert EventRemoval.objects.get(public_id=c.public_id).merged_into == a.public_id


def test_merge_needs_two_events():
    event = EventFactory()
    with pytest.raises(services.CurationError):
        services.merge_events(event, [event])


def test_split_gives_a_report_its_own_event():
    event = EventFactory(city="Kharkiv")
    EventReportFactory(event=event, fatalities=2)
    wrong = EventReportFactory(
        event=event,
        fatalities=9,
        event_date=dt.date(2025, 6, 1),
        extracted={
            "city": "Sumy",
            "country": "UA",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
            "disorder_type": "Political violence",
        },
    )
    new = services.split_report(wrong)
    assert (new.city, new.sub_event_type, new.fatalities) == ("Sumy", "Air/drone strike", 9)
    event.refresh_from_db()
    assert event.reports.count() == 1 and event.fatalities == 2


def test_split_refuses_the_only_report():
    report = EventReportFactory()
    with pytest.raises(services.CurationError):
        services.split_report(report)


def test_merge_actors_moves_everything_and_keeps_names_as_aliases():
    keep = Actor.objects.create(name="Volodymyr Zelenskyy", kind="person")
    dupe = Actor.objects.create(name="Zelensky", kind="person", aliases=["Zelenskiy"])
    article = ArticleFactory()
    EventActorFactory(actor=dupe, role="associated")
    Statement.objects.create(
        article=article, text="We will not give up", start=0, end=19, speaker=dupe
    )
    ActorMention.objects.create(article=article, actor=dupe, spans=[[0, 8]])

    services.merge_actors(keep, [dupe])

    keep.refresh_from_db()
    assert keep.aliases == ["Zelenskiy", "Zelensky"]
    assert not Actor.objects.filter(pk=dupe.pk).exists()
    assert Statement.objects.get().speaker == keep
    assert ActorMention.objects.get().actor == keep
    assert EventActor.objects.get().actor == keep
    # The merged name now finds the survivor when extraction meets it again.
    assert services.upsert_actor("Zelensky", "person") == keep


def test_set_aliases():
    actor = Actor.objects.create(name="Rapid Support Forces", kind="armed_group")
    services.set_actor_aliases(actor, ["RSF", " Janjaweed ", "", "Rapid Support Forces"])
    assert Actor.objects.get(pk=actor.pk).aliases == ["Janjaweed", "RSF"]


def test_review_status_changes_are_recorded_in_history():
    event = EventFactory()
    services.set_review_status([event], "verified")
    history = list(event.history.order_by("history_date").values_list("review_status", flat=True))
    assert history[-2:] == ["unverified", "verified"]


def test_delete_records_a_removal():
    event = EventFactory()
    public_id = event.public_id
    services.delete_event(event)
    assert not Event.objects.filter(public_id=public_id).exists()
    assert EventRemoval.objects.get(public_id=public_id).reason == "deleted"


def test_report_figures_keep_their_sources():
    event = EventFactory()
    early = EventReportFactory(
        event=event,
        fatalities=1,
        article=ArticleFactory(published_at=dt.datetime(2025, 6, 1, 6, tzinfo=dt.UTC)),
    )
    late = EventReportFactory(
        event=event,
        fatalities=5,
        article=ArticleFactory(published_at=dt.datetime(2025, 6, 1, 20, tzinfo=dt.UTC)),
    )
    services.refresh_event_figures(event)
    assert event.fatalities == 5
    assert sorted(EventReport.objects.values_list("fatalities", flat=True)) == [1, 5]
    assert {early.article.published_at, late.article.published_at} == set(
        EventReport.objects.values_list("article__published_at", flat=True)
    )

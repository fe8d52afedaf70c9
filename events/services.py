"""Writes on the domain that curation and ingestion share. Each function is one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import transaction
from django.db.models import F

from events.choices import ReviewStatus
from events.models import (
    Actor,
    ActorMention,
    Event,
    EventActor,
    EventRemoval,
    EventReport,
    Statement,
)
from events.text import normalise_name

FIGURE_FIELDS = ("fatalities", "injured", "children_killed", "children_injured")
RANGE_FIELDS = ("fatalities", "injured")


class CurationError(ValueError):
    """A curation request that cannot be carried out; the message says why."""


# --- actors ---------------------------------------------------------------------------------


def upsert_actor(name: str, kind: str, country: str = "", aliases: Iterable[str] = ()) -> Actor:
    """The actor with this kind and name, created if new; new aliases are added."""
    normalised = normalise_name(name)
    aliases = [a for a in aliases if a]
    actor = Actor.objects.filter(kind=kind, normalised_name=normalised).first()
    if actor is None:
        actor = _actor_by_alias(kind, normalised)
    if actor is None:
        with transaction.atomic():
            # The unique constraint decides under concurrency; the loser re-reads the winner's row.
            Actor.objects.bulk_create(
                [
                    Actor(
                        name=name,
                        kind=kind,
                        country=country or "",
                        aliases=sorted(set(aliases)),
                        normalised_name=normalised,
                        normalised_aliases=sorted({normalise_name(a) for a in aliases}),
                    )
                ],
                ignore_conflicts=True,
            )
        actor = Actor.objects.get(kind=kind, normalised_name=normalised)
    known = {actor.normalised_name, *actor.normalised_aliases}
    new_aliases = {a for a in [name, *aliases] if normalise_name(a) not in known}
    if new_aliases or (country and not actor.country):
        actor.aliases = sorted(set(actor.aliases) | new_aliases)
        actor.country = actor.country or country
        actor.save()
    return actor


def _actor_by_alias(kind: str, normalised: str) -> Actor | None:
    # A curator may have merged this name into another actor: it lives on as an alias.
    return (
        Actor.objects.filter(kind=kind, normalised_aliases__contains=[normalised])
        .order_by("id")
        .first()
    )


def merge_actors(survivor: Actor, others: Sequence[Actor]) -> Actor:
    """Fold duplicate actors into one: roles, quotes and mentions move; names become aliases."""
    others = [a for a in others if a.pk != survivor.pk]
    if not others:
        raise CurationError("choose at least two different actors to merge")
    with transaction.atomic():
        for other in others:
            for role in EventActor.objects.filter(actor=other):
                EventActor.objects.get_or_create(event=role.event, actor=survivor, role=role.role)
            EventActor.objects.filter(actor=other).delete()
            Statement.objects.filter(speaker=other).update(speaker=survivor)
            for mention in ActorMention.objects.filter(actor=other):
                kept, created = ActorMention.objects.get_or_create(
                    article=mention.article, actor=survivor, defaults={"spans": mention.spans}
                )
                if not created:
                    kept.spans = sorted({tuple(s) for s in kept.spans + mention.spans})
                    kept.save()
            survivor.aliases = sorted(set(survivor.aliases) | {other.name, *other.aliases})
            survivor.country = survivor.country or other.country
            other.delete()
        survivor.save()
    return survivor


def set_actor_aliases(actor: Actor, aliases: Iterable[str]) -> Actor:
    """Replace an actor's aliases (curation)."""
    with transaction.atomic():
        actor.aliases = sorted({a.strip() for a in aliases if a.strip()} - {actor.name})
        actor.save()
    return actor


# --- figures --------------------------------------------------------------------------------


def refresh_event_figures(event: Event) -> None:
    """Set the event's headline figures and their range across sources from its reports.

    Policy (ACLED's conservative practice): a report that updates the toll supersedes earlier
    ones, so each headline figure comes from the most recently published report that gives it;
    reports published at the same time give the lower figure. The low/high range spans every
    report (as UCDP's low and high estimates). Verified events and curated fields keep their values.
    """
    if event.review_status == ReviewStatus.VERIFIED:
        return
    curated = set(event.curated_fields)
    reports = list(
        EventReport.objects.filter(event=event)
        .select_related("article")
        .order_by(F("article__published_at").desc(nulls_last=True), "-created_at")
    )
    values: dict[str, int | None] = {}
    for field in FIGURE_FIELDS:
        if field not in curated:
            values[field] = _superseding_figure(reports, field)
    for field in RANGE_FIELDS:
        figures = [getattr(r, field) for r in reports if getattr(r, field) is not None]
        values[f"{field}_low"] = min(figures) if figures else None
        values[f"{field}_high"] = max(figures) if figures else None
    changed = [name for name, value in values.items() if getattr(event, name) != value]
    if changed:
        for name in changed:
            setattr(event, name, values[name])
        event.save(update_fields=[*changed, "updated_at"])


def _superseding_figure(reports: list[EventReport], field: str) -> int | None:
    value, latest = None, None
    for report in reports:  # newest first
        figure = getattr(report, field)
        if figure is None:
            continue
        published = report.article.published_at
        if value is None:
            value, latest = figure, published
        elif published == latest:
            value = min(value, figure)
        else:
            break
    return value


# --- review ---------------------------------------------------------------------------------


def set_review_status(events: Iterable[Event], status: str) -> int:
    """Mark events verified, rejected or unverified; returns how many changed."""
    changed = 0
    with transaction.atomic():
        for event in events:
            if event.review_status != status:
                event.review_status = status
                event.save()  # saved one by one so that the change history records each
                changed += 1
    return changed


def save_curated_event(event: Event, changed_fields: Iterable[str]) -> None:
    """Save a curator's edit and remember which fields were edited, so extraction keeps off them."""
    editable = {f.name for f in Event._meta.concrete_fields if f.editable}
    changed = sorted(set(changed_fields) & editable - {"review_status", "curated_fields"})
    with transaction.atomic():
        event.curated_fields = sorted(set(event.curated_fields) | set(changed))
        event.save()


def merge_events(survivor: Event, others: Sequence[Event]) -> Event:
    """Merge duplicate events into one. Reports, actors and statements move to the survivor; the
    merged events stay as pointers (merged_into) so their public ids keep answering."""
    others = [e for e in others if e.pk != survivor.pk]
    if not others:
        raise CurationError("choose at least two different events to merge")
    if survivor.merged_into_id is not None:
        raise CurationError(
            f"event {survivor.public_id} was itself merged; merge into its survivor"
        )
    with transaction.atomic():
        for other in others:
            for report in EventReport.objects.filter(event=other):
                if EventReport.objects.filter(event=survivor, article=report.article).exists():
                    report.delete()  # the same article already reports the survivor
                else:
                    report.event = survivor
                    report.save(update_fields=["event"])
            for role in EventActor.objects.filter(event=other):
                EventActor.objects.get_or_create(event=survivor, actor=role.actor, role=role.role)
            EventActor.objects.filter(event=other).delete()
            Statement.objects.filter(event=other).update(event=survivor)
            Event.objects.filter(merged_into=other).update(merged_into=survivor)
            survivor.districts = sorted(set(survivor.districts) | set(other.districts))
            survivor.weapons = sorted(set(survivor.weapons) | set(other.weapons))
            other.merged_into = survivor
            other.save(update_fields=["merged_into", "updated_at"])
            EventRemoval.objects.update_or_create(
                public_id=other.public_id,
                defaults={"reason": EventRemoval.Reason.MERGED, "merged_into": survivor.public_id},
            )
            EventRemoval.objects.filter(merged_into=other.public_id).update(
                merged_into=survivor.public_id
            )
        survivor.save()
        refresh_event_figures(survivor)
    return survivor


def split_report(report: EventReport) -> Event:
    """Take a wrongly attached report off its event and give it an event of its own."""
    source = report.event
    if EventReport.objects.filter(event=source).count() < 2:
        raise CurationError("the event has only this report; there is nothing to split it from")
    extracted = report.extracted or {}
    with transaction.atomic():
        event = Event.objects.create(
            event_date=report.event_date or source.event_date,
            date_precision=extracted.get("date_precision") or source.date_precision,
            disorder_type=extracted.get("disorder_type") or source.disorder_type,
            event_type=extracted.get("event_type") or source.event_type,
            sub_event_type=extracted.get("sub_event_type") or source.sub_event_type,
            country=extracted.get("country") or source.country,
            admin1=extracted.get("admin1") or "",
            city=extracted.get("city") or "",
            districts=extracted.get("districts") or [],
            latitude=extracted.get("latitude"),
            longitude=extracted.get("longitude"),
            geo_precision=extracted.get("geo_precision"),
            weapons=extracted.get("weapons") or [],
            summary=extracted.get("summary") or "",
            confidence=min(max(float(extracted.get("confidence") or 0.5), 0.0), 1.0),
        )
        names = {a.get("name"): a.get("role") for a in extracted.get("actors", [])}
        for role in EventActor.objects.filter(event=source).select_related("actor"):
            if names.get(role.actor.name) == role.role:
                EventActor.objects.get_or_create(event=event, actor=role.actor, role=role.role)
        report.event = event
        report.save(update_fields=["event"])
        Statement.objects.filter(event=source, article=report.article).update(event=event)
        refresh_event_figures(source)
        refresh_event_figures(event)
    return event


def delete_event(event: Event) -> None:
    """Delete an event and record its public id in the removals feed."""
    with transaction.atomic():
        EventRemoval.objects.update_or_create(
            public_id=event.public_id,
            defaults={"reason": EventRemoval.Reason.DELETED, "merged_into": None},
        )
        event.delete()


def resolve_public_id(public_id) -> Event | None:
    """The live event a public id stands for, following merges."""
    event = Event.objects.filter(public_id=public_id).first()
    seen = set()
    while event is not None and event.merged_into_id is not None and event.pk not in seen:
        seen.add(event.pk)
        event = event.merged_into
    return event

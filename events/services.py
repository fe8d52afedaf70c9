"""Writes on the domain that curation and ingestion share. Each function is one transaction."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from events.choices import ReviewStatus
from events.models import Actor, Event, EventReport
from events.text import normalise_name

FIGURE_FIELDS = ("fatalities", "injured", "children_killed", "children_injured")


def upsert_actor(name: str, kind: str, country: str = "", aliases: Iterable[str] = ()) -> Actor:
    """The actor with this kind and name, created if new; new aliases are added."""
    normalised = normalise_name(name)
    actor = Actor.objects.filter(kind=kind, normalised_name=normalised).first()
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
    new_aliases = {a for a in aliases if a and normalise_name(a) != normalised} - set(actor.aliases)
    if new_aliases or (country and not actor.country):
        actor.aliases = sorted(set(actor.aliases) | new_aliases)
        actor.country = actor.country or country
        actor.save()
    return actor


def refresh_event_figures(event: Event) -> None:
    """Set the event's headline figures from its reports.

    Policy (ACLED's conservative practice): a report that updates the toll supersedes earlier
    ones, so each figure comes from the most recently published report that gives it; reports
    published at the same time give the lower figure. Verified events keep their curated figures.
    """
    if event.review_status == ReviewStatus.VERIFIED:
        return
    curated = set(event.curated_fields)
    reports = list(
        EventReport.objects.filter(event=event)
        .select_related("article")
        .order_by(F("article__published_at").desc(nulls_last=True), "created_at")
    )
    changed = []
    for field in FIGURE_FIELDS:
        if field in curated:
            continue
        value = None
        latest = None
        for report in reports:
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
        if getattr(event, field) != value:
            setattr(event, field, value)
            changed.append(field)
    if changed:
        event.save(update_fields=[*changed, "updated_at"])


def set_review_status(events: Iterable[Event], status: str) -> int:
    """Mark events verified, rejected or unverified; returns how many changed."""
    ids = [e.pk for e in events]
    with transaction.atomic():
        return (
            Event.objects.filter(pk__in=ids)
            .exclude(review_status=status)
            .update(review_status=status, updated_at=timezone.now())
        )


def save_curated_event(event: Event, changed_fields: Iterable[str]) -> None:
    """Save a curator's edit and remember which fields were edited, so extraction keeps off them."""
    editable = {f.name for f in Event._meta.concrete_fields if f.editable}
    changed = sorted(set(changed_fields) & editable - {"review_status", "curated_fields"})
    with transaction.atomic():
        event.curated_fields = sorted(set(event.curated_fields) | set(changed))
        event.save()

"""Writes on the domain that curation and ingestion share. Each function is one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from django.db import transaction
from django.db.models import F, Q

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


class ActorSpec(NamedTuple):
    """An actor as an extraction names it: what `upsert_actors` stores or finds."""

    name: str
    kind: str
    country: str = ""
    aliases: Iterable[str] = ()


def upsert_actor(name: str, kind: str, country: str = "", aliases: Iterable[str] = ()) -> Actor:
    """The actor with this kind and name, created if new; new aliases are added."""
    return upsert_actors([ActorSpec(name, kind, country, aliases)])[name]


def upsert_actors(specs: Iterable[ActorSpec]) -> dict[str, Actor]:
    """Each actor with its kind and name (or, failing that, with the name among its aliases; the
    oldest such), created if new; new aliases and a missing country are added. Returns them by
    name. One query finds them all, and two more store the new ones; the specs are taken in
    order, so a name that an earlier spec brings in as an alias finds that actor."""
    specs = [
        ActorSpec(s.name, s.kind, s.country or "", tuple(a for a in s.aliases if a)) for s in specs
    ]
    if not specs:
        return {}
    with transaction.atomic(savepoint=False):
        return _upsert_actors(specs)


def _upsert_actors(specs: list[ActorSpec]) -> dict[str, Actor]:
    names = sorted({normalise_name(s.name) for s in specs})
    known = list(
        Actor.objects.filter(kind__in={s.kind for s in specs})
        .filter(Q(normalised_name__in=names) | Q(normalised_aliases__overlap=names))
        .order_by("id")
    )
    new: list[Actor] = []  # to create, in the order they were met (ids after all of `known`)
    changed: dict[int, Actor] = {}
    found: dict[str, Actor] = {}
    for spec in specs:
        normalised = normalise_name(spec.name)
        actor = _find_actor([*known, *new], spec.kind, normalised)
        if actor is None:
            actor = Actor(
                name=spec.name,
                kind=spec.kind,
                country=spec.country,
                aliases=sorted(set(spec.aliases)),
                normalised_name=normalised,
                normalised_aliases=sorted({normalise_name(a) for a in spec.aliases}),
            )
            new.append(actor)
        elif _add_names(actor, spec) and actor.pk is not None:
            changed[actor.pk] = actor
        found[spec.name] = actor
    if new:
        # The unique constraint decides under concurrency; the loser reads the winner's row.
        Actor.objects.bulk_create(new, ignore_conflicts=True)
        keys = [Q(kind=a.kind, normalised_name=a.normalised_name) for a in new]
        stored = {
            (a.kind, a.normalised_name): a for a in Actor.objects.filter(Q(*keys, _connector=Q.OR))
        }
        for pending in new:
            actor = stored[(pending.kind, pending.normalised_name)]
            # A no-op for a row created here; another worker's row may lack some names.
            if _add_names(actor, ActorSpec(pending.name, "", pending.country, pending.aliases)):
                changed[actor.pk] = actor
            for name, value in found.items():
                if value is pending:
                    found[name] = actor
    for actor in changed.values():
        actor.save()
    return found


def _find_actor(actors: Sequence[Actor], kind: str, normalised: str) -> Actor | None:
    # By name first; a curator may have merged this name into another actor: it lives on as an
    # alias (of the oldest such actor, `actors` being in id order).
    same_kind = [a for a in actors if a.kind == kind]
    for actor in same_kind:
        if actor.normalised_name == normalised:
            return actor
    for actor in same_kind:
        if normalised in actor.normalised_aliases:
            return actor
    return None


def _add_names(actor: Actor, spec: ActorSpec) -> bool:
    """Add the spec's name and aliases the actor does not know, and its country if the actor has
    none, to the instance (not saved); whether anything changed."""
    known = {actor.normalised_name, *actor.normalised_aliases}
    new_aliases = {a for a in [spec.name, *spec.aliases] if normalise_name(a) not in known}
    if not new_aliases and not (spec.country and not actor.country):
        return False
    actor.aliases = sorted(set(actor.aliases) | new_aliases)
    actor.country = actor.country or spec.country
    # As Actor.save() does, so that later lookups in the same batch see the new aliases.
    actor.normalised_aliases = sorted({normalise_name(a) for a in actor.aliases if a.strip()})
    return True


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
    changed = apply_event_figures(event, reports_newest_first([event.pk])[event.pk])
    if changed:
        event.save(update_fields=[*changed, "updated_at"])


def reports_newest_first(event_ids: Iterable[int]) -> dict[int, list[EventReport]]:
    """The reports of each event in the order `apply_event_figures` reads them, in one query."""
    event_ids = list(event_ids)
    by_event: dict[int, list[EventReport]] = {pk: [] for pk in event_ids}
    reports = (
        EventReport.objects.filter(event_id__in=event_ids)
        .select_related("article")
        # Only the publication time of each article: its text and HTML can be large.
        .only("event", "created_at", "article__published_at", *FIGURE_FIELDS)
        .order_by(F("article__published_at").desc(nulls_last=True), "-created_at")
    )
    for report in reports:
        by_event[report.event_id].append(report)
    return by_event


def apply_event_figures(event: Event, reports: Sequence[EventReport]) -> list[str]:
    """Set the figures `refresh_event_figures` describes on the instance, from its reports
    (newest first, see `reports_newest_first`), without saving; returns the fields changed."""
    if event.review_status == ReviewStatus.VERIFIED:
        return []
    curated = set(event.curated_fields)
    values: dict[str, int | None] = {}
    for field in FIGURE_FIELDS:
        if field not in curated:
            values[field] = _superseding_figure(reports, field)
    for field in RANGE_FIELDS:
        figures = [getattr(r, field) for r in reports if getattr(r, field) is not None]
        values[f"{field}_low"] = min(figures) if figures else None
        values[f"{field}_high"] = max(figures) if figures else None
    changed = [name for name, value in values.items() if getattr(event, name) != value]
    for name in changed:
        setattr(event, name, values[name])
    return changed


def _superseding_figure(reports: Sequence[EventReport], field: str) -> int | None:
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

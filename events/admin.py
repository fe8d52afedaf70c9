"""Django admin for curating ConflictDB records."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from events import services
from events.choices import ReviewStatus
from events.models import (
    Actor,
    ActorMention,
    Event,
    EventActor,
    EventRemoval,
    EventReport,
    ReviewQueueEvent,
    Statement,
)


class EstimatedCountPaginator(Paginator):
    """Avoids COUNT(*) over big tables: PostgreSQL's row estimate is good enough for paging."""

    @cached_property
    def count(self) -> int:
        query = self.object_list.query
        if query.where:
            return super().count
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT reltuples::bigint FROM pg_class WHERE relname = %s",
                [self.object_list.model._meta.db_table],
            )
            row = cursor.fetchone()
        estimate = int(row[0]) if row and row[0] and row[0] > 0 else -1
        return estimate if estimate > 10_000 else super().count


class EventActorInline(admin.TabularInline):
    model = EventActor
    extra = 0
    autocomplete_fields = ["actor"]


class EventReportInline(admin.TabularInline):
    model = EventReport
    extra = 0
    verbose_name_plural = "reports (figure history: which source said what, when)"
    fields = [
        "article",
        "source",
        "published",
        "event_date",
        "fatalities",
        "injured",
        "children_killed",
        "children_injured",
        "extractor_version",
    ]
    readonly_fields = fields
    show_change_link = True
    can_delete = False
    ordering = ["article__published_at", "created_at"]

    @admin.display(description="source")
    def source(self, report: EventReport) -> str:
        return report.article.source_name or report.article.url or "—"

    @admin.display(description="published")
    def published(self, report: EventReport):
        return report.article.published_at


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 0
    fields = ["text", "speaker", "speaker_as_written", "event", "start", "end"]
    readonly_fields = ["start", "end"]
    autocomplete_fields = ["speaker"]
    raw_id_fields = ["event"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = [
        "event_date",
        "event_type",
        "sub_event_type",
        "country",
        "admin1",
        "city",
        "fatalities",
        "injured",
        "review_status",
        "confidence",
        "updated_at",
    ]
    list_filter = ["review_status", "event_type", "sub_event_type", "country", "date_precision"]
    search_fields = ["city", "admin1", "summary", "public_id"]
    date_hierarchy = "event_date"
    readonly_fields = [
        "public_id",
        "confidence",
        "fatalities_low",
        "fatalities_high",
        "injured_low",
        "injured_high",
        "merged_into",
        "curated_fields",
        "created_at",
        "updated_at",
        "evidence",
    ]
    inlines = [EventActorInline, EventReportInline]
    actions = ["verify", "reject", "merge"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    ordering = ["-event_date", "-id"]

    def save_model(self, request, obj, form, change):
        if change:
            services.save_curated_event(obj, form.changed_data)
        else:
            super().save_model(request, obj, form, change)

    @admin.display(description="Evidence in the source articles")
    def evidence(self, event: Event) -> str:
        parts = []
        for report in event.reports.select_related("article").order_by("created_at"):
            spans = [tuple(s) for field in report.evidence.values() for s in field]
            parts.append(
                format_html(
                    '<h4>{}</h4><div style="white-space: pre-wrap; max-height: 30em; '
                    'overflow: auto; max-width: 60em">{}</div>',
                    report.article,
                    highlight(report.article.text, spans),
                )
            )
        return format_html_join("", "{}", ((p,) for p in parts)) or "—"

    @admin.action(description="Merge selected events into the oldest one")
    def merge(self, request, queryset):
        events = list(queryset.order_by("id"))
        try:
            survivor = services.merge_events(events[0], events[1:])
        except services.CurationError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(
            request,
            f"{len(events) - 1} event(s) merged into {survivor.public_id}.",
            messages.SUCCESS,
        )

    @admin.action(description="Mark selected events verified")
    def verify(self, request, queryset):
        changed = services.set_review_status(queryset, ReviewStatus.VERIFIED)
        self.message_user(request, f"{changed} event(s) verified.", messages.SUCCESS)

    @admin.action(description="Mark selected events rejected")
    def reject(self, request, queryset):
        changed = services.set_review_status(queryset, ReviewStatus.REJECTED)
        self.message_user(request, f"{changed} event(s) rejected.", messages.SUCCESS)


def highlight(text: str, spans: list[tuple[int, int]]) -> str:
    """The text, escaped, with the given spans in <mark>; overlapping spans are merged."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, cursor = [], 0
    for start, end in merged:
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))


@admin.register(ReviewQueueEvent)
class ReviewQueueAdmin(EventAdmin):
    """Unverified events, least confident first, with the evidence of each value highlighted."""

    list_display = [
        "confidence",
        "event_date",
        "sub_event_type",
        "country",
        "city",
        "fatalities",
        "injured",
        "summary",
    ]
    list_filter = ["event_type", "country"]
    ordering = ["confidence", "-event_date", "id"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(review_status=ReviewStatus.UNVERIFIED, merged_into__isnull=True)
        )


@admin.register(EventRemoval)
class EventRemovalAdmin(admin.ModelAdmin):
    list_display = ["public_id", "reason", "merged_into", "removed_at"]
    list_filter = ["reason"]
    search_fields = ["public_id", "merged_into"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "created_at"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "normalised_name", "aliases"]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["merge"]

    @admin.action(description="Merge selected actors into the oldest one")
    def merge(self, request, queryset):
        actors = list(queryset.order_by("id"))
        try:
            survivor = services.merge_actors(actors[0], actors[1:])
        except services.CurationError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(
            request, f"{len(actors) - 1} actor(s) merged into {survivor}.", messages.SUCCESS
        )


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "speaker", "speaker_as_written", "statement_date", "article"]
    list_select_related = ["speaker", "article"]
    search_fields = ["text", "speaker_as_written", "speaker__name"]
    list_filter = ["statement_date"]
    autocomplete_fields = ["speaker"]
    raw_id_fields = ["article", "event"]
    readonly_fields = [
        "start",
        "end",
        "confidence",
        "extractor_version",
        "created_at",
        "updated_at",
    ]
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    @admin.display(description="Quote")
    def short_text(self, statement: Statement) -> str:
        return statement.text[:100]


@admin.register(EventReport)
class EventReportAdmin(admin.ModelAdmin):
    list_display = ["event", "article", "event_date", "fatalities", "injured", "created_at"]
    list_select_related = ["event", "article"]
    raw_id_fields = ["event", "article"]
    readonly_fields = ["evidence", "extracted", "extractor_version", "created_at"]
    actions = ["split"]

    @admin.action(description="Split selected reports off into events of their own")
    def split(self, request, queryset):
        for report in queryset.select_related("event", "article"):
            try:
                event = services.split_report(report)
            except services.CurationError as exc:
                self.message_user(request, f"{report}: {exc}", messages.ERROR)
                continue
            self.message_user(request, f"{report.article} now reports {event.public_id}.")

    paginator = EstimatedCountPaginator
    show_full_result_count = False


@admin.register(ActorMention)
class ActorMentionAdmin(admin.ModelAdmin):
    list_display = ["actor", "article"]
    list_select_related = ["actor", "article"]
    raw_id_fields = ["article"]
    autocomplete_fields = ["actor"]


@admin.register(EventActor)
class EventActorAdmin(admin.ModelAdmin):
    list_display = ["event", "actor", "role"]
    list_filter = ["role"]
    list_select_related = ["event", "actor"]
    raw_id_fields = ["event"]
    autocomplete_fields = ["actor"]

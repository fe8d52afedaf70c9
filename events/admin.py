"""Django admin for curating ConflictDB records."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join

from events import services
from events.choices import ReviewStatus
from events.models import Actor, ActorMention, Article, Event, EventActor, EventReport, Statement


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
    fields = [
        "article",
        "event_date",
        "fatalities",
        "injured",
        "children_killed",
        "children_injured",
        "extractor_version",
        "created_at",
    ]
    readonly_fields = fields
    show_change_link = True
    can_delete = False


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 0
    fields = ["text", "speaker", "speaker_as_written", "event", "start", "end"]
    readonly_fields = ["start", "end"]
    autocomplete_fields = ["speaker"]
    raw_id_fields = ["event"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
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
    readonly_fields = ["public_id", "confidence", "curated_fields", "created_at", "updated_at"]
    inlines = [EventActorInline, EventReportInline]
    actions = ["verify", "reject"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    ordering = ["-event_date", "-id"]

    def save_model(self, request, obj, form, change):
        if change:
            services.save_curated_event(obj, form.changed_data)
        else:
            super().save_model(request, obj, form, change)

    @admin.action(description="Mark selected events verified")
    def verify(self, request, queryset):
        changed = services.set_review_status(queryset, ReviewStatus.VERIFIED)
        self.message_user(request, f"{changed} event(s) verified.", messages.SUCCESS)

    @admin.action(description="Mark selected events rejected")
    def reject(self, request, queryset):
        changed = services.set_review_status(queryset, ReviewStatus.REJECTED)
        self.message_user(request, f"{changed} event(s) rejected.", messages.SUCCESS)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "title",
        "source_name",
        "published_at",
        "status",
        "language",
        "extractor_version",
        "created_at",
    ]
    list_filter = ["status", "language", "source_name"]
    search_fields = ["title", "url", "content_hash"]
    readonly_fields = [
        "content_hash",
        "status",
        "error",
        "extractor_version",
        "attempts",
        "processed_at",
        "created_at",
        "updated_at",
        "text_with_evidence",
        "extracted_events",
    ]
    exclude = ["html"]
    inlines = [StatementInline]
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    @admin.display(description="Text (evidence highlighted)")
    def text_with_evidence(self, article: Article) -> str:
        spans = []
        for report in article.reports.all():
            for field_spans in report.evidence.values():
                spans.extend(tuple(s) for s in field_spans)
        spans.extend((s.start, s.end) for s in article.statements.all())
        return format_html(
            '<div style="white-space: pre-wrap; max-width: 60em">{}</div>',
            highlight(article.text, spans),
        )

    @admin.display(description="Events extracted")
    def extracted_events(self, article: Article) -> str:
        reports = article.reports.select_related("event")
        return (
            format_html_join(
                "",
                '<div><a href="../../../event/{}/change/">{}</a></div>',
                ((r.event_id, str(r.event)) for r in reports),
            )
            or "—"
        )


def highlight(text: str, spans: list[tuple[int, int]]) -> str:
    """The text, escaped, with the given spans in <mark>; overlapping spans are merged."""
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

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


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "created_at"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "normalised_name", "aliases"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
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

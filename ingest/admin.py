"""Admin for articles (text with evidence highlighted, status, retrying extraction) and for the
news feeds they come from (polling status, poll now, activate or deactivate)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join

from events.admin import EstimatedCountPaginator, StatementInline, highlight
from events.models import Article, Source, SourceEntry
from ingest.sources import mark_poll_started
from ingest.sweeper import requeue_articles


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
        "merged_into",
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
    actions = ["retry_extraction"]
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

    @admin.action(description="Retry extraction of selected articles")
    def retry_extraction(self, request, queryset):
        ids = list(queryset.values_list("id", flat=True))
        sent = requeue_articles(ids)
        level = messages.SUCCESS if sent == len(ids) else messages.WARNING
        self.message_user(request, f"{sent} of {len(ids)} article(s) sent for extraction.", level)


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "feed_url",
        "active",
        "poll_interval_minutes",
        "last_polled_at",
        "last_status",
        "last_new_entries",
        "entries_seen",
        "short_error",
    ]
    list_filter = ["active", "last_status"]
    search_fields = ["name", "feed_url"]
    readonly_fields = [
        "last_polled_at",
        "last_status",
        "last_error",
        "last_new_entries",
        "entries_seen",
        "etag",
        "last_modified",
        "created_at",
        "updated_at",
    ]
    actions = ["poll_now", "activate", "deactivate"]

    @admin.display(description="Last error")
    def short_error(self, source: Source) -> str:
        return source.last_error[:120]

    @admin.action(description="Poll selected sources now")
    def poll_now(self, request, queryset):
        from ingest.tasks import poll_source

        ids = list(queryset.values_list("id", flat=True))
        for source_id in ids:
            mark_poll_started(source_id)
            poll_source.delay(source_id)
        self.message_user(request, f"{len(ids)} source(s) sent to be polled.", messages.SUCCESS)

    @admin.action(description="Activate selected sources")
    def activate(self, request, queryset):
        self.message_user(request, f"{queryset.update(active=True)} source(s) activated.")

    @admin.action(description="Deactivate selected sources")
    def deactivate(self, request, queryset):
        self.message_user(request, f"{queryset.update(active=False)} source(s) deactivated.")


@admin.register(SourceEntry)
class SourceEntryAdmin(admin.ModelAdmin):
    list_display = ["url", "source", "article", "created_at"]
    list_filter = ["source"]
    list_select_related = ["source", "article"]
    search_fields = ["url", "guid"]
    readonly_fields = ["source", "guid", "url", "article", "created_at"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False

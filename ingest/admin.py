"""Admin for articles: their text with evidence highlighted, status, and retrying extraction."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join

from events.admin import EstimatedCountPaginator, StatementInline, highlight
from events.models import Article
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

"""The articles endpoint: submit articles for extraction and follow their status."""

from __future__ import annotations

from django.db.models import Count
from django.http import HttpResponsePermanentRedirect
from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle

from events.api.filters import ArticleFilterSet
from events.api.schema import with_errors
from events.api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ArticleSubmitResponseSerializer,
    ArticleSubmitSerializer,
)
from events.models import Article
from ingest.submit import RejectedArticle, submit_article


class ArticleViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """News articles: submit one (token required) and follow its extraction status."""

    # Duplicates (URLs that turned out to be an article already stored) are not listed.
    queryset = (
        Article.objects.filter(merged_into__isnull=True)
        .annotate(event_count=Count("reports"))
        .defer("text", "html")
    )
    filterset_class = ArticleFilterSet
    ordering_fields = {
        "published_at": "published_at",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    ordering = "-created_at"
    throttle_scope = "writes"

    def get_throttles(self):
        throttles = super().get_throttles()
        if self.action == "create":
            # Submissions start extraction work: a stricter budget than reads, per user or IP.
            throttles.append(ScopedRateThrottle())
        return throttles

    def get_queryset(self):
        if self.action == "retrieve":
            return Article.objects.annotate(event_count=Count("reports")).defer("html")
        return super().get_queryset()

    @extend_schema(
        responses=with_errors(
            {
                200: ArticleDetailSerializer,
                301: OpenApiResponse(
                    description="The URL was an article already stored; Location points to it."
                ),
            }
        )
    )
    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        article = self.get_object()
        if article.merged_into_id is not None:
            location = reverse("article-detail", kwargs={"pk": article.merged_into_id})
            return HttpResponsePermanentRedirect(request.build_absolute_uri(location))
        return Response(self.get_serializer(article).data)

    def get_serializer_class(self):
        if self.action == "create":
            return ArticleSubmitSerializer
        if self.action == "retrieve":
            return ArticleDetailSerializer
        return ArticleSerializer

    @extend_schema(
        request=ArticleSubmitSerializer,
        responses=with_errors(
            {
                202: OpenApiResponse(
                    ArticleSubmitResponseSerializer, description="Accepted for extraction."
                ),
                200: OpenApiResponse(
                    ArticleSubmitResponseSerializer, description="The same text was already stored."
                ),
            }
        ),
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        serializer = ArticleSubmitSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            stored = submit_article(
                text=data.get("text", ""),
                html=data.get("html", ""),
                url=data.get("url"),
                title=data.get("title", ""),
                published_at=data.get("published_at"),
                source_name=data.get("source", ""),
                language=data.get("language", ""),
            )
        except RejectedArticle as exc:
            raise ValidationError({exc.field: [exc.message]}) from None
        article = stored.article
        body = {
            "id": article.pk,
            "status": article.status,
            "status_url": request.build_absolute_uri(f"/api/articles/{article.pk}/"),
            "created": stored.created,
        }
        return Response(
            body, status=status.HTTP_202_ACCEPTED if stored.created else status.HTTP_200_OK
        )

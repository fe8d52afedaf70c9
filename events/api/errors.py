"""A JSON body for every API error, naming the field or parameter at fault."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.defaults import page_not_found
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import exception_handler

EXPORT_FORMATS = frozenset({"csv", "geojson"})


def json_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = exception_handler(exc, context)
    if response is None:
        return None
    request = context.get("request")
    renderer = getattr(request, "accepted_renderer", None)
    if renderer is not None and renderer.format in EXPORT_FORMATS:
        # A CSV or GeoJSON client still gets its error as JSON, not as an empty export.
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type
    data = response.data
    if isinstance(data, dict) and "detail" in data and len(data) == 1:
        body = {"error": str(data["detail"]), "code": getattr(data["detail"], "code", "error")}
    elif isinstance(data, dict):
        body = {"error": "invalid input", "fields": data}
    else:
        body = {"error": "invalid input", "fields": {"non_field_errors": data}}
    response.data = body
    return response


def api_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Django's 404 for URLs no route matches: JSON under /api/, the usual page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "Not found.", "code": "not_found"}, status=404)
    return page_not_found(request, exception)

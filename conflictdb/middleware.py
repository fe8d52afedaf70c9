"""Request body limit: an oversized body gets a 413 JSON answer before anything reads it."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse


def too_large(limit: int) -> JsonResponse:
    return JsonResponse(
        {
            "error": f"The request body is larger than {limit} bytes.",
            "code": "request_too_large",
            "limit": limit,
        },
        status=413,
    )


class RequestSizeLimitMiddleware:
    """413 for bodies above DATA_UPLOAD_MAX_MEMORY_SIZE (MAX_REQUEST_BYTES), file parts included.

    Django's own check only counts form fields held in memory and answers 400 with an HTML page;
    uploaded files are not counted at all. A declared Content-Length over the limit is refused
    before the body is read; a body without one (chunked) is caught when Django reads past it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if limit is not None and declared > limit:
            return too_large(limit)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, RequestDataTooBig):
            return too_large(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        return None

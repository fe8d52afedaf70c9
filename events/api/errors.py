"""A JSON body for every API error, naming the field or parameter at fault."""

from __future__ import annotations

from typing import Any

from rest_framework.response import Response
from rest_framework.views import exception_handler


def json_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(data, dict) and "detail" in data and len(data) == 1:
        body = {"error": str(data["detail"]), "code": getattr(data["detail"], "code", "error")}
    elif isinstance(data, dict):
        body = {"error": "invalid input", "fields": data}
    else:
        body = {"error": "invalid input", "fields": {"non_field_errors": data}}
    response.data = body
    return response

"""Renderers that let content negotiation pick CSV or GeoJSON (`format=` or Accept).

The event list answers these formats with a streamed export (export.py) instead of rendering
serializer data; error responses switch back to JSON (errors.py). `render` covers the rest:
a flat list of dicts, should a view hand one over.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rest_framework.renderers import BaseRenderer


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type=None, renderer_context=None) -> bytes:
        rows = data if isinstance(data, list) else [data]
        buffer = io.StringIO()
        if rows and isinstance(rows[0], dict):
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return buffer.getvalue().encode(self.charset)


class GeoJSONRenderer(BaseRenderer):
    media_type = "application/geo+json"
    format = "geojson"
    charset = None

    def render(self, data: Any, accepted_media_type=None, renderer_context=None) -> bytes:
        return json.dumps(data, ensure_ascii=False).encode("utf-8")


EXPORT_RENDERERS = (CSVRenderer, GeoJSONRenderer)

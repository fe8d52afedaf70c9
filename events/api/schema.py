"""drf-spectacular customisations: error responses, export formats, stats filters, examples."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema_serializer,
)
from rest_framework import serializers

from events.api.export import COLUMN_NAMES

ERROR_CODES = {
    "400": "A parameter or field is unknown or malformed; `fields` names it.",
    "401": "Authentication is required (writes, or reads when anonymous reads are off).",
    "403": "The token's user may not do this.",
    "404": "No such object, or a format this endpoint does not offer.",
    "413": "The request body is larger than the configured limit (MAX_REQUEST_BYTES).",
    "429": "Too many requests; retry after the time in the Retry-After header.",
}


class ErrorSerializer(serializers.Serializer):
    """Every API error: a message, and for invalid input the fields or parameters at fault."""

    error = serializers.CharField(help_text="What went wrong.")
    code = serializers.CharField(required=False, help_text="A short machine-readable code.")
    fields = serializers.DictField(
        child=serializers.JSONField(),
        required=False,
        help_text="Parameter or field name → list of messages.",
    )
    limit = serializers.IntegerField(
        required=False, help_text="With 413: the largest body accepted, in bytes."
    )


def with_errors(responses: dict[Any, Any]) -> dict[Any, Any]:
    """`responses` plus the JSON error bodies every endpoint can answer."""
    errors = {
        int(code): OpenApiResponse(ErrorSerializer, description=text)
        for code, text in ERROR_CODES.items()
    }
    return {**responses, **errors}


class ConflictDBAutoSchema(AutoSchema):
    """Documents the JSON errors everywhere and the event filters on /api/events/stats/ too."""

    def get_filter_backends(self) -> list[Any]:
        if getattr(self.view, "action", None) == "stats":
            return getattr(self.view, "filter_backends", [])
        return super().get_filter_backends()

    def _get_filter_parameters(self) -> list[dict[str, Any]]:
        # Filters typed with @extend_schema_field lose their help_text; put it back.
        parameters = super()._get_filter_parameters()
        filterset_class = getattr(self.view, "filterset_class", None)
        if filterset_class is not None:
            for parameter in parameters:
                declared = filterset_class.base_filters.get(parameter["name"])
                help_text = declared.extra.get("help_text") if declared else None
                if help_text and not parameter.get("description"):
                    parameter["description"] = str(help_text)
        return parameters

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code, text in ERROR_CODES.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(
                    OpenApiResponse(ErrorSerializer, description=text),
                    code,
                    media_types=["application/json"],
                    direction=direction,
                )
        return responses


# --- Export formats (CSV and GeoJSON) ----------------------------------------------------

EXPORT_FIELDS_PARAMETER = OpenApiParameter(
    "fields",
    {"type": "array", "items": {"type": "string", "enum": list(COLUMN_NAMES)}},
    style="form",
    explode=False,
    description=(
        "CSV and GeoJSON only: the columns (properties) to export, comma-separated, in order. "
        "Default: all."
    ),
    examples=[OpenApiExample("ACLED core", value=["event_id_cnty", "event_date", "fatalities"])],
)


class ExportRowSerializer(serializers.Serializer):
    """One exported event: ACLED-compatible columns first, then ConflictDB's own."""

    event_id_cnty = serializers.UUIDField(required=False, help_text="ConflictDB public id.")
    event_date = serializers.DateField(required=False, allow_null=True)
    year = serializers.IntegerField(required=False, allow_null=True)
    time_precision = serializers.IntegerField(
        required=False, allow_null=True, help_text="1 day, 2 week, 3 month (as ACLED)."
    )
    disorder_type = serializers.CharField(required=False)
    event_type = serializers.CharField(required=False)
    sub_event_type = serializers.CharField(required=False)
    actor1 = serializers.CharField(
        required=False, allow_null=True, help_text="Perpetrators, `; `-separated."
    )
    assoc_actor_1 = serializers.CharField(
        required=False, allow_null=True, help_text="Associated actors."
    )
    actor2 = serializers.CharField(required=False, allow_null=True, help_text="Targets.")
    assoc_actor_2 = serializers.CharField(required=False, help_text="Always empty.")
    iso = serializers.IntegerField(
        required=False, allow_null=True, help_text="ISO 3166-1 numeric code."
    )
    country = serializers.CharField(required=False, help_text="Country name.")
    admin1 = serializers.CharField(required=False)
    admin2 = serializers.CharField(required=False, help_text="Always empty.")
    location = serializers.CharField(required=False, help_text="City, town or village.")
    latitude = serializers.FloatField(required=False, allow_null=True)
    longitude = serializers.FloatField(required=False, allow_null=True)
    geo_precision = serializers.IntegerField(required=False, allow_null=True)
    source = serializers.CharField(
        required=False, allow_null=True, help_text="Outlets that reported it, `; `-separated."
    )
    notes = serializers.CharField(required=False, help_text="Summary.")
    fatalities = serializers.IntegerField(required=False, allow_null=True)
    timestamp = serializers.IntegerField(required=False, help_text="Last change, Unix time.")
    country_code = serializers.CharField(required=False, help_text="ISO 3166-1 alpha-2 code.")
    injured = serializers.IntegerField(required=False, allow_null=True)
    children_killed = serializers.IntegerField(required=False, allow_null=True)
    children_injured = serializers.IntegerField(required=False, allow_null=True)
    weapons = serializers.CharField(required=False, help_text="`; `-separated.")
    districts = serializers.CharField(required=False, help_text="`; `-separated.")
    review_status = serializers.CharField(required=False)
    confidence = serializers.FloatField(required=False)


class PointSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["Point"])
    coordinates = serializers.ListField(
        child=serializers.FloatField(),
        min_length=2,
        max_length=2,
        help_text="[longitude, latitude]",
    )


class FeatureSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["Feature"])
    id = serializers.UUIDField()
    geometry = PointSerializer()
    properties = ExportRowSerializer()


@extend_schema_serializer(many=False)
class FeatureCollectionSerializer(serializers.Serializer):
    """RFC 7946 GeoJSON; events without coordinates are left out."""

    type = serializers.ChoiceField(choices=["FeatureCollection"])
    features = FeatureSerializer(many=True)


def event_list_responses() -> dict[Any, Any]:
    from events.api.serializers import EventSerializer

    return with_errors(
        {
            (200, "application/json"): EventSerializer(many=True),
            (200, "text/csv"): OpenApiResponse(
                OpenApiTypes.STR,
                description="CSV with ACLED-compatible column names (`format=csv`), streamed.",
            ),
            (200, "application/geo+json"): OpenApiResponse(
                FeatureCollectionSerializer,
                description="GeoJSON FeatureCollection (`format=geojson`), streamed.",
            ),
        }
    )


GROUP_BY_EXAMPLES = [
    OpenApiExample("Daily series", value="day"),
    OpenApiExample("Per country", value="country"),
]

# --- Examples and comma-separated lists, applied to the finished schema --------------------

PARAMETER_EXAMPLES: dict[str, Any] = {
    "city": "Kyiv,Kharkiv",
    "country": "UA",
    "admin1": "North Darfur",
    "district": "Pechersk",
    "bbox": "22.1,44.3,40.2,52.4",
    "near": "50.45,30.52",
    "radius_km": 25,
    "date_from": "2025-04-01",
    "date_to": "2025-04-30",
    "updated_since": "2025-11-01T00:00:00Z",
    "weapon": "drone,missile",
    "actor": "Russia",
    "speaker": "Zelenskyy",
    "q": "residential building",
    "name": "Rapid Support Forces",
    "source": "Reuters",
}


FORMAT_DESCRIPTION = (
    "Response format. On the event list: json (default), csv or geojson, streamed and "
    "unpaginated; the Accept header (text/csv, application/geo+json) works too."
)


def postprocess_parameters(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Comma-separated lists as form arrays (explode false), and examples for the filters."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") != "query":
                    continue
                if parameter.get("schema", {}).get("type") == "array":
                    parameter["style"] = "form"
                    parameter["explode"] = False
                if parameter["name"] == "format" and not parameter.get("description"):
                    parameter["description"] = FORMAT_DESCRIPTION
                example = PARAMETER_EXAMPLES.get(parameter["name"])
                if (
                    example is not None
                    and "example" not in parameter
                    and ("examples" not in parameter)
                ):
                    parameter["example"] = example
    return result

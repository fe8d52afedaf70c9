"""System checks for the ingestion settings (`manage.py check --deploy` runs them)."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Tags, Warning, register

PLACEHOLDER_HOST = ".invalid/"


@register(Tags.security, deploy=True)
def fetch_contact_url_is_set(app_configs, **kwargs):
    """Sites we fetch from should be able to reach whoever runs this instance."""
    if PLACEHOLDER_HOST in settings.FETCH_CONTACT_URL:
        return [
            Warning(
                "FETCH_CONTACT_URL is the built-in placeholder; the User-Agent of every fetch "
                "points site owners to it.",
                hint="Set FETCH_CONTACT_URL to a page or mailto: address about this instance.",
                id="ingest.W001",
            )
        ]
    return []

"""State the ingestion side keeps for itself (the domain lives in `events`)."""

from __future__ import annotations

from django.db import models


class FetchHost(models.Model):
    """When a host may next be asked for a page or feed, shared by every worker process."""

    host = models.CharField(max_length=253, primary_key=True)
    next_request_at = models.DateTimeField()

    class Meta:
        verbose_name = "fetch host"

    def __str__(self) -> str:
        return self.host

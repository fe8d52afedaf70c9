"""The Celery application: configuration from Django settings (CELERY_*), tasks autodiscovered."""

from __future__ import annotations

import gc
import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictdb.settings")

app = Celery("conflictdb")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def load_extractor_before_forking(**kwargs: object) -> None:
    """Load the extractor's language model and place index in the worker's main process, before
    the pool forks: every pool process then starts ready instead of loading them (about 3 s and
    0.5 GB) at its first article, and the processes share the model's memory copy-on-write."""
    from ingest.tasks import load_extractor

    load_extractor()
    # Keep the garbage collector of each pool process off these objects, so that it does not
    # write to (and so copy) the shared pages.
    gc.freeze()

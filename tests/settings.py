"""Settings for the test suite: the project's settings with test-only defaults."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "true")
os.environ.setdefault("THROTTLE_ANON", "100000/minute")
os.environ.setdefault("THROTTLE_USER", "100000/minute")
os.environ.setdefault("THROTTLE_WRITES", "100000/minute")

from conflictdb.settings import *  # noqa: F403

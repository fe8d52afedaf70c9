from conflictdb.celery import app as celery_app

# Keep in step with pyproject.toml; the fetcher names it in its User-Agent.
__version__ = "0.1.0"

__all__ = ("__version__", "celery_app")

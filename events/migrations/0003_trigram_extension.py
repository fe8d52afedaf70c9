from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm, for the API's spelling-tolerant city filter (similarity())."""

    dependencies = [
        ("events", "0002_event_curated_fields"),
    ]

    operations = [
        TrigramExtension(),
    ]

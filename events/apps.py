from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Conflict events"

    def ready(self) -> None:
        from events.permissions import ensure_editor_group

        post_migrate.connect(ensure_editor_group, sender=self)

"""The editor role: curators who may review and fix records but not administer users."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"

# model -> actions editors may take on it
EDITOR_PERMISSIONS = {
    "event": ("view", "change", "delete"),
    "reviewqueueevent": ("view", "change"),
    "eventactor": ("view", "add", "change", "delete"),
    "eventreport": ("view", "change"),
    "statement": ("view", "change"),
    "actor": ("view", "add", "change", "delete"),
    "actormention": ("view",),
    "article": ("view", "change"),
    "eventremoval": ("view",),
}


def ensure_editor_group(**kwargs) -> None:
    """Create or complete the Editors group (runs after every migrate)."""
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [
        f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    ]
    permissions = Permission.objects.filter(
        content_type__app_label="events", codename__in=codenames
    )
    group.permissions.add(*permissions)

"""Print an API token for a user, creating the user if asked: `manage.py issue_token alice`."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = "Print the API token of USERNAME (created on first use), for writes to the API."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--create-user",
            action="store_true",
            help="Create the user (without a password, so it cannot log in to the admin).",
        )
        parser.add_argument(
            "--rotate", action="store_true", help="Replace the user's existing token."
        )

    def handle(self, *args, username: str, create_user: bool, rotate: bool, **options) -> None:
        users = get_user_model().objects
        try:
            user = users.get(username=username)
        except users.model.DoesNotExist:
            if not create_user:
                raise CommandError(
                    f"No user {username!r}; pass --create-user to create one."
                ) from None
            user = users.create_user(username=username)  # unusable password
        if not user.is_active:
            raise CommandError(f"User {username!r} is inactive.")
        if rotate:
            Token.objects.filter(user=user).delete()
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(token.key)

"""Make sure an administrator account exists, without ever using a fixed password."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import get_random_string


class Command(BaseCommand):
    help = (
        "Create the superuser named by DJANGO_SUPERUSER_USERNAME (default 'admin') if it "
        "does not exist. The password comes from DJANGO_SUPERUSER_PASSWORD, or is generated "
        "and printed once."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin").strip()
        if not username:
            raise CommandError("DJANGO_SUPERUSER_USERNAME is set but empty.")
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin account '{username}' already exists; left as it is."
            )
            return

        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        generated = not password
        if generated:
            password = get_random_string(20)
        else:
            try:
                validate_password(password, User(username=username))
            except ValidationError as error:
                raise CommandError(
                    "DJANGO_SUPERUSER_PASSWORD is too weak: " + " ".join(error.messages)
                ) from error

        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "")
        User.objects.create_superuser(username=username, email=email, password=password)
        if generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Created admin account '{username}' with password: {password}\n"
                    "This password is shown only once: note it now, or set "
                    "DJANGO_SUPERUSER_PASSWORD before the first run."
                )
            )
        else:
            self.stdout.write(f"Created admin account '{username}'.")

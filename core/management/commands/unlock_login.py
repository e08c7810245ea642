"""Lift sign-in lock-outs by account name or client address, or list them."""

import ipaddress

from django.conf import settings
from django.core.management.base import BaseCommand

from axes.models import AccessAttempt
from axes.utils import reset


def is_address(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


class Command(BaseCommand):
    help = (
        "Unlock sign-ins for the given usernames or IP addresses (--all for every one); "
        "without arguments, list who is locked out."
    )

    def add_arguments(self, parser):
        parser.add_argument("who", nargs="*", help="Usernames or IP addresses")
        parser.add_argument(
            "--all", action="store_true", help="Lift every lock-out and failure count"
        )

    def handle(self, *args, who, all, **options):
        if all:
            self.stdout.write(f"Unlocked everyone ({reset()} failure records removed).")
            return
        if not who:
            self.list_lockouts()
            return
        for value in who:
            count = reset(ip=value) if is_address(value) else reset(username=value)
            verdict = "unlocked" if count else "had no failed sign-ins recorded"
            self.stdout.write(f"{value}: {verdict}.")

    def list_lockouts(self):
        locked = AccessAttempt.objects.filter(
            failures_since_start__gte=settings.AXES_FAILURE_LIMIT
        ).order_by("-attempt_time")
        if not locked:
            self.stdout.write("Nobody is locked out.")
            return
        for attempt in locked:
            self.stdout.write(
                f"{attempt.username or '-'} from {attempt.ip_address or '-'}: "
                f"{attempt.failures_since_start} failures, last at {attempt.attempt_time:%Y-%m-%d %H:%M %Z}"
            )

"""Retry the webhook deliveries whose back-off has passed (run it every minute)."""

from django.core.management.base import BaseCommand

from core.webhooks.delivery import deliver_due


class Command(BaseCommand):
    help = "Retry pending webhook deliveries that are due."

    def handle(self, *args, **options):
        count = deliver_due()
        self.stdout.write(f"Attempted {count} webhook deliveries.")

"""Build the network's site from the 2015 seed page; running it again changes nothing."""

from django.core.management.base import BaseCommand
from django.db import transaction

from blog.seed import seed_blog
from core.seed import seed_network_settings
from events.seed import seed_events
from resources.directory.seed import seed_directory
from resources.seed import seed_library
from site_pages.seed import seed_home_body, seed_site_pages


class Command(BaseCommand):
    help = (
        "Load the seed content: home page, general pages and site settings, then each "
        "content app's part. Existing pages are left as editors have them."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            home, site, pages, created = seed_site_pages()
            seed_network_settings(site)
            # Each content app adds its part under the home page.
            for seed in self.app_seeders():
                seed(home)
            # The home sections choose event pages, so they come last.
            if created:
                seed_home_body(home, pages)
        self.stdout.write(
            self.style.SUCCESS(f"Seed content loaded for {site.root_url}/")
        )

    def app_seeders(self):
        """The content apps' seed functions, in dependency order."""
        return [seed_blog, seed_events, seed_library, seed_directory]

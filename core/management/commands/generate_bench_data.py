"""Build a deterministic, realistic data set for the benchmarks."""

import random

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils.module_loading import autodiscover_modules

from core.bench_data import Progress, registry
from core.management.commands.analyze_database import analyze_database

# Options an app may not register (yet); accepted and reported.
PLANNED = {"organizations": "resources", "events": "events"}
SEED = 2015  # the year of the first Summit; any fixed number keeps runs identical


class Command(BaseCommand):
    help = (
        "Add N posts (with authors, tags, series, images and multi-block bodies) and "
        "whatever other apps register, deterministically, to the seeded site."
    )

    def add_arguments(self, parser):
        autodiscover_modules("bench_data")
        for option, generator in sorted(registry.items()):
            parser.add_argument(f"--{option}", type=int, default=0, help=generator.help)
        for option, app in PLANNED.items():
            if option not in registry:
                parser.add_argument(
                    f"--{option}",
                    type=int,
                    default=0,
                    help=f"Extended when the {app} app registers a generator.",
                )

    def handle(self, *args, **options):
        wanted = {
            option: options[option]
            for option in [*registry, *PLANNED]
            if options.get(option)
        }
        if not wanted:
            raise CommandError("Say how many to build, e.g. --posts 100.")
        # Index once at the end instead of once per object, and keep background
        # tasks (search indexing, CDN purges) from running per save.
        quiet_tasks = {
            "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
        }
        with override_settings(TASKS=quiet_tasks):
            for option, count in wanted.items():
                if option not in registry:
                    self.stderr.write(f"--{option}: no generator yet; skipped.")
                    continue
                progress = Progress(option, count, stream=self.stderr)
                with transaction.atomic():
                    rng = random.Random(SEED)  # noqa: S311 (repeatable data, no secrets)
                    registry[option].function(count, rng, progress)
        self.stderr.write("Updating the search index…")
        call_command("update_index", verbosity=0)
        analyze_database()  # fresh planner statistics, as after any bulk load

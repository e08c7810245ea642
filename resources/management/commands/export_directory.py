"""Write the approved organizations of the Health Care Social Media List as CSV."""

from django.core.management.base import BaseCommand, CommandError

from resources.directory.spreadsheet import write_csv
from resources.models.organizations import Organization


class Command(BaseCommand):
    help = (
        "Export approved organizations in import_directory's CSV format (formula-safe), "
        "to --output or standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="File to write (default: stdout).")

    def handle(self, *args, **options):
        organizations = (
            Organization.objects.approved().with_profiles().order_by("name", "pk")
        )
        if not options["output"]:
            write_csv(self.stdout, organizations.iterator(chunk_size=2000))
            return
        try:
            with open(options["output"], "w", encoding="utf-8", newline="") as file:
                write_csv(file, organizations.iterator(chunk_size=2000))
        except OSError as error:
            raise CommandError(
                f"Cannot write {options['output']}: {error.strerror}"
            ) from error
        count = organizations.count()
        self.stderr.write(f"Exported {count} organizations to {options['output']}.")

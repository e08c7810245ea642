"""Create or update organizations of the Health Care Social Media List from a CSV file."""

import csv
import sys
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tqdm import tqdm

from resources.directory.spreadsheet import (
    COLUMNS,
    Importer,
    RowOutcome,
    header_problems,
)
from resources.models.organizations import Organization


class Command(BaseCommand):
    help = (
        "Import organizations from a CSV file in export_directory's format (columns: "
        f"{', '.join(COLUMNS)}). Rows are matched to existing organizations by their "
        "normalised website; new ones are listed as approved unless --status says "
        "otherwise. Running the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A UTF-8 CSV file with a header row.")
        parser.add_argument(
            "--status",
            choices=Organization.Status.values,
            default=Organization.Status.APPROVED,
            help="Status of organizations the file creates (default: approved).",
        )

    def handle(self, *args, **options):
        rows = self.read_rows(Path(options["file"]))
        importer = Importer(status=options["status"])
        totals = Counter()
        refused = []
        progress = tqdm(
            rows,
            desc="Importing",
            unit="row",
            file=sys.stderr,
            disable=options["verbosity"] < 1,
        )
        # Row 1 is the header, so the first organization is on line 2, as spreadsheets number it.
        for number, row in enumerate(progress, start=2):
            result = importer.import_row(number, row)
            totals[result.outcome] += 1
            if result.outcome is RowOutcome.REFUSED:
                refused.append((number, row.get("name") or "", result.reasons))
        for number, name, reasons in refused:
            self.stdout.write(
                self.style.WARNING(f"Row {number} ({name or 'no name'}) refused:")
            )
            for reason in reasons:
                self.stdout.write(f"  - {reason}")
        summary = ", ".join(
            f"{totals[outcome]} {outcome.value}" for outcome in RowOutcome
        )
        style = self.style.WARNING if refused else self.style.SUCCESS
        self.stdout.write(style(f"{len(rows)} rows: {summary}."))

    def read_rows(self, path):
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            with path.open(encoding="utf-8-sig", newline="") as file:
                reader = csv.DictReader(file)
                problems = header_problems(reader.fieldnames)
                if problems:
                    raise CommandError(
                        f"{path} cannot be imported. {' '.join(problems)}"
                    )
                return list(reader)
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{path} is not UTF-8 text (byte {error.start}): save it as "
                "“CSV UTF-8” and try again."
            ) from error
        except csv.Error as error:
            raise CommandError(f"{path} is not a readable CSV file: {error}") from error

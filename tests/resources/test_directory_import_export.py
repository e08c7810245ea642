"""import_directory and export_directory: idempotent imports, refused rows explained, round trips."""

import csv
import io

from django.core.management import CommandError, call_command

import pytest

from resources.directory.spreadsheet import COLUMNS
from resources.models import Organization
from tests.factories.directory import OrganizationFactory

pytestmark = pytest.mark.django_db


def write_csv(path, rows, columns=COLUMNS):
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def run_import(path, *args):
    out = io.StringIO()
    call_command("import_directory", str(path), *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def run_export(*args):
    out = io.StringIO()
    call_command("export_directory", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def snapshot():
    """Every organization and its profiles as plain values, to compare before and after."""
    return [
        (
            organization.name,
            organization.slug,
            organization.kind,
            organization.website,
            organization.city,
            organization.region,
            organization.country,
            organization.description,
            organization.status,
            organization.last_verified,
            sorted((p.network, p.url) for p in organization.profiles.all()),
        )
        for organization in Organization.objects.order_by("name").prefetch_related(
            "profiles"
        )
    ]


GOOD = {
    "name": "Mayo Clinic",
    "kind": "hospital",
    "website": "https://www.mayoclinic.org/",
    "city": "Rochester",
    "region": "Minnesota",
    "country": "United States",
    "description": "Academic medical center.",
    "last_verified": "2026-03-12",
    "facebook": "https://www.facebook.com/MayoClinic",
    "x": "https://x.com/MayoClinic",
}


class TestImport:
    def test_good_bad_and_duplicate_rows(self, tmp_path):
        path = write_csv(
            tmp_path / "list.csv",
            [
                GOOD,
                {**GOOD, "name": "Mayo again", "website": "http://MAYOCLINIC.org"},
                {"name": "No website", "kind": "clinic", "website": ""},
                {
                    "name": "Bad network",
                    "kind": "clinic",
                    "website": "https://a.example.org/",
                    "facebook": "https://twitter.com/nope",
                },
                {"name": "Script", "kind": "clinic", "website": "javascript:alert(1)"},
                {
                    "name": "Odd kind",
                    "kind": "spaceship",
                    "website": "https://b.example.org/",
                },
                {
                    "name": "=Formula Clinic",
                    "kind": "clinic",
                    "website": "https://c.example.org/",
                },
            ],
        )

        report = run_import(path)

        assert "Row 3 (Mayo again) refused:" in report
        assert "website: same as row 2" in report
        assert "Row 4 (No website) refused:" in report
        assert "Row 5 (Bad network) refused:" in report
        assert "facebook: A Facebook profile must be on facebook.com" in report
        assert "Row 6 (Script) refused:" in report
        assert "Row 7 (Odd kind) refused:" in report
        assert "7 rows: 2 created, 0 updated, 0 unchanged, 5 refused." in report
        mayo = Organization.objects.get(name="Mayo Clinic")
        assert mayo.status == Organization.Status.APPROVED
        assert str(mayo.last_verified) == "2026-03-12"
        assert sorted(mayo.profiles.values_list("network", flat=True)) == [
            "facebook",
            "x",
        ]

    def test_running_it_again_changes_nothing(self, tmp_path):
        path = write_csv(tmp_path / "list.csv", [GOOD])
        run_import(path)
        before = snapshot()

        report = run_import(path)

        assert "1 rows: 0 created, 0 updated, 1 unchanged, 0 refused." in report
        assert snapshot() == before

    def test_updates_match_by_normalised_website(self, tmp_path):
        OrganizationFactory(
            name="Mayo",
            website="https://www.mayoclinic.org/",
            profiles={"youtube": "https://www.youtube.com/user/mayoclinic"},
        )
        path = write_csv(
            tmp_path / "list.csv", [{**GOOD, "website": "http://mayoclinic.org"}]
        )

        report = run_import(path)

        assert "1 updated" in report
        mayo = Organization.objects.get()
        assert mayo.name == "Mayo Clinic"
        assert sorted(mayo.profiles.values_list("network", flat=True)) == [
            "facebook",
            "x",
        ]

    def test_a_profile_of_another_organization_is_refused(self, tmp_path):
        OrganizationFactory(name="Owner", profiles={"x": "https://x.com/MayoClinic"})
        path = write_csv(tmp_path / "list.csv", [GOOD])

        report = run_import(path)

        assert "already listed for “Owner”" in report
        assert not Organization.objects.filter(name="Mayo Clinic").exists()

    def test_missing_file(self, tmp_path):
        with pytest.raises(CommandError, match="No such file"):
            run_import(tmp_path / "nope.csv")

    def test_wrong_columns(self, tmp_path):
        path = tmp_path / "wrong.csv"
        path.write_text(
            "title,url\nMayo,https://www.mayoclinic.org/\n", encoding="utf-8"
        )

        with pytest.raises(CommandError, match="Missing columns: name, kind, website"):
            run_import(path)

    def test_bad_encoding(self, tmp_path):
        path = tmp_path / "latin1.csv"
        path.write_bytes(
            "name,kind,website\nClínica,clinic,https://x.example.org/\n".encode(
                "latin-1"
            )
        )

        with pytest.raises(CommandError, match="not UTF-8"):
            run_import(path)

    def test_empty_file(self, tmp_path):
        path = tmp_path / "empty.csv"
        path.write_text("", encoding="utf-8")

        with pytest.raises(CommandError, match="no header row"):
            run_import(path)


class TestExport:
    def test_approved_only_and_formula_safe(self):
        OrganizationFactory(
            name='=HYPERLINK("http://evil.example")',
            profiles={"x": "https://x.com/evil"},
        )
        OrganizationFactory(name="Hidden", status=Organization.Status.PENDING)

        rows = list(csv.DictReader(io.StringIO(run_export())))

        assert [row["name"] for row in rows] == ['\'=HYPERLINK("http://evil.example")']
        assert rows[0]["x"] == "https://x.com/evil"
        assert "submitter" not in ",".join(rows[0])

    def test_export_then_import_round_trip(self, tmp_path):
        OrganizationFactory(
            name="-Dash Clinic",
            description="+1 for patients",
            profiles={
                "facebook": "https://www.facebook.com/Dash",
                "blog": "https://blog.dash.example.org/",
            },
        )
        OrganizationFactory(name="Plain Hospital", city="", last_verified="2026-01-15")
        output = tmp_path / "export.csv"
        call_command("export_directory", "--output", str(output), stderr=io.StringIO())
        before = snapshot()

        # Into the same database: nothing changes.
        assert "2 unchanged" in run_import(output)
        assert snapshot() == before

        # Into an empty one: the same organizations come back.
        Organization.objects.all().delete()
        assert "2 created" in run_import(output)
        assert snapshot() == before
        assert run_export() == output.read_text(encoding="utf-8")

    def test_unwritable_output(self, tmp_path):
        with pytest.raises(CommandError, match="Cannot write"):
            run_export("--output", str(tmp_path / "missing" / "dir" / "x.csv"))

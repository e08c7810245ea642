"""The directory as a CSV file: one row per organization, one column per network.

`export_directory` writes approved organizations in this format and `import_directory`
reads it back, so an export re-imports unchanged. Cells are formula-safe on the way
out (core.exports) and restored on the way in.
"""

import enum
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from core.exports import FormulaSafeCSVWriter, restore_formula_text
from resources.directory import addresses
from resources.models.organizations import Kind, Network, Organization, SocialProfile

FIELD_COLUMNS = [
    "name",
    "slug",
    "kind",
    "website",
    "city",
    "region",
    "country",
    "description",
    "last_verified",
]
NETWORK_COLUMNS = list(Network.values)
COLUMNS = FIELD_COLUMNS + NETWORK_COLUMNS
REQUIRED_COLUMNS = ("name", "kind", "website")
UPDATED_FIELDS = [
    "name",
    "kind",
    "city",
    "region",
    "country",
    "description",
    "last_verified",
]


class RowOutcome(enum.Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass
class RowResult:
    outcome: RowOutcome
    organization: Organization | None = None
    reasons: tuple = ()


class RowForm(forms.ModelForm):
    """The fields of one CSV row, checked as the admin would check them."""

    website = forms.URLField(max_length=500, assume_scheme="https")
    slug = forms.SlugField(max_length=220, required=False)

    class Meta:
        model = Organization
        fields = [name for name in FIELD_COLUMNS if name != "slug"]

    def _post_clean(self):
        self._validate_unique = False  # duplicates are matched, not refused
        super()._post_clean()


def export_rows(organizations):
    """Dicts of COLUMNS for `organizations` (profiles prefetched)."""
    for organization in organizations:
        row = {name: getattr(organization, name) or "" for name in FIELD_COLUMNS}
        row["last_verified"] = (
            organization.last_verified.isoformat() if organization.last_verified else ""
        )
        for network in NETWORK_COLUMNS:
            row[network] = " ".join(
                profile.url
                for profile in organization.profiles.all()
                if profile.network == network
            )
        yield row


def write_csv(file, organizations):
    writer = FormulaSafeCSVWriter(file, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in export_rows(organizations):
        writer.writerow(row)


def header_problems(fieldnames):
    """What is wrong with a file's header row, in words; empty when it can be read."""
    if not fieldnames:
        return ["The file is empty or has no header row."]
    problems = []
    missing = [name for name in REQUIRED_COLUMNS if name not in fieldnames]
    if missing:
        problems.append(f"Missing columns: {', '.join(missing)}.")
    unknown = [name for name in fieldnames if name not in COLUMNS]
    if unknown:
        problems.append(
            f"Unknown columns: {', '.join(map(str, unknown))}. "
            f"Expected some of: {', '.join(COLUMNS)}."
        )
    return problems


def row_profiles(row):
    """(network, url) pairs of a row and the reasons any of them is refused."""
    profiles, reasons = [], []
    labels = dict(Network.choices)
    for network in NETWORK_COLUMNS:
        for url in (row.get(network) or "").split():
            try:
                addresses.check_network_address(network, url, labels[network])
            except ValidationError as error:
                reasons.append(f"{network}: {' '.join(error.messages)}")
            else:
                profiles.append((network, addresses.clean_address(url)))
    return profiles, reasons


class Importer:
    """Creates or updates organizations row by row, matched by normalised website."""

    def __init__(self, status=Organization.Status.APPROVED):
        self.status = status
        self.seen_websites = {}

    def import_row(self, number, raw):
        row = {
            key: restore_formula_text((value or "").strip())
            for key, value in raw.items()
            if key
        }
        form = RowForm({**row, "kind": row.get("kind") or Kind.OTHER})
        profiles, reasons = row_profiles(row)
        if not form.is_valid():
            reasons = [
                f"{field}: {' '.join(errors)}" for field, errors in form.errors.items()
            ] + reasons
        if reasons:
            return RowResult(RowOutcome.REFUSED, reasons=tuple(reasons))
        website = addresses.normal_form(form.cleaned_data["website"])
        if website in self.seen_websites:
            return RowResult(
                RowOutcome.REFUSED,
                reasons=(f"website: same as row {self.seen_websites[website]}",),
            )
        self.seen_websites[website] = number
        try:
            with transaction.atomic():
                return self.save(form.cleaned_data, row.get("slug", ""), profiles)
        except (IntegrityError, ValidationError) as error:
            message = getattr(error, "messages", None) or [str(error)]
            return RowResult(RowOutcome.REFUSED, reasons=tuple(message))

    def save(self, data, slug, profiles):
        website = addresses.normal_form(data["website"])
        organization = (
            Organization.objects.listed_or_pending()
            .filter(normalized_website=website)
            .prefetch_related("profiles")
            .first()
        )
        taken = SocialProfile.objects.filter(
            reserved=True,
            normalized_url__in=[addresses.normal_form(url) for _, url in profiles],
        )
        if organization is not None:
            taken = taken.exclude(organization=organization)
        conflicts = [
            f"{profile.network}: {profile.url} is already listed for “{profile.organization}”"
            for profile in taken.select_related("organization")
        ]
        if conflicts:
            return RowResult(RowOutcome.REFUSED, reasons=tuple(conflicts))
        if organization is None:
            organization = Organization(
                website=data["website"], status=self.status, slug=self.free_slug(slug)
            )
            for name in UPDATED_FIELDS:
                setattr(organization, name, data[name])
            organization.save()
            self.set_profiles(organization, profiles)
            return RowResult(RowOutcome.CREATED, organization)
        changed = [
            name for name in UPDATED_FIELDS if getattr(organization, name) != data[name]
        ]
        for name in changed:
            setattr(organization, name, data[name])
        if changed:
            organization.save(update_fields=changed)
        profiles_changed = self.set_profiles(organization, profiles)
        if changed or profiles_changed:
            return RowResult(RowOutcome.UPDATED, organization)
        return RowResult(RowOutcome.UNCHANGED, organization)

    @staticmethod
    def free_slug(slug):
        if slug and not Organization.objects.filter(slug=slug).exists():
            return slug
        return ""  # Organization.save() makes one from the name

    @staticmethod
    def set_profiles(organization, profiles):
        """Make the organization's profiles exactly `profiles`; whether anything changed."""
        current = {(p.network, p.url): p for p in organization.profiles.all()}
        wanted = set(profiles)
        stale = [profile.pk for key, profile in current.items() if key not in wanted]
        if stale:
            SocialProfile.objects.filter(pk__in=stale).delete()
        added = [key for key in profiles if key not in current]
        for network, url in added:
            SocialProfile.objects.create(
                organization=organization, network=network, url=url
            )
        return bool(stale or added)

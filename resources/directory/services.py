"""One way in for a submission to the list, whether from the "Add yours" form or the API."""

import enum
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from core import ratelimit
from resources.directory import addresses
from resources.directory.forms import OrganizationSubmissionForm, profile_formset
from resources.directory.notifications import notify_moderators_task
from resources.models.organizations import Organization, SocialProfile

RATE_LIMITED_MESSAGE = (
    "You have sent several submissions in a short time. Please wait about {wait} "
    "and send it again."
)
DUPLICATE_LISTED = "“{name}” is already on the list with this {what}."
DUPLICATE_PENDING = "An organization with this {what} is already awaiting moderation."


class Outcome(enum.Enum):
    ACCEPTED = "accepted"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    RATE_LIMITED = "rate_limited"


@dataclass
class Submission:
    """What became of a submission; the forms keep what was typed and what to fix."""

    outcome: Outcome
    form: OrganizationSubmissionForm
    profiles: object
    organization: Organization | None = None
    retry_after: int = 0
    duplicates: list = field(default_factory=list)

    @property
    def accepted(self):
        return self.outcome is Outcome.ACCEPTED

    def errors(self):
        """Every error as (field path, message): `profiles.<row>.<field>` for profile rows."""
        entries = [
            (name, message)
            for name, errors in self.form.errors.as_data().items()
            for error in errors
            for message in error.messages
        ]
        for number, row in enumerate(self.profiles.forms):
            entries += [
                (f"profiles.{number}.{name}", message)
                for name, errors in row.errors.as_data().items()
                for error in errors
                for message in error.messages
            ]
        entries += [(None, message) for message in self.profiles.non_form_errors()]
        return entries


def rate_limited_message(retry_after):
    wait = ratelimit.RateLimitResult(False, retry_after).wait_message()
    return RATE_LIMITED_MESSAGE.format(wait=wait)


def duplicate_message(organization, what):
    if organization.is_public:
        return DUPLICATE_LISTED.format(name=organization.name, what=what)
    # A pending organization is not public: say it exists, never what it is.
    return DUPLICATE_PENDING.format(what=what)


def find_duplicates(form, profiles):
    """Report, on the fields concerned, a website or profile already listed or pending."""
    found = []
    website = form.cleaned_data.get("website")
    if website:
        existing = (
            Organization.objects.listed_or_pending()
            .filter(normalized_website=addresses.normal_form(website))
            .first()
        )
        if existing is not None:
            form.add_error(
                "website",
                ValidationError(
                    duplicate_message(existing, "website"), code="duplicate"
                ),
            )
            found.append(existing)
    keys = {
        addresses.normal_form(row.cleaned_data["url"]): row
        for row in profiles.forms
        if row.cleaned_data.get("url")
    }
    taken = SocialProfile.objects.filter(
        reserved=True, normalized_url__in=keys
    ).select_related("organization")
    for profile in taken:
        keys[profile.normalized_url].add_error(
            "url",
            ValidationError(
                duplicate_message(profile.organization, "profile"), code="duplicate"
            ),
        )
        found.append(profile.organization)
    return found


def submission_rate_limit(request, *, now=None):
    """Count one submission from this client against DIRECTORY_SUBMISSION_RATE_LIMIT."""
    return ratelimit.hit(
        request,
        scope="directory",
        rate=settings.DIRECTORY_SUBMISSION_RATE_LIMIT,
        now=now,
    )


def submit_organization(data, request):
    """Validate, rate-limit, check for duplicates and save a pending organization.

    The organization is saved before any e-mail is attempted and the moderators' notice
    is sent once the transaction commits, so a failing mail server never loses it. The
    database's unique constraints catch a duplicate that arrives between check and save.
    """
    form = OrganizationSubmissionForm(data)
    profiles = profile_formset(data)
    limit = submission_rate_limit(request)
    if not limit.allowed:
        form.add_error(
            None,
            ValidationError(
                rate_limited_message(limit.retry_after), code="rate_limited"
            ),
        )
        return Submission(
            Outcome.RATE_LIMITED, form, profiles, retry_after=limit.retry_after
        )
    # `&`, not `and`: both are validated so every mistake is reported at once.
    if not (form.is_valid() & profiles.is_valid()):
        return Submission(Outcome.INVALID, form, profiles)
    duplicates = find_duplicates(form, profiles)
    if duplicates:
        return Submission(Outcome.DUPLICATE, form, profiles, duplicates=duplicates)
    try:
        organization = save_submission(form, profiles)
    except IntegrityError:
        duplicates = find_duplicates(form, profiles)
        if not duplicates:
            raise
        return Submission(Outcome.DUPLICATE, form, profiles, duplicates=duplicates)
    transaction.on_commit(
        partial(notify_moderators_task.enqueue, organization.pk), robust=True
    )
    return Submission(Outcome.ACCEPTED, form, profiles, organization=organization)


def save_submission(form, profiles):
    with transaction.atomic():
        organization = form.save(commit=False)
        organization.status = Organization.Status.PENDING
        organization.save()
        for network, url in profiles.profiles():
            SocialProfile.objects.create(
                organization=organization, network=network, url=url
            )
    return organization

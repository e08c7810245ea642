"""One way in for a registration, whether it comes from the summit page or the API.

Each registration is one transaction that locks its pricing tier's row, so seats are
counted and taken one registrant at a time: two people racing for the last seat get
one seat and one place on the waiting list, never two seats.
"""

import enum
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet

from core import ratelimit
from core.ratelimit import client_address
from events.models import PricingTier
from events.models.registration import DUPLICATE_MESSAGE, Registration
from events.registration.forms import UNKNOWN_TIER_MESSAGE, RegistrationForm
from events.registration.notifications import send_confirmation_task

CLOSED_MESSAGE = "Registration for this summit is closed."
RATE_LIMITED_MESSAGE = (
    "You have sent several registrations in a short time. Please wait about {wait} "
    "and send it again."
)
CONFIRMED_MESSAGE = (
    "You are registered for {summit} ({tier}). A confirmation is on its way to {email}."
)
WAITLISTED_MESSAGE = (
    "{tier} is full, so you are on its waiting list for {summit}. We will write to "
    "{email} if a seat opens up."
)


class Outcome(enum.Enum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    CLOSED = "closed"
    RATE_LIMITED = "rate_limited"


@dataclass(frozen=True)
class Submission:
    """What became of a registration; `form` keeps what the reader typed."""

    outcome: Outcome
    form: RegistrationForm
    registration: Registration | None = None
    retry_after: int = 0

    @property
    def accepted(self):
        return self.outcome in (Outcome.CONFIRMED, Outcome.WAITLISTED)

    @property
    def message(self):
        """What the registrant is told: their seat, or their place on the waiting list."""
        registration = self.registration
        template = WAITLISTED_MESSAGE if registration.waitlisted else CONFIRMED_MESSAGE
        return template.format(
            summit=registration.summit.title,
            tier=registration.tier.name,
            email=registration.email,
        )


def rate_limited_message(retry_after):
    wait = ratelimit.RateLimitResult(False, retry_after).wait_message()
    return RATE_LIMITED_MESSAGE.format(wait=wait)


def registration_rate_limit(request, *, now=None):
    """Count one registration from this client against REGISTRATION_RATE_LIMIT."""
    return ratelimit.hit(
        request, scope="registration", rate=settings.REGISTRATION_RATE_LIMIT, now=now
    )


def accepts_registrations(summit, now=None):
    return summit.live and summit.registration_is_open(now)


def tiers_with_availability(summit):
    """The summit's tiers with `confirmed_count`, `waiting_count`, `seats_left`, `is_full`.

    One query for all tiers; `seats_left` is None for a tier without a capacity.
    """
    tiers = summit.pricing_tiers.all()
    if not isinstance(tiers, QuerySet):
        # A preview's tiers live in memory, unsaved: nothing to count yet.
        tiers = list(tiers)
        for tier in tiers:
            tier.seats_left, tier.is_full = None, False
        return tiers
    tiers = list(
        tiers.annotate(
            confirmed_count=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.CONFIRMED),
            ),
            waiting_count=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.WAITLISTED),
            ),
        )
    )
    for tier in tiers:
        set_availability(tier, tier.confirmed_count, tier.waiting_count)
    return tiers


def set_availability(tier, confirmed, waiting):
    if tier.capacity is None:
        tier.seats_left, tier.is_full = None, False
        return
    tier.seats_left = max(tier.capacity - confirmed, 0)
    # Once anyone waits, newcomers queue behind them even if a seat was freed:
    # staff give freed seats to the waiting list first.
    tier.is_full = tier.seats_left == 0 or waiting > 0


def register(summit, data, request):
    """Validate, rate-limit and save a registration, then e-mail its confirmation.

    The confirmation goes out only once the transaction commits, through the task
    backend, so a failing mail server never loses a registration.
    """
    form = RegistrationForm(data, summit=summit)
    if not accepts_registrations(summit):
        form.add_error(None, ValidationError(CLOSED_MESSAGE, code="closed"))
        return Submission(Outcome.CLOSED, form)
    limit = registration_rate_limit(request)
    if not limit.allowed:
        message = rate_limited_message(limit.retry_after)
        form.add_error(None, ValidationError(message, code="rate_limited"))
        return Submission(Outcome.RATE_LIMITED, form, retry_after=limit.retry_after)
    if not form.is_valid():
        return Submission(Outcome.INVALID, form)

    registration = form.save(commit=False)
    registration.summit = summit
    address = client_address(request)
    registration.ip_address = str(address) if address else None
    try:
        with transaction.atomic():
            outcome = take_place(registration)
            if outcome is Outcome.DUPLICATE:
                return duplicate(form)
            if outcome is Outcome.INVALID:  # the tier was removed a moment ago
                form.add_error("tier", ValidationError(UNKNOWN_TIER_MESSAGE))
                return Submission(Outcome.INVALID, form)
            transaction.on_commit(
                partial(send_confirmation_task.enqueue, registration.pk), robust=True
            )
    except IntegrityError:
        # Another request registered the same address between our check and insert.
        if Registration.objects.for_email(summit, registration.email).exists():
            return duplicate(form)
        raise
    return Submission(outcome, form, registration=registration)


def take_place(registration):
    """Save `registration` with a seat or on the waiting list, and say which.

    Runs inside the caller's transaction: the tier's row stays locked until it commits.
    """
    tier = (
        PricingTier.objects.select_for_update()
        .filter(pk=registration.tier_id, summit=registration.summit)
        .first()
    )
    if tier is None:
        return Outcome.INVALID
    if Registration.objects.for_email(registration.summit, registration.email).exists():
        return Outcome.DUPLICATE
    counts = tier.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITLISTED)),
    )
    set_availability(tier, counts["confirmed"], counts["waiting"])
    registration.tier = tier
    registration.status = (
        Registration.Status.WAITLISTED
        if tier.is_full
        else Registration.Status.CONFIRMED
    )
    registration.save()
    return Outcome.WAITLISTED if registration.waitlisted else Outcome.CONFIRMED


def duplicate(form):
    form.add_error("email", ValidationError(DUPLICATE_MESSAGE, code="duplicate"))
    return Submission(Outcome.DUPLICATE, form)

"""Readers' registrations for a summit: one per e-mail address, confirmed or waiting."""

from django.db import models
from django.db.models.functions import Lower

DUPLICATE_MESSAGE = (
    "This e-mail address is already registered for this summit. "
    "Check your inbox for the confirmation, or write to us to change your registration."
)


class RegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=Registration.Status.WAITLISTED)

    def for_email(self, summit, email):
        """The registration of `email` for `summit`, whatever the address's case."""
        return self.filter(summit=summit, email__iexact=email)


class Registration(models.Model):
    """A reader's place at a summit in one pricing tier, or on its waiting list."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        WAITLISTED = "waitlisted", "On the waiting list"
        CANCELLED = "cancelled", "Cancelled"

    summit = models.ForeignKey(
        "events.SummitPage", related_name="registrations", on_delete=models.CASCADE
    )
    # SET_NULL: an editor removing a tier from the summit keeps its registrations.
    tier = models.ForeignKey(
        "events.PricingTier",
        related_name="registrations",
        on_delete=models.SET_NULL,
        null=True,
        verbose_name="pricing tier",
    )
    name = models.CharField(max_length=120)
    email = models.EmailField(max_length=254, verbose_name="e-mail")
    organization = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=120, blank=True)
    needs = models.TextField(
        max_length=1000, blank=True, verbose_name="accessibility or dietary needs"
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.CONFIRMED, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "summit",
                name="events_registration_one_per_email",
                violation_error_message=DUPLICATE_MESSAGE,
            )
        ]
        indexes = [models.Index(fields=["tier", "status"])]

    def __str__(self):
        return f"{self.name} ({self.get_status_display().lower()})"

    @property
    def waitlisted(self):
        return self.status == self.Status.WAITLISTED

"""The confirmation e-mail a registrant gets once their registration is saved."""

import logging
import smtplib

from django.core.mail import BadHeaderError, EmailMultiAlternatives
from django.template.loader import render_to_string

from django_tasks import task

from events.models.registration import Registration

logger = logging.getLogger(__name__)


def confirmation_subject(registration):
    if registration.waitlisted:
        return f"You are on the waiting list for {registration.summit.title}"
    return f"Your registration for {registration.summit.title}"


def send_confirmation(registration):
    """E-mail the registrant their seat or waiting-list place; failures are logged."""
    context = {"registration": registration, "summit": registration.summit}
    message = EmailMultiAlternatives(
        subject=confirmation_subject(registration),
        body=render_to_string("events/email/registration_confirmation.txt", context),
        to=[registration.email],
    )
    message.attach_alternative(
        render_to_string("events/email/registration_confirmation.html", context),
        "text/html",
    )
    try:
        message.send()
    except (smtplib.SMTPException, OSError, BadHeaderError):
        logger.exception(
            "Could not e-mail the confirmation of registration %s.", registration.pk
        )
        return False
    return True


@task()
def send_confirmation_task(registration_id):
    """send_confirmation as a background task, run once the registration is committed."""
    registration = (
        Registration.objects.select_related("summit", "tier")
        .filter(pk=registration_id)
        .first()
    )
    if registration is not None:
        send_confirmation(registration)

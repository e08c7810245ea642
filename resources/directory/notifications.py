"""E-mail to the moderators when an organization asks to join the list."""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import BadHeaderError, send_mail
from django.urls import reverse

from django_tasks import task

from resources.models.organizations import Organization

logger = logging.getLogger(__name__)

QUEUE_URL_NAME = "resources_organization_modeladmin_index"


def moderator_emails():
    """DIRECTORY_MODERATOR_EMAILS, or the active superusers' addresses when unset."""
    if settings.DIRECTORY_MODERATORS:
        return list(settings.DIRECTORY_MODERATORS)
    users = get_user_model().objects.filter(is_superuser=True, is_active=True)
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def moderation_queue_url():
    """The admin's list of pending organizations, as an absolute URL."""
    return f"{settings.WAGTAILADMIN_BASE_URL}{reverse(QUEUE_URL_NAME)}"


def notify_moderators(organization):
    """Tell the moderators about a submission; a mail failure is logged, never raised."""
    recipients = moderator_emails()
    if not recipients:
        logger.warning(
            "Organization %s awaits moderation but no moderator has an e-mail address.",
            organization.pk,
        )
        return False
    profiles = [
        f"- {profile.get_network_display()}: {profile.url}"
        for profile in organization.profiles.all()
    ]
    body = "\n".join(
        [
            f"{organization.submitter_name} asked to add “{organization.name}” "
            "to the Health Care Social Media List.",
            "",
            f"Kind: {organization.get_kind_display()}",
            f"Website: {organization.website}",
            *profiles,
            "",
            f"Approve or reject it: {moderation_queue_url()}",
        ]
    )
    try:
        send_mail(
            subject=f"New organization awaiting moderation: “{organization.name}”",
            message=body,
            from_email=None,
            recipient_list=recipients,
        )
    except (smtplib.SMTPException, OSError, BadHeaderError):
        logger.exception(
            "Could not e-mail moderators about organization %s.", organization.pk
        )
        return False
    return True


@task()
def notify_moderators_task(organization_id):
    """notify_moderators as a background task, so slow mail never holds up the submitter."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is not None:
        notify_moderators(organization)

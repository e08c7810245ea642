"""E-mail to the moderators when a comment awaits them."""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import BadHeaderError, send_mail
from django.urls import reverse
from django.utils.text import Truncator

from django_tasks import task

from blog.models.comment import Comment

logger = logging.getLogger(__name__)

QUEUE_URL_NAME = "blog_comment_modeladmin_index"


def moderator_emails():
    """COMMENT_MODERATOR_EMAILS, or the active superusers' addresses when unset."""
    if settings.COMMENT_MODERATORS:
        return list(settings.COMMENT_MODERATORS)
    users = get_user_model().objects.filter(is_superuser=True, is_active=True)
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def moderation_queue_url():
    """The admin's list of pending comments, as an absolute URL."""
    path = reverse(QUEUE_URL_NAME)
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}?status__exact=pending"


def comment_summary(comment):
    """The comment for the e-mail, or only why it was flagged: patient details stay in the admin."""
    if comment.flagged:
        reasons = ", ".join(comment.flag_reasons).lower()
        return (
            f"Flagged: it may contain a patient's details ({reasons}). "
            "Its text is not copied into this e-mail; read it in the admin."
        )
    return Truncator(comment.body).chars(500)


def notify_moderators(comment):
    """Tell the moderators about a new comment; a mail failure is logged, never raised."""
    recipients = moderator_emails()
    if not recipients:
        logger.warning(
            "Comment %s awaits moderation but no moderator has an e-mail address.",
            comment.pk,
        )
        return False
    post = comment.post
    body = "\n".join(
        [
            f"{comment.name} commented on “{post.title}”:",
            "",
            comment_summary(comment),
            "",
            f"Approve, reject or mark it as spam: {moderation_queue_url()}",
            f"The post: {post.full_url or post.url_path}",
        ]
    )
    try:
        send_mail(
            subject=f"New comment awaiting moderation on “{post.title}”",
            message=body,
            from_email=None,
            recipient_list=recipients,
        )
    except (smtplib.SMTPException, OSError, BadHeaderError):
        logger.exception("Could not e-mail moderators about comment %s.", comment.pk)
        return False
    return True


@task()
def notify_moderators_task(comment_id):
    """notify_moderators as a background task: with a worker-backed TASKS backend, a slow
    mail server never holds up the reader's request (the default backend runs it inline)."""
    comment = Comment.objects.select_related("post").filter(pk=comment_id).first()
    if comment is not None:
        notify_moderators(comment)

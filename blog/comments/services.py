"""One way in for a reader's comment, whether it comes from the post page or the API."""

import enum
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from blog.comments.forms import CommentForm
from blog.comments.notifications import notify_moderators_task
from blog.models.comment import Comment
from core import ratelimit
from core.ratelimit import client_address

THANKS_MESSAGE = "Thanks, your comment awaits moderation."
CLOSED_MESSAGE = "Comments are closed on this post."
RATE_LIMITED_MESSAGE = (
    "You have sent several comments in a short time. Please wait about {wait} "
    "and send it again."
)


class Outcome(enum.Enum):
    ACCEPTED = "accepted"
    INVALID = "invalid"
    RATE_LIMITED = "rate_limited"
    CLOSED = "closed"


@dataclass(frozen=True)
class Submission:
    """What became of a submission; `form` keeps what the reader typed."""

    outcome: Outcome
    form: CommentForm
    comment: Comment | None = None
    retry_after: int = 0

    @property
    def accepted(self):
        return self.outcome is Outcome.ACCEPTED


def rate_limited_message(retry_after):
    wait = ratelimit.RateLimitResult(False, retry_after).wait_message()
    return RATE_LIMITED_MESSAGE.format(wait=wait)


def comment_rate_limit(request, *, now=None):
    """Count one comment from this client against COMMENT_RATE_LIMIT."""
    return ratelimit.hit(
        request, scope="comment", rate=settings.COMMENT_RATE_LIMIT, now=now
    )


def accepts_comments(post):
    return post.live and post.comments_open


def submit_comment(post, data, request):
    """Validate, rate-limit, screen and save a pending comment, then tell the moderators.

    A comment that may hold a patient's details is saved flagged for the moderators;
    it is never published or dropped without one.

    The comment is saved before any e-mail is attempted, and the notice goes out only
    once the transaction commits, so a failing mail server never loses a comment.
    """
    form = CommentForm(data)
    if not accepts_comments(post):
        form.add_error(None, ValidationError(CLOSED_MESSAGE, code="closed"))
        return Submission(Outcome.CLOSED, form)
    limit = comment_rate_limit(request)
    if not limit.allowed:
        message = rate_limited_message(limit.retry_after)
        form.add_error(None, ValidationError(message, code="rate_limited"))
        return Submission(Outcome.RATE_LIMITED, form, retry_after=limit.retry_after)
    if not form.is_valid():
        return Submission(Outcome.INVALID, form)

    comment = form.save(commit=False)
    comment.post = post
    comment.status = Comment.Status.PENDING
    address = client_address(request)
    comment.ip_address = str(address) if address else None
    comment.user_agent = request.headers.get("User-Agent", "")[:300]
    comment.screen()
    comment.save()
    transaction.on_commit(
        partial(notify_moderators_task.enqueue, comment.pk), robust=True
    )
    return Submission(Outcome.ACCEPTED, form, comment=comment)

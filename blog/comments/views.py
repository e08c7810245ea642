"""The comment form's POST handler, served by each post at <post url>comment/."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import redirect

from blog.comments.forms import CommentForm
from blog.comments.services import THANKS_MESSAGE, Outcome, submit_comment
from core.submissions import body_too_large, too_large_message

STATUS_FOR_OUTCOME = {
    Outcome.INVALID: 400,
    Outcome.CLOSED: 403,
    Outcome.RATE_LIMITED: 429,
}


def post_comment(request, post):
    """Save a reader's comment for moderation, or show the form again with what went wrong."""
    anchor = f"{post.get_url(request)}#comments"
    if request.method != "POST":
        return redirect(anchor)

    if body_too_large(request, settings.COMMENT_MAX_BODY_BYTES):
        return refuse_too_large(request, post)
    try:
        data = request.POST
    except RequestDataTooBig:  # over DATA_UPLOAD_MAX_MEMORY_SIZE without a length
        return refuse_too_large(request, post)

    submission = submit_comment(post, data, request)
    if submission.accepted:
        messages.success(request, THANKS_MESSAGE)
        return redirect(anchor)
    response = render_post(
        request, post, submission.form, status=STATUS_FOR_OUTCOME[submission.outcome]
    )
    if submission.outcome is Outcome.RATE_LIMITED:
        response["Retry-After"] = str(submission.retry_after)
    return response


def refuse_too_large(request, post):
    # The body is never parsed, so there is no text to give back; say why instead.
    return render_post(
        request,
        post,
        CommentForm(),
        status=413,
        error=too_large_message(settings.COMMENT_MAX_BODY_BYTES, "comment"),
    )


def render_post(request, post, form, *, status, error=""):
    response = post.render(
        request, context_overrides={"comment_form": form, "comment_error": error}
    )
    response.status_code = status
    return response

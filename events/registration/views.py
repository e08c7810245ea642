"""The registration form's handler, served by each summit at <summit url>register/."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import redirect

from core.submissions import body_too_large, too_large_message
from events.registration.forms import RegistrationForm
from events.registration.services import Outcome, register

ANCHOR = "#register"
STATUS_FOR_OUTCOME = {
    Outcome.INVALID: 400,
    Outcome.CLOSED: 403,
    Outcome.DUPLICATE: 409,
    Outcome.RATE_LIMITED: 429,
}


def register_view(request, summit):
    """Register a reader, or show the form again with what went wrong and what they typed."""
    anchor = f"{summit.get_url(request)}{ANCHOR}"
    if request.method != "POST":
        return redirect(anchor)

    if body_too_large(request, settings.REGISTRATION_MAX_BODY_BYTES):
        return refuse_too_large(request, summit)
    try:
        data = request.POST
    except RequestDataTooBig:  # over DATA_UPLOAD_MAX_MEMORY_SIZE without a length
        return refuse_too_large(request, summit)

    submission = register(summit, data, request)
    if submission.accepted:
        messages.success(request, submission.message)
        return redirect(anchor)
    response = render_summit(
        request,
        summit,
        submission.form,
        status=STATUS_FOR_OUTCOME[submission.outcome],
    )
    if submission.outcome is Outcome.RATE_LIMITED:
        response["Retry-After"] = str(submission.retry_after)
    return response


def refuse_too_large(request, summit):
    # The body is never parsed, so there is no text to give back; say why instead.
    limit = settings.REGISTRATION_MAX_BODY_BYTES
    return render_summit(
        request,
        summit,
        RegistrationForm(summit=summit),
        status=413,
        error=too_large_message(limit, "registration"),
    )


def render_summit(request, summit, form, *, status, error=""):
    response = summit.render(
        request,
        context_overrides={"registration_form": form, "registration_error": error},
    )
    response.status_code = status
    return response

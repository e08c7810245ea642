"""Guards every public POST endpoint of API v3 shares (comments, submissions, registrations).

- `refuse_bodies_over(setting)`: 415 for any body that is not `application/json` (a
  plain form or text post needs no CORS preflight, so any web page could post from
  its visitors' browsers), then 413 before the body is parsed when it declares more
  bytes than the setting allows;
- `require_json`: the 415 alone, for a public POST without a size limit;
- `form_errors(form)`: a Django form's errors as problem+json entries located like
  Ninja's own (`body.<field>`), so form and API report the same messages.
"""

from functools import wraps

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS

from wagtail.api.v3.errors import problem_response

from core.submissions import body_too_large, too_large_message

JSON = "application/json"


def require_json(view):
    """A view decorator answering 415 unless the body is declared `application/json`."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.content_type != JSON:
            return problem_response(
                status=415, detail=f"Send the body as {JSON} (Content-Type: {JSON})."
            )
        return view(request, *args, **kwargs)

    return wrapper


def refuse_bodies_over(setting_name, what="submission"):
    """A view decorator for public POSTs: 415 unless JSON, 413 for bodies over
    `settings.<setting_name>` bytes."""

    def decorator(view):
        @require_json
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            limit = getattr(settings, setting_name)
            if body_too_large(request, limit):
                return problem_response(
                    status=413, detail=too_large_message(limit, what)
                )
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def form_errors(form):
    """Form errors as problem+json entries (`{"type", "loc", "msg"}`)."""
    return [
        {
            "type": error.code or "invalid",
            "loc": ["body"] if field == NON_FIELD_ERRORS else ["body", field],
            "msg": message,
        }
        for field, errors in form.errors.as_data().items()
        for error in errors
        for message in error.messages
    ]

"""Guards every public POST endpoint of API v3 shares (comments, submissions, registrations).

- `refuse_bodies_over(setting)`: 413 before the body is parsed when it declares more
  bytes than the setting allows;
- `form_errors(form)`: a Django form's errors as problem+json entries located like
  Ninja's own (`body.<field>`), so form and API report the same messages.
"""

from functools import wraps

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS

from wagtail.api.v3.errors import problem_response

from core.submissions import body_too_large, too_large_message


def refuse_bodies_over(setting_name, what="submission"):
    """A view decorator answering 413 for bodies over `settings.<setting_name>` bytes."""

    def decorator(view):
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

"""Throttled sign-ins: django-axes for accounts, core.ratelimit for page passwords.

Failed admin logins are counted per account and per client address in the database
(django-axes' database handler), so every worker and server shares the count. The
client address is the one core.ratelimit uses, so TRUST_X_FORWARDED_FOR applies alike.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.timesince import timeuntil

from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction
from wagtail.views import authenticate_with_password

from axes.backends import AxesBackend

from core import ratelimit
from core.ratelimit import client_address

LOCKED_PAGE_MESSAGE = (
    "Too many wrong passwords for this page from your connection. "
    "Please wait about {wait} and try again."
)


def client_ip(request):
    """AXES_CLIENT_IP_CALLABLE: the address core.ratelimit counts, as text."""
    address = client_address(request)
    return str(address) if address is not None else None


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a 429 page saying the sign-in is paused and for how long."""
    now = timezone.now()
    wait = timeuntil(now + settings.AXES_COOLOFF_TIME, now)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "wait": wait}
    return render(request, "core/login_locked_out.html", context, status=429)


def throttled_authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password form, refusing a client after too many wrong passwords.

    Wrong passwords are counted per client and per restriction; once
    PAGE_PASSWORD_RATE_LIMIT is reached, even the right one is refused (429) until
    the window ends.
    """
    if request.method == "POST":
        scope = f"page-password:{page_view_restriction_id}"
        rate = settings.PAGE_PASSWORD_RATE_LIMIT
        state = ratelimit.peek(request, scope=scope, rate=rate)
        if not state.allowed:
            return refuse_page_password(
                request, page_view_restriction_id, page_id, state
            )
        restriction = get_object_or_404(
            PageViewRestriction, id=page_view_restriction_id
        )
        if not PasswordViewRestrictionForm(
            request.POST, instance=restriction
        ).is_valid():
            ratelimit.hit(request, scope=scope, rate=rate)
    return authenticate_with_password(request, page_view_restriction_id, page_id)


def refuse_page_password(request, restriction_id, page_id, state):
    """The page's password form again, with 429 and how long to wait."""
    restriction = get_object_or_404(PageViewRestriction, id=restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = PasswordViewRestrictionForm(
        {"return_url": request.POST.get("return_url", "")}, instance=restriction
    )
    form.is_valid()  # binds the hidden return URL; the password error is replaced below
    form.errors.clear()
    message = LOCKED_PAGE_MESSAGE.format(wait=state.wait_message())
    form.add_error(None, ValidationError(message, code="locked"))
    response = page.serve_password_required_response(request, form, request.path)
    response.render()
    response.status_code = 429
    response["Retry-After"] = str(state.retry_after)
    return response


class LoginThrottleBackend(AxesBackend):
    """django-axes' lock-out check, skipped for logins made outside a request.

    Every sign-in form passes the request; calls without one (the shell, the test
    client's `login`) have no client to count. The password itself is checked by the
    ModelBackend listed after it; this one also loads users (`get_user`), so sessions
    naming it stay valid.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)

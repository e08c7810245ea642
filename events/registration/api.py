"""Registration in Wagtail's v3 API: the same service as the summit page's form.

Mounted at /api/v3/registrations/ by EventsConfig.ready(), so it shares the v3
OpenAPI document and its problem+json errors.
"""

from django.http import HttpRequest

from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.api.v3.errors import ProblemDetail, problem_response

from ninja import Field, Router, Schema, Status
from ninja.decorators import decorate_view

from core.api.public_posts import form_errors, refuse_bodies_over
from events.models import SummitPage
from events.models.registration import DUPLICATE_MESSAGE
from events.registration.services import (
    CLOSED_MESSAGE,
    Outcome,
    rate_limited_message,
    register,
)

MAX_ID = 2**63 - 1
NO_SUCH_SUMMIT = "No published summit has this id."

router = Router(tags=["registrations"], auth=[BearerTokenAuth(), AllowAnonymous()])


class RegistrationInput(Schema):
    summit: int = Field(ge=1, le=MAX_ID, description="The id of a published summit.")
    tier: int = Field(
        ge=1, le=MAX_ID, description="The id of one of the summit's pricing tiers."
    )
    name: str = Field(description="Up to 120 characters.")
    email: str = Field(description="One registration per address and summit.")
    organization: str = Field("", description="Up to 200 characters.")
    role: str = Field("", description="Up to 120 characters.")
    needs: str = Field(
        "", description="Accessibility or dietary needs, up to 1000 characters."
    )
    website: str = Field(
        "", description="Leave empty. Submissions that fill it in are refused."
    )


class RegistrationCreated(Schema):
    id: int
    status: str = Field(
        description="`confirmed` (a seat is yours) or `waitlisted` (the tier is full)."
    )
    tier: int
    detail: str = Field(description="What the registrant is told, in words.")


@router.post(
    "/",
    response={
        201: RegistrationCreated,
        403: ProblemDetail,
        404: ProblemDetail,
        409: ProblemDetail,
        413: ProblemDetail,
        422: ProblemDetail,
        429: ProblemDetail,
    },
    url_name="create_registration",
    summary="Register for a summit",
    description=(
        "Registers one person for a summit in one pricing tier. A tier at capacity puts "
        "the registrant on its waiting list (`status: waitlisted`). 403 when registration "
        "is closed, 404 for an unknown summit, 409 when the e-mail address is already "
        "registered for the summit, 413 for a body over the size limit, 422 with the "
        "field named in `loc` (an unknown tier is `body.tier`), 429 with Retry-After "
        "when the client registered too often."
    ),
    operation_id="registrations_create",
)
@decorate_view(refuse_bodies_over("REGISTRATION_MAX_BODY_BYTES", "registration"))
def create_registration(request: HttpRequest, data: RegistrationInput):
    summit = SummitPage.objects.live().public().filter(pk=data.summit).first()
    if summit is None:
        return problem_response(status=404, detail=NO_SUCH_SUMMIT)
    submission = register(summit, data.dict(exclude={"summit"}), request)
    if submission.outcome is Outcome.CLOSED:
        return problem_response(status=403, detail=CLOSED_MESSAGE)
    if submission.outcome is Outcome.RATE_LIMITED:
        response = problem_response(
            status=429, detail=rate_limited_message(submission.retry_after)
        )
        response["Retry-After"] = str(submission.retry_after)
        return response
    if submission.outcome is Outcome.DUPLICATE:
        return problem_response(
            status=409,
            detail=DUPLICATE_MESSAGE,
            errors=form_errors(submission.form),
        )
    if submission.outcome is Outcome.INVALID:
        return problem_response(
            status=422, detail="Validation failed", errors=form_errors(submission.form)
        )
    registration = submission.registration
    return Status(
        201,
        {
            "id": registration.pk,
            "status": registration.status,
            "tier": registration.tier_id,
            "detail": submission.message,
        },
    )

"""The Health Care Social Media List in Wagtail's v3 API: list, detail and submissions.

Mounted at /api/v3/directory/ by ResourcesConfig.ready(), so it shares the v3 OpenAPI
document and its problem+json errors. Listing uses the page's DirectoryQuery (same
search, filters, sort and facets); submitting goes through the page form's service
(same checks, duplicate report, rate limit and moderation queue).
"""

from datetime import date, datetime
from typing import Literal

from django.http import Http404, HttpRequest

from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.api.v3.errors import ProblemDetail, problem_response

from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from core.api.public_posts import form_errors, refuse_bodies_over
from resources.directory.forms import PROFILE_ROWS, form_data_from_json
from resources.directory.query import (
    DEFAULT_SORT,
    SORTS,
    DirectoryFilterForm,
    DirectoryQuery,
)
from resources.directory.services import (
    Outcome,
    rate_limited_message,
    submit_organization,
)
from resources.models.organizations import Kind, Network, Organization

MAX_LIMIT = 100
MAX_OFFSET = 1_000_000
MAX_ID = 2**63 - 1
THANKS_MESSAGE = (
    "Thank you! A moderator will review your organization before it is listed."
)

KindValue = Literal[tuple(Kind.values)]
NetworkValue = Literal[tuple(Network.values)]
SortValue = Literal[tuple(SORTS)]

router = Router(tags=["directory"], auth=[BearerTokenAuth(), AllowAnonymous()])


class ListParams(Schema):
    q: str = Field("", max_length=100, description="Words in the organization's name.")
    kind: KindValue | None = Field(None, description="Only organizations of this kind.")
    region: str = Field("", max_length=100, description="Region or state, any case.")
    country: str = Field("", max_length=100, description="Country, any case.")
    network: NetworkValue | None = Field(
        None, description="Only organizations with a profile on this network."
    )
    sort: SortValue = Field(
        DEFAULT_SORT, description="`name` (A to Z) or `newest` (last approved first)."
    )
    limit: int = Field(25, ge=1, le=MAX_LIMIT, description="How many to return.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many to skip.")


class ProfileSchema(Schema):
    network: NetworkValue
    network_label: str = Field(alias="get_network_display")
    url: str


class OrganizationSchema(Schema):
    """A listed organization; who submitted it is never exposed."""

    id: int
    slug: str
    name: str
    kind: KindValue
    kind_label: str = Field(alias="get_kind_display")
    city: str
    region: str
    country: str
    website: str
    description: str = Field(description="Plain text; escape it when rendering HTML.")
    profiles: list[ProfileSchema]
    approved_at: datetime | None
    last_verified: date | None

    @staticmethod
    def resolve_profiles(organization):
        return list(organization.profiles.all())


class FacetValueSchema(Schema):
    value: str
    label: str
    count: int = Field(description="Matching organizations, given the other filters.")
    selected: bool


class FacetsSchema(Schema):
    kind: list[FacetValueSchema]
    region: list[FacetValueSchema]
    country: list[FacetValueSchema]
    network: list[FacetValueSchema]


class OrganizationList(Schema):
    count: int
    items: list[OrganizationSchema]
    facets: FacetsSchema


class ProfileInput(Schema):
    network: NetworkValue
    url: str = Field(max_length=500, description="An http(s) address on the network.")


class SubmissionInput(Schema):
    name: str = Field(description="The organization's name.")
    kind: KindValue
    website: str = Field(description="Its main web address (http or https).")
    city: str = ""
    region: str = ""
    country: str = ""
    description: str = Field("", description="Plain text, up to 1000 characters.")
    profiles: list[ProfileInput] = Field(
        default_factory=list, max_length=PROFILE_ROWS, description="Social profiles."
    )
    submitter_name: str = Field(description="For moderators only; never exposed.")
    submitter_email: str = Field(description="For moderators only; never exposed.")
    fax: str = Field(
        "", description="Leave empty. Submissions that fill it in are refused."
    )


class SubmissionCreated(Schema):
    id: int
    status: str = Field(
        description="Always `pending`: a moderator approves submissions."
    )
    detail: str


def validation_problem(status, detail, submission):
    errors = form_errors(submission.form)
    for number, row in enumerate(submission.profiles.forms):
        errors += [
            {**error, "loc": ["body", "profiles", number, *error["loc"][1:]]}
            for error in form_errors(row)
        ]
    return problem_response(status=status, detail=detail, errors=errors)


@router.get(
    "/organizations/",
    response={200: OrganizationList, 422: ProblemDetail},
    url_name="directory_organizations",
    summary="List approved organizations, with facet counts",
    description=(
        "Search, filters and sort combine as on the directory page. `facets` counts, for "
        "each value of each filter, the organizations it would give with the other filters."
    ),
    operation_id="directory_organizations_list",
)
def list_organizations(request: HttpRequest, params: Query[ListParams]):
    filters = params.dict(exclude={"limit", "offset"})
    form = DirectoryFilterForm(
        {key: value for key, value in filters.items() if value is not None}
    )
    if not form.is_valid():
        return problem_response(
            status=422, detail="Validation failed", errors=form_errors(form)
        )
    query = DirectoryQuery.from_form(form)
    results = query.results()
    return {
        "count": query.filtered().count(),
        "items": list(results[params.offset : params.offset + params.limit]),
        "facets": query.facets(),
    }


@router.get(
    "/organizations/{key}/",
    response={200: OrganizationSchema, 404: ProblemDetail},
    url_name="directory_organization",
    summary="One approved organization, by slug or id",
    operation_id="directory_organizations_detail",
)
def organization_detail(request: HttpRequest, key: str):
    organizations = Organization.objects.approved().with_profiles()
    if key.isdigit() and int(key) <= MAX_ID:
        organization = organizations.filter(pk=int(key)).first()
    else:
        organization = organizations.filter(slug=key).first()
    if organization is None:
        raise Http404("No listed organization has this slug or id.")
    return organization


@router.post(
    "/submissions/",
    response={
        201: SubmissionCreated,
        409: ProblemDetail,
        413: ProblemDetail,
        422: ProblemDetail,
        429: ProblemDetail,
    },
    url_name="directory_submit",
    summary="Submit an organization for moderation",
    description=(
        "Saves a pending organization that is listed once a moderator approves it. "
        "A website or profile already listed or pending is refused with 409; "
        "submissions are rate-limited per client (429 with Retry-After)."
    ),
    operation_id="directory_submissions_create",
)
@decorate_view(refuse_bodies_over("DIRECTORY_MAX_BODY_BYTES", "submission"))
def create_submission(request: HttpRequest, data: SubmissionInput):
    submission = submit_organization(form_data_from_json(data.dict()), request)
    if submission.outcome is Outcome.RATE_LIMITED:
        response = problem_response(
            status=429, detail=rate_limited_message(submission.retry_after)
        )
        response["Retry-After"] = str(submission.retry_after)
        return response
    if submission.outcome is Outcome.DUPLICATE:
        return validation_problem(
            409,
            "This organization is already listed or awaiting moderation.",
            submission,
        )
    if submission.outcome is Outcome.INVALID:
        return validation_problem(422, "Validation failed", submission)
    organization = submission.organization
    return Status(
        201,
        {
            "id": organization.pk,
            "status": organization.status,
            "detail": THANKS_MESSAGE,
        },
    )

"""`GET /api/v3/preview/?token=…`: a page's draft for the front end's preview.

The token comes from the admin (core/preview.py): signed, expiring and naming one
revision of one page. The draft is served in exactly the shape of the live page's
detail (`/api/v3/pages/{id}/`), and is never cached.
"""

from django.http import HttpRequest, HttpResponse

from wagtail.api.v3.auth import AllowAnonymous
from wagtail.api.v3.errors import ProblemDetail, problem_response
from wagtail.api.v3.routers.pages import PageDetailSchema

from ninja import Field, Query, Router, Schema

from core.preview import PreviewTokenError, draft_from_token

router = Router(tags=["preview"], auth=[AllowAnonymous()])


class PreviewParams(Schema):
    token: str = Field(
        min_length=1,
        max_length=1000,
        description="The token the admin handed the front end.",
    )
    id: int | None = Field(
        None,
        ge=1,
        le=2**63 - 1,
        description="The page the front end is previewing; 403 when the token is "
        "for another page.",
    )


@router.get(
    "/",
    response={200: PageDetailSchema, 401: ProblemDetail, 403: ProblemDetail},
    url_name="preview_page",
    summary="A page's draft, for the front end's preview",
    description="Answers 401 for a forged or expired token and 403 when `id` names "
    "another page than the token's.",
    operation_id="preview_detail",
)
def preview(request: HttpRequest, response: HttpResponse, params: Query[PreviewParams]):
    try:
        page = draft_from_token(params.token)
    except PreviewTokenError as error:
        return problem_response(status=401, detail=str(error))
    if params.id is not None and params.id != page.pk:
        return problem_response(
            status=403, detail="This preview token is for another page."
        )
    response["Cache-Control"] = "private, no-store"
    return page

"""Readers' comments in Wagtail's v3 API: list a post's approved comments, post a new one.

Mounted at /api/v3/comments/ by BlogConfig.ready(), so it shares the v3 OpenAPI document
and its problem+json errors. Posting goes through the same form, rate limit and
moderation queue as the comment form on the post page.
"""

from datetime import datetime

from django.http import Http404, HttpRequest

from wagtail.api.v3.auth import AllowAnonymous, BearerTokenAuth
from wagtail.api.v3.errors import ProblemDetail, problem_response

from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from blog.comments.services import (
    CLOSED_MESSAGE,
    THANKS_MESSAGE,
    Outcome,
    rate_limited_message,
    submit_comment,
)
from blog.models.comment import Comment
from blog.models.post import BlogPage
from core.api.public_posts import form_errors, refuse_bodies_over

MAX_ID = 2**63 - 1
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000

router = Router(tags=["comments"], auth=[BearerTokenAuth(), AllowAnonymous()])


class CommentListParams(Schema):
    post: int = Field(ge=1, le=MAX_ID, description="The id of a published blog post.")
    limit: int = Field(
        20, ge=1, le=MAX_LIMIT, description="How many comments to return."
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many to skip.")


class CommentSchema(Schema):
    """An approved comment as readers see it; the e-mail address is never exposed."""

    id: int
    name: str
    created_at: datetime
    body_html: str = Field(
        description="The comment as safe HTML: escaped text in paragraphs, "
        'web addresses as rel="nofollow ugc" links.'
    )


class CommentPage(Schema):
    count: int
    items: list[CommentSchema]


class CommentInput(Schema):
    post: int = Field(ge=1, le=MAX_ID, description="The id of a published blog post.")
    name: str = Field(description="Shown with the comment. Up to 80 characters.")
    email: str = Field(description="For moderators only; never shown or exposed.")
    body: str = Field(description="Plain text, up to 3000 characters.")
    website: str = Field(
        "", description="Leave empty. Submissions that fill it in are refused."
    )


class CommentCreated(Schema):
    id: int
    status: str = Field(description="Always `pending`: a moderator approves comments.")
    detail: str


NO_SUCH_POST = "No published blog post has this id."


def published_post(post_id):
    return BlogPage.objects.live().public().filter(pk=post_id).first()


@router.get(
    "/",
    response={200: CommentPage, 404: ProblemDetail, 422: ProblemDetail},
    url_name="list_comments",
    summary="List a post's approved comments",
    operation_id="comments_list",
)
def list_comments(request: HttpRequest, params: Query[CommentListParams]):
    post = published_post(params.post)
    if post is None:
        raise Http404(NO_SUCH_POST)
    comments = Comment.objects.approved().filter(post=post).order_by("created_at", "pk")
    return {
        "count": comments.count(),
        "items": comments[params.offset : params.offset + params.limit],
    }


@router.post(
    "/",
    response={
        201: CommentCreated,
        403: ProblemDetail,
        413: ProblemDetail,
        422: ProblemDetail,
        429: ProblemDetail,
    },
    url_name="create_comment",
    summary="Post a comment for moderation",
    description=(
        "Saves a pending comment that appears once a moderator approves it. "
        "Submissions are rate-limited per client (429 with Retry-After)."
    ),
    operation_id="comments_create",
)
@decorate_view(refuse_bodies_over("COMMENT_MAX_BODY_BYTES", "comment"))
def create_comment(request: HttpRequest, data: CommentInput):
    post = published_post(data.post)
    if post is None:
        errors = [{"type": "not_found", "loc": ["body", "post"], "msg": NO_SUCH_POST}]
        return problem_response(status=422, detail="Validation failed", errors=errors)
    submission = submit_comment(post, data.dict(exclude={"post"}), request)
    if submission.outcome is Outcome.CLOSED:
        return problem_response(status=403, detail=CLOSED_MESSAGE)
    if submission.outcome is Outcome.RATE_LIMITED:
        response = problem_response(
            status=429, detail=rate_limited_message(submission.retry_after)
        )
        response["Retry-After"] = str(submission.retry_after)
        return response
    if submission.outcome is Outcome.INVALID:
        return problem_response(
            status=422, detail="Validation failed", errors=form_errors(submission.form)
        )
    comment = submission.comment
    return Status(
        201, {"id": comment.pk, "status": comment.status, "detail": THANKS_MESSAGE}
    )

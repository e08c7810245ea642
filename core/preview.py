"""Headless preview: the admin hands the front end a signed, expiring, one-page token.

An editor saves a draft and chooses "Preview in front end" (the page header's menu):
`headless_preview` signs the page's latest revision and redirects to
`HEADLESS_PREVIEW_URL?id=<page>&type=<app.Model>&token=<token>`; the front end reads
the draft from `GET /api/v3/preview/?token=…` (core/api/preview.py), shaped exactly
like the live page's detail. The in-admin preview is Wagtail's own and unchanged.
"""

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import urlencode

from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page, Revision

SALT = "core.preview"


class PreviewTokenError(Exception):
    """The token is forged, expired or names no revision of its page."""


def preview_token(revision):
    """A token naming `revision` of its page, valid HEADLESS_PREVIEW_MAX_AGE seconds."""
    return signing.dumps(
        {"page": int(revision.object_id), "revision": revision.pk},
        salt=SALT,
        compress=True,
    )


def draft_from_token(token):
    """The page as in the token's revision, or PreviewTokenError."""
    try:
        claims = signing.loads(
            token, salt=SALT, max_age=settings.HEADLESS_PREVIEW_MAX_AGE
        )
        revision = Revision.page_revisions.get(
            pk=claims["revision"], object_id=str(claims["page"])
        )
    except signing.SignatureExpired as error:
        raise PreviewTokenError("The preview token has expired.") from error
    except (signing.BadSignature, Revision.DoesNotExist, KeyError, TypeError) as error:
        raise PreviewTokenError("The preview token is not valid.") from error
    return revision.as_object()


def headless_preview(request, page_id):
    """Admin view: sign the page's latest revision and send the editor to the front end."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    revision = page.latest_revision or page.save_revision(
        user=request.user, log_action=False
    )
    query = urlencode(
        {"id": page.pk, "type": page._meta.label, "token": preview_token(revision)}
    )
    return redirect(f"{settings.HEADLESS_PREVIEW_URL}?{query}")


class HeadlessPreviewButton(PageMenuItem):
    """ "Preview in front end", in the page header's menu when a front end is set."""

    label = "Preview in front end"
    icon_name = "view"
    url_name = "headless_preview"
    priority = 25
    link_rel = "noopener"

    def is_shown(self, user):
        return (
            bool(settings.HEADLESS_PREVIEW_URL)
            and self.page.permissions_for_user(user).can_edit()
        )

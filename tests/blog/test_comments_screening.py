"""Comments that may hold a patient's details are held flagged, with the reason and the matched parts shown."""

import json

from django.core import mail
from django.urls import reverse

import pytest

from blog.models import Comment
from tests.factories.blog import comment_form_data as form_data
from tests.helpers import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PHI_BODY = "My son's MRN is 12345678, born 04/12/2009. Call me on 507-284-2511."


def index_url():
    return reverse("blog_comment_modeladmin_index")


def screened_comment(make_comment, **fields):
    comment = make_comment(**fields)
    comment.screen()
    comment.save()
    return comment


def post_comment(client, post, **fields):
    return client.post(f"{post.url}comment/", form_data(**fields))


class TestSubmission:
    def test_a_comment_with_patient_details_is_held_flagged_with_reasons(
        self, client, open_post
    ):
        response = post_comment(client, open_post, body=PHI_BODY)

        assert response.status_code == 302  # accepted like any other comment
        comment = Comment.objects.get()
        assert comment.status == Comment.Status.PENDING
        assert comment.flagged
        assert comment.flag_reasons == [
            "Medical record or member number",
            "Date of birth",
            "Phone number",
        ]
        assert [finding["text"] for finding in comment.screening] == [
            "MRN is 12345678",
            "born 04/12/2009",
            "507-284-2511",
        ]
        assert comment.body == PHI_BODY  # nothing is dropped or altered

    def test_an_ordinary_comment_is_not_flagged(self, client, open_post):
        post_comment(client, open_post, body="Great summit, see you in June 2016!")

        comment = Comment.objects.get()
        assert not comment.flagged
        assert comment.screening == []

    def test_the_api_screens_too(self, client, open_post):
        client.post(
            "/api/v3/comments/",
            data=json.dumps(
                {
                    "post": open_post.pk,
                    "name": "Sam",
                    "email": "sam@example.org",
                    "body": "Write to me: sam.home@example.com",
                }
            ),
            content_type="application/json",
        )

        assert Comment.objects.get().flag_reasons == ["E-mail address"]

    def test_a_flagged_comment_never_shows_on_the_post(self, client, open_post):
        post_comment(client, open_post, body=PHI_BODY)

        assert "12345678" not in visible_text(client.get(open_post.url))

    def test_the_moderators_email_leaves_the_details_out(
        self, client, open_post, settings, django_capture_on_commit_callbacks
    ):
        settings.COMMENT_MODERATORS = ["mod@example.org"]

        with django_capture_on_commit_callbacks(execute=True):
            post_comment(client, open_post, body=PHI_BODY)

        (message,) = mail.outbox
        assert "12345678" not in message.body
        assert "Flagged: it may contain a patient's details" in message.body
        assert "date of birth" in message.body


class TestModeration:
    def test_the_queue_shows_the_flag_and_filters_on_it(
        self, admin_client, make_comment
    ):
        screened_comment(make_comment, name="Worried Parent", body=PHI_BODY)
        make_comment(name="Plain Reader", body="Nice post.")

        listing = admin_client.get(index_url())
        only_flagged = admin_client.get(index_url(), {"flagged__exact": "1"})

        row = next(
            tr
            for tr in soup(listing).select("tbody tr")
            if "Worried Parent" in tr.get_text()
        )
        assert (
            "Check: Medical record or member number, Date of birth, Phone number"
            in (row.get_text(" ", strip=True))
        )
        assert "Worried Parent" in visible_text(only_flagged)
        assert "Plain Reader" not in visible_text(only_flagged)

    def test_inspect_highlights_the_matched_parts(self, admin_client, make_comment):
        comment = screened_comment(make_comment, body=PHI_BODY)

        response = admin_client.get(
            reverse("blog_comment_modeladmin_inspect", args=[comment.pk])
        )

        marks = [mark.get_text() for mark in soup(response).select("mark")]
        assert "MRN is 12345678" in marks
        assert "born 04/12/2009" in marks
        assert "507-284-2511" in marks

    def test_approving_a_false_alarm_is_the_usual_button(
        self, admin_client, make_comment
    ):
        comment = screened_comment(
            make_comment, body="Our helpline 800-555-0199 is public."
        )
        approve = reverse("blog_comment_modeladmin_approve", args=[comment.pk])

        page = admin_client.get(approve)
        assert "Flagged: it may contain a patient's details." in visible_text(page)
        assert "800-555-0199" in [m.get_text() for m in soup(page).select("mark")]

        admin_client.post(approve)

        comment.refresh_from_db()
        assert comment.status == Comment.Status.APPROVED

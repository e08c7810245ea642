"""The moderation queue in the Wagtail admin and the notice moderators receive."""

import csv
import io
import smtplib
from unittest import mock

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry

import openpyxl
import pytest

from blog.models import Comment
from tests.factories.blog import comment_form_data as form_data
from tests.helpers import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

INDEX_URL_NAME = "blog_comment_modeladmin_index"


def index_url():
    return reverse(INDEX_URL_NAME)


def action_url(action, comment):
    return reverse(f"blog_comment_modeladmin_{action}", args=[comment.pk])


def make_admin_user(django_user_model, username, *permissions):
    """A user who can reach the Wagtail admin, with the given extra permissions."""
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="pw"
    )
    group = Group.objects.create(name=f"{username} group")
    codenames = ["access_admin", *permissions]
    group.permissions.set(Permission.objects.filter(codename__in=codenames))
    user.groups.add(group)
    return user


@pytest.fixture
def moderator_client(client, django_user_model):
    user = make_admin_user(django_user_model, "moderator", "change_comment")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor_client(client, django_user_model):
    """An editor with admin access but no say over comments."""
    client.force_login(make_admin_user(django_user_model, "editor"))
    return client


class TestQueue:
    def test_lists_comments_newest_first_with_excerpts(
        self, admin_client, make_comment
    ):
        make_comment(name="Older Olive", body="First!")
        make_comment(name="Newer Nora", body="A" * 200)

        response = admin_client.get(index_url())

        assert response.status_code == 200
        rows = soup(response).select("tbody tr")
        assert [
            row.find("td").get_text(" ", strip=True).split()[:2] for row in rows
        ] == [
            ["Newer", "Nora"],
            ["Older", "Olive"],
        ]
        assert "A" * 79 + "…" in visible_text(response)
        assert "A" * 81 not in visible_text(response)

    def test_filters_by_status_and_searches(self, admin_client, make_comment):
        make_comment(name="Waiting Wes", body="pending words")
        make_comment(name="Approved Amy", body="approved words", status="approved")

        pending = admin_client.get(index_url(), {"status__exact": "pending"})
        searched = admin_client.get(index_url(), {"q": "approved words"})

        assert "Waiting Wes" in visible_text(pending)
        assert "Approved Amy" not in visible_text(pending)
        assert "Approved Amy" in visible_text(searched)
        assert "Waiting Wes" not in visible_text(searched)

    def test_filters_by_post(self, admin_client, make_comment, closed_post):
        make_comment(name="On the open post")
        make_comment(name="On the closed post", post=closed_post)

        response = admin_client.get(index_url(), {"post": closed_post.pk})

        assert "On the closed post" in visible_text(response)
        assert "On the open post" not in visible_text(response)

    def test_queue_costs_a_fixed_number_of_queries(
        self, admin_client, make_comment, django_assert_max_num_queries
    ):
        admin_client.get(index_url())  # warm the session and permission caches
        for number in range(30):
            make_comment(name=f"Reader {number}")

        with django_assert_max_num_queries(15):
            response = admin_client.get(index_url())

        assert len(soup(response).select("tbody tr")) == 30

    def test_menu_shows_the_pending_count_in_a_short_label(
        self, admin_client, make_comment
    ):
        make_comment()
        make_comment()
        make_comment(status="approved")

        response = admin_client.get(reverse("wagtailadmin_home"))

        content = response.content.decode()
        assert '"label": "Comments (2)"' in content
        assert "Comments, 2 pending" in content

    def test_csv_export_contains_the_rows(self, admin_client, make_comment):
        make_comment(name="Dana Reader", body="Exported words", status="approved")
        make_comment(name="Pat Pending", email="pat@example.org", body="Waiting")

        response = admin_client.get(
            index_url(), {"export": "csv", "status__exact": "all"}
        )

        assert response.status_code == 200
        assert "comments.csv" in response["Content-Disposition"]
        content = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(content)))
        assert {
            (row["Name"], row["Email"], row["Body"], row["Status"]) for row in rows
        } == {
            ("Dana Reader", "dana.reader@example.org", "Exported words", "approved"),
            ("Pat Pending", "pat@example.org", "Waiting", "pending"),
        }

    def test_exports_write_formulas_as_text(self, admin_client, make_comment):
        make_comment(name='=HYPERLINK("http://evil.example","x")', body="@SUM(1+1)")

        csv_response = admin_client.get(index_url(), {"export": "csv"})
        xlsx_response = admin_client.get(index_url(), {"export": "xlsx"})

        content = b"".join(csv_response.streaming_content).decode()
        (row,) = csv.DictReader(io.StringIO(content))
        assert row["Name"] == """'=HYPERLINK("http://evil.example","x")"""
        assert row["Body"] == "'@SUM(1+1)"
        sheet = openpyxl.load_workbook(io.BytesIO(xlsx_response.getvalue())).active
        cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
        assert all(cell.data_type != "f" for cell in cells)
        assert """'=HYPERLINK("http://evil.example","x")""" in [c.value for c in cells]

    def test_comments_cannot_be_added_or_edited_in_the_admin(
        self, admin_client, make_comment
    ):
        comment = make_comment()

        add = admin_client.get(reverse("blog_comment_modeladmin_create"))
        edit = admin_client.get(action_url("edit", comment))

        assert add.status_code == 302
        assert edit.status_code == 302
        assert add["Location"] == edit["Location"] == reverse("wagtailadmin_home")


class TestModeration:
    @pytest.mark.parametrize(
        ("action", "status"),
        [("approve", "approved"), ("reject", "rejected"), ("spam", "spam")],
    )
    def test_decisions_record_status_time_and_moderator(
        self, moderator_client, make_comment, action, status
    ):
        comment = make_comment()

        response = moderator_client.post(action_url(action, comment))

        assert response.status_code == 302
        comment.refresh_from_db()
        assert comment.status == status
        assert comment.moderated_at is not None
        assert comment.moderated_by == moderator_client.user
        entry = ModelLogEntry.objects.get(action=f"blog.comment.{action}")
        assert entry.user == moderator_client.user
        assert entry.object_id == str(comment.pk)

    def test_confirmation_page_shows_the_comment_and_changes_nothing(
        self, moderator_client, make_comment
    ):
        comment = make_comment(body="<b>bold?</b> see https://example.org")

        response = moderator_client.get(action_url("approve", comment))

        assert response.status_code == 200
        page = soup(response)
        form = page.find("form", attrs={"method": "post"})
        assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
        assert "<b>bold?</b>" in visible_text(response)
        assert page.find("b", string="bold?") is None
        comment.refresh_from_db()
        assert comment.status == Comment.Status.PENDING

    def test_row_buttons_offer_the_other_decisions(
        self, moderator_client, make_comment
    ):
        comment = make_comment(status="approved")

        response = moderator_client.get(index_url(), {"status__exact": "approved"})

        hrefs = [link["href"] for link in soup(response).select("tbody a")]
        assert not any(
            href.startswith(action_url("approve", comment)) for href in hrefs
        )
        assert any(href.startswith(action_url("reject", comment)) for href in hrefs)
        assert any(href.startswith(action_url("spam", comment)) for href in hrefs)

    def test_returns_to_the_filtered_queue(self, moderator_client, make_comment):
        comment = make_comment()
        queue = f"{index_url()}?status__exact=pending"

        response = moderator_client.post(
            action_url("approve", comment), {"next": queue}
        )

        assert response["Location"] == queue

    def test_refuses_to_return_off_site(self, moderator_client, make_comment):
        comment = make_comment()

        response = moderator_client.post(
            action_url("approve", comment), {"next": "https://evil.example/"}
        )

        assert response["Location"] == index_url()

    @pytest.mark.parametrize("action", ["approve", "reject", "spam"])
    def test_non_moderators_get_403(self, editor_client, make_comment, action):
        comment = make_comment()

        get = editor_client.get(action_url(action, comment))
        post = editor_client.post(action_url(action, comment))

        assert get.status_code == 403
        assert post.status_code == 403
        comment.refresh_from_db()
        assert comment.status == Comment.Status.PENDING
        assert comment.moderated_at is None

    def test_non_moderators_cannot_see_the_queue(self, editor_client, make_comment):
        make_comment(name="Hidden Hal")

        response = editor_client.get(index_url(), follow=True)

        # The admin's usual answer: back to the dashboard with a message.
        assert response.redirect_chain[0][0] == reverse("wagtailadmin_home")
        assert "Sorry, you do not have permission" in visible_text(response)
        assert "Hidden Hal" not in visible_text(response)

    def test_anonymous_visitors_are_sent_to_log_in(self, client, make_comment):
        comment = make_comment()

        response = client.post(action_url("approve", comment))

        assert response.status_code == 302
        assert "/login/" in response["Location"]
        comment.refresh_from_db()
        assert comment.status == Comment.Status.PENDING


class TestNotification:
    def test_moderators_get_an_email_with_a_link_to_the_queue(
        self, client, open_post, settings, django_capture_on_commit_callbacks
    ):
        settings.COMMENT_MODERATORS = ["mod@example.org", "second@example.org"]

        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"{open_post.url}comment/", form_data())

        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["mod@example.org", "second@example.org"]
        assert open_post.title in message.subject
        assert "Our clinic started answering questions on Facebook." in message.body
        assert f"http://localhost{index_url()}?status__exact=pending" in message.body
        assert "dana.reader@example.org" not in message.body

    def test_superusers_are_told_when_no_moderators_are_listed(
        self,
        client,
        open_post,
        settings,
        django_user_model,
        django_capture_on_commit_callbacks,
    ):
        settings.COMMENT_MODERATORS = []
        django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
        django_user_model.objects.create_superuser("noemail", "", "pw")

        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"{open_post.url}comment/", form_data())

        assert [message.to for message in mail.outbox] == [["boss@example.org"]]

    def test_a_failing_mail_server_loses_no_comment(
        self, client, open_post, settings, caplog, django_capture_on_commit_callbacks
    ):
        settings.COMMENT_MODERATORS = ["mod@example.org"]
        failure = smtplib.SMTPException("mail server down")

        with (
            mock.patch(
                "django.core.mail.message.EmailMessage.send", side_effect=failure
            ),
            django_capture_on_commit_callbacks(execute=True),
        ):
            response = client.post(f"{open_post.url}comment/", form_data())

        assert response.status_code == 302
        assert Comment.objects.get().status == Comment.Status.PENDING
        assert "Could not e-mail moderators" in caplog.text
        page = client.get(response["Location"])
        assert "Thanks, your comment awaits moderation." in visible_text(page)

    def test_a_failing_mail_server_does_not_break_the_api(
        self, client, open_post, settings, django_capture_on_commit_callbacks
    ):
        settings.COMMENT_MODERATORS = ["mod@example.org"]

        with (
            mock.patch(
                "django.core.mail.message.EmailMessage.send",
                side_effect=ConnectionRefusedError,
            ),
            django_capture_on_commit_callbacks(execute=True),
        ):
            response = client.post(
                "/api/v3/comments/",
                data={
                    "post": open_post.pk,
                    "name": "Sam",
                    "email": "sam@example.org",
                    "body": "Hello",
                },
                content_type="application/json",
            )

        assert response.status_code == 201
        assert Comment.objects.filter(pk=response.json()["id"]).exists()

"""The comment form on a post: posting, moderation life cycle, errors and closed posts."""

from datetime import datetime

import pytest

from blog.models import BlogPage, Comment
from tests.factories.blog import comment_form_data as form_data
from tests.helpers import soup, visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

THANKS = "Thanks, your comment awaits moderation."


def comment_url(post):
    return f"{post.url}comment/"


def comments_section(response):
    return soup(response).find(id="comments")


def approved_count(post):
    return BlogPage.objects.with_comment_counts().get(pk=post.pk).approved_comment_count


class TestForm:
    def test_post_page_shows_an_accessible_form(self, client, open_post):
        response = client.get(open_post.url)

        section = comments_section(response)
        assert section.find("h2").get_text(strip=True) == "No comments yet"
        form = section.find("form")
        assert form["method"] == "post"
        assert form["action"] == comment_url(open_post)
        # Checked by origin (core.origin): no per-reader token, so the page is cacheable.
        assert not form.find("input", attrs={"name": "csrfmiddlewaretoken"})
        for name in ("name", "email", "body"):
            field = form.find(attrs={"name": name})
            assert form.find("label", attrs={"for": field["id"]})
        body = form.find("textarea", attrs={"name": "body"})
        assert body["maxlength"] == "3000"
        assert body["aria-describedby"] == "id_body_helptext"
        assert form.find(id="id_body_helptext")

    def test_honeypot_is_hidden_from_people(self, client, open_post):
        form = comments_section(client.get(open_post.url)).find("form")

        trap = form.find("input", attrs={"name": "website"})
        wrapper = trap.find_parent("div")
        assert wrapper.has_attr("hidden")  # hidden from everyone, screen readers too
        assert not wrapper.has_attr("aria-hidden")  # redundant with hidden (Nu checker)
        assert trap["tabindex"] == "-1"
        assert trap["autocomplete"] == "off"

    def test_a_get_on_the_form_address_goes_back_to_the_post(self, client, open_post):
        response = client.get(comment_url(open_post))

        assert response.status_code == 302
        assert response["Location"] == f"{open_post.url}#comments"


class TestLifeCycle:
    def test_a_new_comment_waits_for_moderation(self, client, open_post):
        response = client.post(comment_url(open_post), form_data())

        assert response.status_code == 302
        assert response["Location"] == f"{open_post.url}#comments"
        comment = Comment.objects.get()
        assert comment.status == Comment.Status.PENDING
        assert comment.post_id == open_post.pk

        page = client.get(response["Location"])
        text = visible_text(page)
        assert THANKS in text
        assert "Our clinic started answering questions" not in text
        assert comments_section(page).find("h2").get_text(strip=True) == (
            "No comments yet"
        )
        assert approved_count(open_post) == 0

    def test_approval_shows_and_counts_the_comment(self, client, open_post):
        client.post(comment_url(open_post), form_data())
        comment = Comment.objects.get()

        comment.moderate(Comment.Status.APPROVED, None)

        section = comments_section(client.get(open_post.url))
        assert section.find("h2").get_text(strip=True) == "1 Comment"
        entry = section.find(id=f"comment-{comment.pk}")
        assert "Dana Reader" in entry.get_text()
        stamp = datetime.fromisoformat(entry.find("time")["datetime"])
        assert stamp == comment.created_at
        assert "Our clinic started answering questions on Facebook." in entry.get_text()
        assert approved_count(open_post) == 1

    @pytest.mark.parametrize("status", [Comment.Status.REJECTED, Comment.Status.SPAM])
    def test_rejected_and_spam_comments_stay_hidden(
        self, client, open_post, make_comment, status
    ):
        make_comment(body="Buy cheap pills", status=status)
        make_comment(body="A kind word", status=Comment.Status.APPROVED)

        response = client.get(open_post.url)

        assert "Buy cheap pills" not in visible_text(response)
        assert comments_section(response).find("h2").get_text(strip=True) == (
            "1 Comment"
        )
        assert approved_count(open_post) == 1

    def test_counts_are_pluralised(self, client, open_post, make_comment):
        make_comment(status=Comment.Status.APPROVED)
        make_comment(status=Comment.Status.APPROVED)

        section = comments_section(client.get(open_post.url))

        assert section.find("h2").get_text(strip=True) == "2 Comments"
        assert len(section.select(".comments__list > li")) == 2

    def test_email_is_never_shown(self, client, open_post, make_comment):
        make_comment(email="private.person@example.org", status=Comment.Status.APPROVED)

        response = client.get(open_post.url)

        assert "private.person@example.org" not in response.content.decode()

    def test_listing_counts_cost_one_query(
        self, open_post, make_comment, comments_blog, django_assert_num_queries
    ):
        other = BlogPage(title="Second post", slug="second", excerpt="More.")
        comments_blog.add_child(instance=other)
        make_comment(status=Comment.Status.APPROVED)
        make_comment(post=other, status=Comment.Status.APPROVED)
        make_comment(post=other, status=Comment.Status.APPROVED)
        make_comment(post=other, status=Comment.Status.PENDING)

        with django_assert_num_queries(1):
            counts = {
                post.slug: post.approved_comment_count
                for post in BlogPage.objects.with_comment_counts()
            }

        assert counts == {"answering": 1, "second": 2}


class TestErrors:
    def test_field_errors_are_tied_to_fields_and_keep_the_text(self, client, open_post):
        response = client.post(
            comment_url(open_post), form_data(email="not-an-address", body="   ")
        )

        assert response.status_code == 400
        form = comments_section(response).find("form")
        email = form.find("input", attrs={"name": "email"})
        assert email["value"] == "not-an-address"
        assert "id_email_error" in email["aria-describedby"].split()
        assert email["aria-invalid"] == "true"
        assert "valid email address" in form.find(id="id_email_error").get_text()
        body = form.find("textarea", attrs={"name": "body"})
        assert body["aria-describedby"].split() == ["id_body_helptext", "id_body_error"]
        assert form.find(id="id_body_error").get_text(strip=True)
        assert form.find("input", attrs={"name": "name"})["value"] == "Dana Reader"
        assert not Comment.objects.exists()

    def test_overlong_comment_is_refused_and_kept(self, client, open_post):
        long_body = "word " * 700

        response = client.post(comment_url(open_post), form_data(body=long_body))

        assert response.status_code == 400
        form = comments_section(response).find("form")
        assert "at most 3000 characters" in form.find(id="id_body_error").get_text()
        assert form.find("textarea").get_text().strip() == long_body.strip()
        assert not Comment.objects.exists()

    def test_line_breaks_count_once_however_they_are_sent(self, client, open_post):
        body = "\r\n".join(["x" * 99] * 30)  # 2999 characters; 3028 as sent

        response = client.post(comment_url(open_post), form_data(body=body))

        assert response.status_code == 302
        assert Comment.objects.get().body == body.replace("\r\n", "\n")

    def test_line_breaks_and_paragraphs_are_kept(self, client, open_post):
        client.post(
            comment_url(open_post),
            form_data(body="First line\nsecond line\n\nNew paragraph"),
        )
        comment = Comment.objects.get()
        comment.moderate(Comment.Status.APPROVED, None)

        entry = comments_section(client.get(open_post.url)).find(
            id=f"comment-{comment.pk}"
        )
        paragraphs = entry.select(".comment__body p")
        assert [p.get_text(" ") for p in paragraphs] == [
            "First line second line",
            "New paragraph",
        ]
        assert paragraphs[0].find("br")


class TestClosedComments:
    def test_closed_post_shows_no_form(self, client, closed_post):
        response = client.get(closed_post.url)

        assert soup(response).find("form", action=comment_url(closed_post)) is None

    def test_closed_post_refuses_comments(self, client, closed_post):
        response = client.post(comment_url(closed_post), form_data())

        assert response.status_code == 403
        assert not Comment.objects.exists()

    def test_closed_post_still_shows_approved_comments(
        self, client, closed_post, make_comment
    ):
        make_comment(post=closed_post, body="Earlier thoughts.", status="approved")

        section = comments_section(client.get(closed_post.url))

        assert "Earlier thoughts." in section.get_text()
        assert "Comments are closed." in section.get_text()
        assert section.find("form") is None

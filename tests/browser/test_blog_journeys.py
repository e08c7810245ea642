"""Readers comment on posts, moderators approve them, editors publish numbered posts."""

import re

from django.core.cache import cache

import pytest
from playwright.sync_api import expect

from blog.models import BlogPage, Comment
from tests.browser.admin import log_in
from tests.factories.blog import BlogIndexPageFactory, BlogPageFactory, SeriesFactory
from tests.factories.core import AuthorFactory

pytestmark = pytest.mark.browser

COMMENT = (
    "Our guideline is at https://example.org/guidelines and it works.\n"
    "<script>alert('owned')</script>"
)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters live in the cache the live server shares with the tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def post(home_page):
    """A live post that accepts comments, under a blog index at /blog/."""
    index = BlogIndexPageFactory(parent=home_page)
    return BlogPageFactory(
        parent=index, title="Answering patients online", slug="answering"
    )


def test_reader_comment_is_shown_once_a_moderator_approves_it(
    page, new_context, live_server, post, editor
):
    dialogs = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message) or dialog.dismiss())
    post_url = f"{live_server.url}{post.url}"

    page.goto(post_url)
    comments = page.locator("section#comments")
    expect(comments.get_by_role("heading", level=2)).to_have_text("No comments yet")
    page.get_by_label("Name").fill("Dana Reader")
    page.get_by_label("E-mail").fill("dana.reader@example.org")
    page.get_by_role("textbox", name="Comment").fill(COMMENT)
    page.get_by_role("button", name="Post comment").click()

    expect(page).to_have_url(re.compile(r"/blog/answering/#comments$"))
    expect(comments.get_by_role("status")).to_have_text(
        "Thanks, your comment awaits moderation."
    )
    expect(comments.get_by_role("heading", level=2)).to_have_text("No comments yet")
    expect(page.locator(".comment")).to_have_count(0)
    expect(page.get_by_text("example.org/guidelines")).to_have_count(0)

    # A moderator, in a browser of their own, finds it in the queue and approves it.
    moderator = new_context().new_page()
    log_in(moderator, live_server, *editor)
    moderator.get_by_role("link", name=re.compile(r"^Comments\b.*\b1\b")).click()
    row = moderator.get_by_role("row").filter(has_text="Dana Reader")
    expect(row).to_contain_text("Pending")
    expect(row).to_contain_text("Answering patients online")
    row.get_by_role("link", name="Approve").click()
    expect(moderator.get_by_role("heading", name="Approve comment")).to_be_visible()
    expect(moderator.locator("main")).to_contain_text("<script>alert('owned')")
    moderator.get_by_role("button", name="Approve").click()
    expect(moderator.get_by_text("Approved: comment by Dana Reader.")).to_be_visible()
    # Back in the queue, which lists what still awaits a decision.
    expect(moderator.get_by_role("row").filter(has_text="Dana Reader")).to_have_count(0)

    page.reload()
    expect(comments.get_by_role("heading", level=2)).to_have_text("1 Comment")
    expect(page.locator(".post__meta")).to_contain_text("1 Comment")
    comment = comments.locator(".comment")
    expect(comment).to_have_count(1)
    expect(comment.locator(".comment__author")).to_have_text("Dana Reader")
    link = comment.get_by_role("link", name="https://example.org/guidelines")
    expect(link).to_have_attribute("href", "https://example.org/guidelines")
    expect(link).to_have_attribute("rel", "nofollow ugc")
    expect(comment.locator(".comment__body")).to_contain_text(
        "<script>alert('owned')</script>"
    )
    expect(comment.locator("script")).to_have_count(0)
    page.wait_for_load_state("networkidle")
    assert dialogs == []
    assert Comment.objects.get().status == Comment.Status.APPROVED


def test_rejected_comment_keeps_what_the_reader_typed(page, live_server, post):
    page.goto(f"{live_server.url}{post.url}")
    typed = "First paragraph about our clinic.\n\nSecond paragraph, with a question?"
    page.get_by_label("Name").fill("Dana Reader")
    # The browser lets this through (no dot is required); the server does not.
    page.get_by_label("E-mail").fill("dana.reader@example")
    page.get_by_role("textbox", name="Comment").fill(typed)
    page.get_by_role("button", name="Post comment").click()

    email = page.get_by_label("E-mail")
    expect(email).to_have_attribute("aria-invalid", "true")
    error = page.locator(".form-field", has=email).locator(".form-field__error")
    expect(error).to_have_text("Enter a valid email address.")
    expect(email).to_have_accessible_description(re.compile("Enter a valid email"))
    expect(email).to_have_value("dana.reader@example")
    expect(page.get_by_label("Name")).to_have_value("Dana Reader")
    expect(page.get_by_role("textbox", name="Comment")).to_have_value(typed)
    expect(page.get_by_role("status")).to_have_count(0)
    assert not Comment.objects.exists()


def test_editor_publishes_a_numbered_post_once_its_number_is_free(
    page, live_server, home_page, editor
):
    index = BlogIndexPageFactory(parent=home_page)
    series = SeriesFactory(title="Resource Series", item_label="Guideline")
    BlogPageFactory(
        parent=index, title="Guideline eight", series=series, series_number=8
    )
    author = AuthorFactory(name="Ann Writer")
    log_in(page, live_server, *editor)

    page.goto(f"{live_server.url}/admin/pages/{index.pk}/")
    # Posts are the only children a blog index takes, so this opens the post form.
    page.get_by_role("link", name="Add child page").first.click()
    expect(page.get_by_role("heading", name="New: Blog post")).to_be_visible()
    page.get_by_role("textbox", name="Title*", exact=True).fill(
        "Answer patients within a day"
    )
    page.get_by_role("textbox", name="Excerpt*", exact=True).fill(
        "Why a quick answer on social media matters."
    )
    page.get_by_role("button", name="Choose author").click()
    page.get_by_role("dialog").get_by_role("link", name="Ann Writer").click()
    page.get_by_role("button", name="Choose series").click()
    page.get_by_role("dialog").get_by_role("link", name="Resource Series").click()
    number = page.get_by_role("spinbutton", name="Series number")
    number.fill("8")
    publish(page)

    expect(
        page.get_by_text("could not be created due to validation errors")
    ).to_be_visible()
    expect(number).to_have_attribute("aria-invalid", "true")
    expect(number).to_have_accessible_description(
        re.compile(
            "Guideline #8 of Resource Series is already used by “Guideline eight”"
        )
    )
    # What the editor chose survives the failed attempt.
    expect(page.get_by_text("Ann Writer")).to_be_visible()
    assert not BlogPage.objects.filter(title="Answer patients within a day").exists()

    number.fill("9")
    publish(page)
    expect(page.get_by_text("created and published")).to_be_visible()

    page.goto(f"{live_server.url}/blog/")
    summary = page.locator(".post-summary").filter(
        has_text="Answer patients within a day"
    )
    expect(summary.get_by_role("heading", level=2)).to_have_text(
        "Resource Series | Guideline #9: Answer patients within a day"
    )
    expect(summary.locator(".byline")).to_have_text("By Ann Writer")
    expect(summary.locator(".post-summary__excerpt")).to_have_text(
        "Why a quick answer on social media matters."
    )
    post = BlogPage.objects.get(title="Answer patients within a day")
    assert post.live
    assert (post.series, post.series_number, post.authors) == (series, 9, [author])


def publish(page):
    footer = page.locator("footer.footer")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish").click()

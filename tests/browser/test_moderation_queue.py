"""A moderator on a phone: the queue opens on pending comments, flags what may hold a
patient's details, and its buttons read whole words."""

import pytest
from playwright.sync_api import expect

from blog.models import Comment
from tests.browser.admin import log_in
from tests.factories.blog import BlogIndexPageFactory, BlogPageFactory

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# How many lines each row button's text takes up.
BUTTON_LINES = """
() => Array.from(document.querySelectorAll('.listing ul.actions .button')).map(button => {
    const range = document.createRange();
    range.selectNodeContents(button);
    const tops = new Set(Array.from(range.getClientRects()).map(rect => Math.round(rect.top)));
    return [button.textContent.trim(), tops.size];
})
"""


@pytest.fixture
def queue(home_page):
    index = BlogIndexPageFactory(parent=home_page)
    post = BlogPageFactory(parent=index, title="Answering patients online")
    worried = Comment.objects.create(
        post=post,
        name="Worried Parent",
        email="parent@example.org",
        body="My son's MRN is 12345678, born 04/12/2009.",
    )
    worried.screen()
    worried.save()
    Comment.objects.create(
        post=post, name="Plain Reader", email="r@example.org", body="Great post."
    )
    Comment.objects.create(
        post=post,
        name="Already Approved",
        email="a@example.org",
        body="Old news.",
        status=Comment.Status.APPROVED,
    )
    return worried


def test_a_moderator_on_a_phone_reviews_a_flagged_comment(
    browser, live_server, editor, queue
):
    page = browser.new_context(viewport=PHONE).new_page()
    log_in(page, live_server, *editor)

    page.goto(f"{live_server.url}/admin/blog/comment/")

    # Opens on what awaits a decision; "All" is one click away.
    expect(page.get_by_role("row").filter(has_text="Plain Reader")).to_have_count(1)
    expect(page.get_by_role("row").filter(has_text="Already Approved")).to_have_count(0)
    flagged = page.get_by_role("row").filter(has_text="Worried Parent")
    expect(flagged).to_contain_text(
        "Check: Medical record or member number, Date of birth"
    )
    lines = page.evaluate(BUTTON_LINES)
    assert lines, "no row buttons were found"
    assert all(count == 1 for _label, count in lines), lines

    flagged.get_by_role("link", name="Approve").click()
    expect(
        page.get_by_text("Flagged: it may contain a patient's details.")
    ).to_be_visible()
    # Highlighted twice: in the list of findings, then in the comment itself.
    found = ["MRN is 12345678", "born 04/12/2009"]
    expect(page.locator("main mark")).to_have_text(found + found)
    page.get_by_role("button", name="Approve").click()

    expect(page.get_by_text("Approved: comment by Worried Parent.")).to_be_visible()
    queue.refresh_from_db()
    assert queue.status == Comment.Status.APPROVED

    page.get_by_role("link", name="All").first.click()
    expect(page.get_by_role("row").filter(has_text="Already Approved")).to_have_count(1)

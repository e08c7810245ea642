"""The admin carries the network's brand, and its dashboard shows moderators their queues."""

from django.contrib.auth.models import Group, Permission

from wagtail import hooks

import pytest

from core.dashboard import ModerationCount
from tests.factories.blog import BlogIndexPageFactory, BlogPageFactory, CommentFactory
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_post(home_page):
    return BlogPageFactory(parent=BlogIndexPageFactory(parent=home_page))


def test_login_page_shows_the_network_logo_and_name(client):
    page = soup(client.get("/admin/login/"))

    assert page.find("h1").get_text(strip=True) == (
        "Sign in to the Social Media Health Network"
    )
    logo = page.select_one(".login-logo img")
    assert logo["src"].endswith("core/img/logo.svg")
    assert logo["alt"] == "Social Media Health Network"
    assert page.title.get_text(strip=True).endswith("SMHN CMS")


def test_sidebar_carries_the_logo_mark(admin_client):
    page = soup(admin_client.get("/admin/"))

    branding = page.find("template", attrs={"data-wagtail-sidebar-branding-logo": True})
    assert "core/img/logo-mark.svg" in branding.decode_contents()


def test_dashboard_counts_pending_comments_and_links_to_them(admin_client, open_post):
    CommentFactory.create_batch(2, post=open_post, status="pending")
    CommentFactory(post=open_post, status="approved")

    panel = soup(admin_client.get("/admin/")).find(id="moderation-counts-section")

    assert "Waiting for moderation" in visible_text(str(panel))
    (link,) = [a for a in panel.find_all("a") if "Comments awaiting" in a.get_text()]
    assert link["href"] == "/admin/blog/comment/?status__exact=pending"
    assert link.find_parent("tr").select_one(".w-status").get_text() == "2"


def test_editors_who_cannot_moderate_see_no_panel(client, django_user_model):
    editor = django_user_model.objects.create_user("ed", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    assert not editor.has_perm("blog.change_comment")
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert soup(response).find(id="moderation-counts-section") is None


def test_other_apps_add_their_queues_through_the_hook(admin_client):
    def registrations(request):
        return ModerationCount("Registrations to confirm", 4, "/admin/registrations/")

    with hooks.register_temporarily("register_moderation_count", registrations):
        panel = soup(admin_client.get("/admin/")).find(id="moderation-counts-section")

    assert "Registrations to confirm 4" in visible_text(str(panel))


def test_moderators_group_permission_is_enough(client, django_user_model, open_post):
    CommentFactory(post=open_post, status="pending")
    moderator = django_user_model.objects.create_user("mo", password="pw")
    moderator.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(
            codename="change_comment", content_type__app_label="blog"
        ),
    )
    client.force_login(moderator)

    panel = soup(client.get("/admin/")).find(id="moderation-counts-section")

    assert "Comments awaiting moderation 1" in visible_text(str(panel))

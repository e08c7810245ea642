"""What invalidates the response cache, and the CDN purge on publish."""

from django.contrib.sessions.models import Session

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

import pytest

from blog.models import BlogPage, Comment, Series
from core.models import Author
from core.response_cache import generation
from core.response_cache.invalidation import invalidates
from tests.factories.blog import BlogIndexPageFactory, BlogPageFactory

pytestmark = pytest.mark.usefixtures("response_cache")


@pytest.mark.parametrize(
    "model",
    [Page, BlogPage, Site, Comment, Series, Author, get_image_model()],
)
def test_content_models_invalidate(model):
    assert invalidates(model)


@pytest.mark.parametrize(
    "model",
    [Revision, Session, get_image_model().get_rendition_model()],
)
def test_drafts_sessions_and_renditions_do_not(model):
    assert not invalidates(model)


def test_a_change_bumps_the_generation_only_when_it_commits(
    home_page, committed, django_capture_on_commit_callbacks
):
    before = generation.start()
    with django_capture_on_commit_callbacks(execute=False):
        home_page.title = "Rolled back"
        home_page.save()
    assert generation.start() == before

    with committed():
        home_page.save()
    assert generation.start() > before


def test_moving_a_page_bumps_the_generation(home_page, committed):
    first = BlogIndexPageFactory(parent=home_page, slug="first")
    second = BlogIndexPageFactory(parent=home_page, slug="second")
    before = generation.start()

    with committed():
        second.move(first, pos="left")

    assert generation.start() > before


def test_a_lost_generation_restarts_above_every_stored_one(response_cache):
    old = generation.start()
    response_cache.delete(generation.GENERATION_KEY)
    assert generation.start() > old


class FakePurgeBackend(BaseBackend):
    """Records the URLs a CDN would be told to drop."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


def test_publishing_purges_the_page_from_a_configured_cdn(
    home_page, settings, committed
):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.FakePurgeBackend"}}
    post = BlogPageFactory(parent=BlogIndexPageFactory(parent=home_page))
    FakePurgeBackend.purged.clear()

    post.title = "Revised"
    with committed():
        post.save_revision().publish()

    assert post.full_url in FakePurgeBackend.purged

"""Factories for the resource library: its index and reviewed resource pages."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from resources.models import ResourceDocument, ResourceIndexPage, ResourcePage
from tests.factories.core import AuthorFactory, DocumentFactory
from tests.factories.site_pages import home_or_new


def resource_index_or_new():
    """The existing resource index, or a new one under the home page."""
    return ResourceIndexPage.objects.first() or ResourceIndexPageFactory()


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    """The live resource library at /resources/, by default under the home page."""

    title = "Resources"
    slug = "resources"
    introduction = "Guides, toolkits and policies for health-care social media."
    parent = factory.LazyFunction(home_or_new)

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    """A live, published guide under the library, reviewed by a new reviewer unless told.

    `tags=[...]` sets the topic names and `documents=[...]` the downloads (Documents);
    the page is saved as a published revision, as editors would leave it.
    """

    title = factory.Sequence(lambda n: f"Resource number {n}")
    resource_type = ResourcePage.ResourceType.GUIDE
    introduction = factory.LazyAttribute(lambda page: f"What “{page.title}” covers.")
    body = factory.LazyAttribute(
        lambda page: [("paragraph", f"<p>The body of “{page.title}”.</p>")]
    )
    last_reviewed = datetime.date(2026, 3, 12)
    reviewed_by = factory.SubFactory(AuthorFactory)
    review_interval_months = 12
    parent = factory.LazyFunction(resource_index_or_new)

    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        if extracted:
            page.tags.set(extracted)

    @factory.post_generation
    def documents(page, create, extracted, **kwargs):
        if extracted:
            page.documents = [
                ResourceDocument(document=document) for document in extracted
            ]

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create:
            page.save_revision().publish()


class ResourceDocumentFactory(DjangoModelFactory):
    """A download of an existing resource page."""

    page = factory.SubFactory(ResourcePageFactory)
    document = factory.SubFactory(DocumentFactory)
    title = ""
    description = "A one-page summary to print."

    class Meta:
        model = ResourceDocument

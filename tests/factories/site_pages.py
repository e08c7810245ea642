"""Factories for the home page and standard pages."""

from wagtail.models import Page

import factory
import wagtail_factories

from site_pages.models import HomePage, StandardPage


def home_or_new():
    """The existing home page, or a new one under the tree root."""
    return HomePage.objects.first() or HomePageFactory()


class HomePageFactory(wagtail_factories.PageFactory):
    """A live home page, by default directly under the tree root."""

    title = "Social Media Health Network"
    intro = "Bringing the Social Media Revolution to Health Care"
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    """A live standard page, by default under the home page."""

    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "A general page of the network."
    parent = factory.LazyFunction(home_or_new)

    class Meta:
        model = StandardPage

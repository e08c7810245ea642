"""Factories for core: images, documents and the site-wide network settings."""

from django.utils.text import slugify

from wagtail.models import Collection, Site

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from core.models import Author, NetworkSettings


def root_collection():
    """The root collection every upload lands in unless a test says otherwise."""
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    """A real image file (a small JPEG) in the root collection."""

    title = factory.Sequence(lambda n: f"Summit photo {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.ImageField(width=640, height=360, color="blue")


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A real document file (a small PDF-named file) in the root collection."""

    title = factory.Sequence(lambda n: f"Social media guidelines {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.FileField(
        filename="guidelines.pdf", data=b"%PDF-1.4 social media guidelines"
    )


class NetworkSettingsFactory(DjangoModelFactory):
    """The network settings of the default Site, created or updated in place."""

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    contact_email = "info@socialmediahealthnetwork.org"
    footer_text = "Helping health care use social media well."

    class Meta:
        model = NetworkSettings
        django_get_or_create = ("site",)


class AuthorFactory(DjangoModelFactory):
    """Someone who writes for the network."""

    name = factory.Sequence(lambda n: f"Writer {n}")
    slug = factory.LazyAttribute(lambda author: slugify(author.name))
    role = "Social Media Manager"

    class Meta:
        model = Author
        django_get_or_create = ("slug",)

"""Factories for the blog: authors, series, the blog index, posts and comments."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, Comment, Series
from tests.factories.core import AuthorFactory
from tests.factories.site_pages import home_or_new


class SeriesFactory(DjangoModelFactory):
    """A numbered series such as the Resource Series."""

    title = factory.Sequence(lambda n: f"Resource Series {n}")
    item_label = "Guideline"
    description = "Social media guidelines for employees, one at a time."

    class Meta:
        model = Series


def blog_index_or_new():
    """The existing blog index, or a new one under the home page."""
    return BlogIndexPage.objects.first() or BlogIndexPageFactory()


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    """The live blog index at /blog/, by default under the home page."""

    title = "Blog"
    slug = "blog"
    introduction = "News, webinars and the Resource Series."
    parent = factory.LazyFunction(home_or_new)

    class Meta:
        model = BlogIndexPage


class BlogPageFactory(wagtail_factories.PageFactory):
    """A live, published post under the blog index, by one new author unless told.

    `authors=[...]` sets the byline in order, `tags=[...]` the tag names; the post is
    saved as a published revision, as editors would leave it.
    """

    title = factory.Sequence(lambda n: f"Post number {n}")
    date = datetime.date(2015, 5, 22)
    excerpt = factory.LazyAttribute(lambda post: f"The excerpt of “{post.title}”.")
    body = factory.LazyAttribute(
        lambda post: [("paragraph", f"<p>The body of “{post.title}”.</p>")]
    )
    parent = factory.LazyFunction(blog_index_or_new)

    class Meta:
        model = BlogPage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(post, create, extracted, **kwargs):
        authors = extracted if extracted is not None else [AuthorFactory()]
        post.post_authors = [BlogPageAuthor(author=author) for author in authors]

    @factory.post_generation
    def tags(post, create, extracted, **kwargs):
        if extracted:
            post.tags.set(extracted)

    @factory.post_generation
    def publish(post, create, extracted, **kwargs):
        if create:
            post.save_revision().publish()


class CommentFactory(DjangoModelFactory):
    """An approved comment, unless `status` says otherwise."""

    post = factory.SubFactory(BlogPageFactory)
    name = factory.Sequence(lambda n: f"Reader {n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    body = "Thank you for this guideline."
    status = Comment.Status.APPROVED

    class Meta:
        model = Comment


def comment_form_data(**overrides):
    """What a reader types into the comment form (the honeypot left empty)."""
    data = {
        "name": "Dana Reader",
        "email": "dana.reader@example.org",
        "body": "Our clinic started answering questions on Facebook.",
        "website": "",
    }
    data.update(overrides)
    return data

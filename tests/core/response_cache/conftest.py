"""Fixtures for the response cache: turned on, over an empty cache."""

from django.core.cache import cache

import pytest


@pytest.fixture
def response_cache(settings):
    """The response cache on, starting empty."""
    settings.RESPONSE_CACHE = True
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what a block queues for commit, as the end of an editor's request would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run

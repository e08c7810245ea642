"""Admin registration for content shared across apps."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.options import modeladmin_register

from core.lockouts import LockoutAdmin
from core.models import Author


class AuthorViewSet(SnippetViewSet):
    """Authors, listed and searchable in the admin under Snippets."""

    model = Author
    icon = "user"
    menu_label = "Authors"
    list_display = ["name", "role", "slug"]
    search_fields = ["name", "role"]
    add_to_admin_menu = True
    menu_order = 250


register_snippet(AuthorViewSet)

modeladmin_register(LockoutAdmin)

"""The moderators' panel on the admin dashboard: what waits for a decision, app by app.

Each app contributes its queue with a `register_moderation_count` hook that takes the
request and returns a ModerationCount, or None when the user may not moderate it:

    @hooks.register("register_moderation_count")
    def pending_comments(request):
        if request.user.has_perm("blog.change_comment"):
            return ModerationCount("Comments awaiting moderation", count, url)
"""

from dataclasses import dataclass

from wagtail import hooks
from wagtail.admin.ui.components import Component

HOOK_NAME = "register_moderation_count"


@dataclass(frozen=True)
class ModerationCount:
    """One moderation queue: how many items wait and where to decide on them."""

    label: str
    count: int
    url: str
    icon: str = "warning"


def moderation_counts(request):
    """Every queue the user may moderate, in the order apps registered them."""
    items = (hook(request) for hook in hooks.get_hooks(HOOK_NAME))
    return [item for item in items if item is not None]


class ModerationPanel(Component):
    """Dashboard panel listing each moderation queue with its count and a link."""

    name = "moderation_counts"
    template_name = "core/admin/moderation_panel.html"
    order = 50  # above Wagtail's own panels

    def __init__(self, items):
        self.items = items

    def get_context_data(self, parent_context):
        return {
            "items": self.items,
            "waiting": sum(item.count for item in self.items),
        }

"""Admin registration for the blog."""

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from blog.comments.moderation import DECISIONS, CommentAdmin

# --- Readers' comments: the moderation queue (wagtail-modeladmin) ---------------------
# The ModelAdmin, its buttons and the approve / reject / spam views are in
# blog/comments/moderation.py.

modeladmin_register(CommentAdmin)


@hooks.register("register_log_actions")
def register_comment_moderation_log_actions(actions):
    for decision in DECISIONS.values():
        actions.register_action(
            decision.log_action,
            f"{decision.label} comment",
            f"Comment {decision.past.lower()}",
        )


# --- End of readers' comments ---------------------------------------------------------

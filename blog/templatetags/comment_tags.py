"""Template tags for a post's comments section."""

from django import template

from blog.comments.forms import CommentForm
from blog.models.comment import Comment

register = template.Library()


@register.simple_tag
def approved_comments(post):
    """The post's approved comments, oldest first; pending ones are never shown."""
    return list(
        Comment.objects.approved().filter(post=post).order_by("created_at", "pk")
    )


@register.simple_tag
def comment_form_or_blank(form=None):
    """The form a view handed over (bound, with errors), or a blank one."""
    return form or CommentForm()

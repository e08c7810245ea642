"""Size limits every public submission shares (comments, directory entries, registrations)."""

from django.template.defaultfilters import filesizeformat


def declared_length(request):
    """The body length the request declares; 0 when it declares none or nonsense."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def body_too_large(request, limit):
    """Whether the request declares a body over `limit` bytes."""
    return declared_length(request) > limit


def too_large_message(limit, what="submission"):
    return (
        f"Your {what} is too large to send (the limit is {filesizeformat(limit)}). "
        "Please shorten it."
    )

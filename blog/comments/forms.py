"""The comment form readers fill in, shared by the post page and the API."""

from django import forms

from blog.models.comment import Comment
from core.forms import PublicFormMixin
from core.text import MultiLineCharField, SingleLineCharField

HONEYPOT_FIELD = "website"


class CommentForm(PublicFormMixin, forms.ModelForm):
    """Name, e-mail and comment, plus a field only robots see and fill in."""

    honeypot_field = HONEYPOT_FIELD
    submission_noun = "comment"

    name = SingleLineCharField(
        label="Name",
        max_length=Comment._meta.get_field("name").max_length,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    body = MultiLineCharField(
        label="Comment",
        max_length=Comment._meta.get_field("body").max_length,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Plain text. Web addresses become links.",
    )
    website = forms.CharField(
        label="Leave this empty",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Comment
        fields = ["name", "email", "body"]
        labels = {"email": "E-mail"}
        help_texts = {"email": "Never shown or shared; moderators may contact you."}
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

"""The comment form readers fill in, shared by the post page and the API."""

from django import forms
from django.core.exceptions import ValidationError

from blog.models.comment import Comment
from core.text import MultiLineCharField, SingleLineCharField

HONEYPOT_FIELD = "website"


class CommentForm(forms.ModelForm):
    """Name, e-mail and comment, plus a field only robots see and fill in."""

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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.reader_fields():
            if self.fields[name].help_text:
                self._describe(name, f"{self[name].auto_id}_helptext")

    def full_clean(self):
        super().full_clean()
        # Each error is announced with the field it belongs to.
        for name in self.reader_fields():
            if name in self._errors:
                self._describe(name, f"{self[name].auto_id}_error")
                self.fields[name].widget.attrs["aria-invalid"] = "true"

    def reader_fields(self):
        return [name for name in self.fields if name != HONEYPOT_FIELD]

    def _describe(self, name, element_id):
        attrs = self.fields[name].widget.attrs
        ids = attrs.get("aria-describedby", "").split()
        if element_id not in ids:
            attrs["aria-describedby"] = " ".join([*ids, element_id])

    def clean(self):
        cleaned_data = super().clean()
        if self.data.get(HONEYPOT_FIELD):
            raise ValidationError(
                "Your comment looks automated and was not accepted. If you are a "
                "person, leave the field labelled “Leave this empty” blank and try again.",
                code="honeypot",
            )
        return cleaned_data

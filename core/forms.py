"""What every public form shares (comments, registrations, directory submissions).

`PublicFormMixin` ties each field to its help text and its errors with
`aria-describedby` (and marks invalid fields), so screen readers announce them, and
refuses submissions that fill in the honeypot field only robots see.
"""

from django.core.exceptions import ValidationError

AUTOMATED_MESSAGE = (
    "Your {what} looks automated and was not accepted. If you are a person, leave the "
    "field labelled “Leave this empty” blank and try again."
)


class PublicFormMixin:
    """Accessible descriptions and a honeypot for a form readers fill in."""

    honeypot_field = None
    # How the refusal names what was sent: "comment", "registration" …
    submission_noun = "submission"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.described_fields():
            if self.fields[name].help_text:
                self._describe(name, f"{self[name].auto_id}_helptext")

    def described_fields(self):
        return [name for name in self.fields if name != self.honeypot_field]

    def add_error(self, field, error):
        super().add_error(field, error)
        # Each error is announced with its field, including errors a service adds
        # after validation (a duplicate e-mail address).
        for name in self.described_fields():
            if name in (self._errors or {}):
                self._describe(name, f"{self[name].auto_id}_error")
                self.fields[name].widget.attrs["aria-invalid"] = "true"

    def _describe(self, name, element_id):
        attrs = self.fields[name].widget.attrs
        ids = attrs.get("aria-describedby", "").split()
        if element_id not in ids:
            attrs["aria-describedby"] = " ".join([*ids, element_id])

    def clean(self):
        cleaned_data = super().clean()
        if self.honeypot_field and self.data.get(self.honeypot_field):
            raise ValidationError(
                AUTOMATED_MESSAGE.format(what=self.submission_noun), code="honeypot"
            )
        return cleaned_data

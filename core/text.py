"""Public text without visual spoofing: control, bidirectional and invisible characters.

Readers' names, titles and other single-line fields refuse control characters (CR, LF,
tab, NUL…), bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
zero-width characters (U+200B–U+200D, U+2060, U+FEFF), which can make one name look like
another or reorder what a moderator reads. Multi-line bodies keep ordinary line breaks
and tabs (and the zero-width joiners emoji and some scripts need) but refuse the same
bidirectional overrides and other invisible characters.

Use it in any public form (comments, directory submissions, registrations):

    from core.text import MultiLineCharField, SingleLineCharField

    class SubmissionForm(forms.ModelForm):
        name = SingleLineCharField(max_length=120)          # names, titles, cities
        notes = MultiLineCharField(widget=forms.Textarea)  # bodies, notes

or call `clean_single_line(value)` / `clean_multi_line(value)` in a `clean_<field>()`;
both raise `ValidationError` with a message naming what was found, and return the value
with line endings normalised to "\\n" (multi-line) or stripped (single-line).
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
# Bodies keep line breaks and tabs, and the joiners that emoji sequences (👩‍⚕️) and
# scripts such as Persian need; the other invisible characters stay refused.
MULTI_LINE_ALLOWED = frozenset("\n\t\u200c\u200d")

SINGLE_LINE_MESSAGE = "Use one line of plain text: {found} are not allowed here."
MULTI_LINE_MESSAGE = (
    "Remove the {found}: they can disguise or reorder text and are not allowed."
)


def _describe(char):
    if char in BIDI_CONTROLS:
        return "text-direction characters"
    if char in INVISIBLE:
        return "invisible (zero-width) characters"
    if char in "\r\n":
        return "line breaks"
    return "control characters"


def _offending(value, allowed=frozenset()):
    """Descriptions of the disallowed characters in `value`, in order of first use."""
    found = []
    for char in value:
        if char in allowed:
            continue
        if (
            char in BIDI_CONTROLS
            or char in INVISIBLE
            or unicodedata.category(char) == "Cc"
        ):
            description = _describe(char)
            if description not in found:
                found.append(description)
    return found


def _join(descriptions):
    if len(descriptions) == 1:
        return descriptions[0]
    return ", ".join(descriptions[:-1]) + " and " + descriptions[-1]


def normalise_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_single_line(value):
    """`value` stripped, or ValidationError if it holds line breaks or hidden characters."""
    value = (value or "").strip()
    found = _offending(value)
    if found:
        message = SINGLE_LINE_MESSAGE.format(found=_join(found))
        raise ValidationError(message, code="single_line")
    return value


def clean_multi_line(value):
    """`value` with "\\n" line endings, or ValidationError if it holds hidden characters."""
    value = normalise_newlines(value or "")
    found = _offending(value, MULTI_LINE_ALLOWED)
    if found:
        raise ValidationError(
            MULTI_LINE_MESSAGE.format(found=_join(found)), code="hidden_characters"
        )
    return value


class SingleLineCharField(forms.CharField):
    """A CharField for names and titles: one line, no hidden or direction characters."""

    def to_python(self, value):
        value = super().to_python(value)
        return clean_single_line(value) if value else value


class MultiLineCharField(forms.CharField):
    """A CharField for bodies: line breaks kept (counted as one character), no hidden characters."""

    def to_python(self, value):
        value = super().to_python(value)
        return clean_multi_line(value) if value else value

"""Single-line public fields refuse hidden characters; bodies keep their line breaks."""

from django import forms
from django.core.exceptions import ValidationError

import pytest

from core.text import (
    MultiLineCharField,
    SingleLineCharField,
    clean_multi_line,
    clean_single_line,
)

SPOOFS = {
    "carriage return and line feed": ("Dana\r\nAdmin", "line breaks"),
    "line feed": ("Dana\nReader", "line breaks"),
    "right-to-left override": ("Dana \u202egnp.exe", "text-direction characters"),
    "left-to-right isolate": ("\u2066Dana\u2069", "text-direction characters"),
    "zero-width space": ("Da\u200bna", "invisible (zero-width) characters"),
    "zero-width joiner": ("Da\u200dna", "invisible (zero-width) characters"),
    "word joiner": ("Da\u2060na", "invisible (zero-width) characters"),
    "byte-order mark": ("\ufeffDana", "invisible (zero-width) characters"),
    "NUL": ("Dana\x00", "control characters"),
    "escape": ("Dana\x1b[31m", "control characters"),
}


@pytest.mark.parametrize(("value", "found"), SPOOFS.values(), ids=SPOOFS.keys())
def test_a_single_line_field_refuses_hidden_characters(value, found):
    with pytest.raises(ValidationError) as error:
        clean_single_line(value)

    assert error.value.messages == [
        f"Use one line of plain text: {found} are not allowed here."
    ]


def test_the_message_names_every_kind_found():
    with pytest.raises(ValidationError) as error:
        clean_single_line("Dana\u202e\u200b\nReader")

    assert error.value.messages == [
        "Use one line of plain text: text-direction characters, invisible "
        "(zero-width) characters and line breaks are not allowed here."
    ]


@pytest.mark.parametrize(
    "value", ["Dana Reader", "Zoë O’Brien-Ñúñez", "محمد", "李小龍", "Dr. Ada (RN)"]
)
def test_ordinary_names_in_any_script_pass(value):
    assert clean_single_line(f"  {value} ") == value


def test_a_body_keeps_line_breaks_and_tabs():
    assert clean_multi_line("First line\r\nSecond\tline\rThird") == (
        "First line\nSecond\tline\nThird"
    )


def test_a_body_keeps_emoji_joiners():
    assert clean_multi_line("Thanks to our nurses 👩\u200d⚕️") == (
        "Thanks to our nurses 👩\u200d⚕️"
    )


@pytest.mark.parametrize("char", ["\u202e", "\u2067", "\u200b", "\ufeff", "\x07"])
def test_a_body_refuses_direction_and_invisible_characters(char):
    with pytest.raises(ValidationError) as error:
        clean_multi_line(f"Looks harmless{char} enough")

    assert "are not allowed" in error.value.messages[0]


class SubmissionForm(forms.Form):
    name = SingleLineCharField(max_length=20)
    notes = MultiLineCharField(required=False)


def test_form_fields_report_errors_on_the_field():
    form = SubmissionForm({"name": "Dana\u202eReader", "notes": "a\nb"})

    assert not form.is_valid()
    assert form.errors["name"] == [
        "Use one line of plain text: text-direction characters are not allowed here."
    ]
    assert "notes" not in form.errors


def test_form_fields_clean_good_values():
    form = SubmissionForm({"name": " Dana ", "notes": "a\r\nb"})

    assert form.is_valid()
    assert form.cleaned_data == {"name": "Dana", "notes": "a\nb"}

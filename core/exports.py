"""Spreadsheet exports that a spreadsheet cannot run as formulas.

A cell whose text starts with =, +, -, @, a tab or a carriage return is read by
spreadsheet programs as a formula (`=HYPERLINK(...)`). Every export of the project
writes such text with a leading apostrophe, which spreadsheets show as plain text; the
import side strips it again, so an export re-imports unchanged.
"""

import csv

from wagtail_modeladmin.views import IndexView

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


def neutralise_formula(value):
    """`value` as text a spreadsheet shows as is; values that are not text are left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return ESCAPE + value
    return value


def restore_formula_text(value):
    """Undo `neutralise_formula` on a cell read back from an exported file."""
    if (
        isinstance(value, str)
        and value.startswith(ESCAPE)
        and value[1:].startswith(FORMULA_TRIGGERS)
    ):
        return value[1:]
    return value


class FormulaSafeCSVWriter:
    """csv.writer / csv.DictWriter whose rows are neutralised cell by cell."""

    def __init__(self, file, fieldnames=None, **kwargs):
        self.fieldnames = fieldnames
        if fieldnames is None:
            self._writer = csv.writer(file, **kwargs)
        else:
            self._writer = csv.DictWriter(file, fieldnames=fieldnames, **kwargs)

    def writeheader(self):
        return self._writer.writeheader()

    def writerow(self, row):
        if isinstance(row, dict):
            row = {key: neutralise_formula(value) for key, value in row.items()}
        else:
            row = [neutralise_formula(value) for value in row]
        return self._writer.writerow(row)


class FormulaSafeExportMixin:
    """Makes the CSV and XLSX exports of a view with Wagtail's SpreadsheetExportMixin
    formula-safe (admin reports, listings); list it before the view class."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(
            super().preprocess_field_value(field, value, export_format)
        )


class FormulaSafeIndexView(FormulaSafeExportMixin, IndexView):
    """wagtail-modeladmin's index view whose CSV and XLSX exports are formula-safe.

    Set `index_view_class = FormulaSafeIndexView` on every ModelAdmin with `list_export`.
    """

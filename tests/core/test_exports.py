"""Exports cannot smuggle spreadsheet formulas, and re-import what they wrote."""

import csv
import io
from decimal import Decimal

import pytest

from core.exports import FormulaSafeCSVWriter, neutralise_formula, restore_formula_text


@pytest.mark.parametrize(
    "text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("x")']
)
def test_text_a_spreadsheet_would_run_is_escaped_and_restored(text):
    escaped = neutralise_formula(text)

    assert escaped == "'" + text
    assert restore_formula_text(escaped) == text


@pytest.mark.parametrize("value", ["Mayo Clinic", "", "a=b", 5, -5, Decimal("-1.5")])
def test_ordinary_text_and_numbers_are_left_alone(value):
    assert neutralise_formula(value) == value
    assert restore_formula_text(value) == value


def test_an_apostrophe_that_escapes_nothing_is_kept():
    assert restore_formula_text("'quoted'") == "'quoted'"


def test_the_csv_writer_escapes_each_cell_of_lists_and_dicts():
    output = io.StringIO()
    FormulaSafeCSVWriter(output).writerow(["=1", "ok"])
    writer = FormulaSafeCSVWriter(output, fieldnames=["name"])
    writer.writerow({"name": "@x"})

    rows = list(csv.reader(io.StringIO(output.getvalue())))
    assert rows == [["'=1", "ok"], ["'@x"]]

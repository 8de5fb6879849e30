"""survey.xlsx's writer, read back with openpyxl and pandas (independent readers)."""
import numpy as np
import openpyxl
import pandas as pd

from citycrawl.survey.xlsx import XLSX_CELL_MAX, _letters, write_xlsx


def test_values_read_back_as_written(tmp_path):
    frame = pd.DataFrame({
        "text": ["=1+1", "</t></is></c><c><v>9</v></c>", None, "  kept  ", "Île\tgo\nline",
                 "bell\x07nul\x00"],
        "flag": pd.array([1, None, 0, 1, 0, 1], dtype="Int64"),
        "share": [0.1, np.nan, 1 / 3, 1.0, 0.0, 2.5e-7],
    })
    write_xlsx({"read me": pd.DataFrame({"topic": ["a"], "text": ["b"]}), "data": frame},
               tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["read me", "data"]
    rows = list(book["data"].iter_rows(values_only=True))
    assert rows[0] == ("text", "flag", "share")
    assert rows[1:] == [("=1+1", 1, 0.1), ("</t></is></c><c><v>9</v></c>", None, None),
                        (None, 0, 1 / 3), ("  kept  ", 1, 1.0), ("Île\tgo\nline", 0, 0.0),
                        ("bellnul", 1, 2.5e-7)]
    assert book["data"]["A2"].data_type == "s"  # text, not a formula
    back = pd.read_excel(tmp_path / "t.xlsx", sheet_name="data")
    assert back["flag"].isna().tolist() == [False, True, False, False, False, False]


def test_long_text_is_cut_at_the_cell_limit_and_empty_tables_keep_their_header(tmp_path):
    write_xlsx({"long": pd.DataFrame({"t": ["x" * 40_000]}), "none": pd.DataFrame(columns=["a", "b"])},
               tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert len(book["long"]["A2"].value) == XLSX_CELL_MAX
    assert list(book["none"].iter_rows(values_only=True)) == [("a", "b")]


def test_column_letters():
    assert [_letters(n) for n in (0, 25, 26, 51, 52, 701, 702)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]

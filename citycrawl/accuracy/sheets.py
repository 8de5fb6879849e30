"""Filled coding sheets, read back and checked: every problem is named by its file and line, and a
sheet with any problem gives nothing to score.

A sheet is the kit's coding.csv (comma- or semicolon-separated, as spreadsheets save it) or
coding.xlsx (its `coding` sheet, else its first). Line 1 is the header; a city's line is its row."""
import csv
import io
from pathlib import Path

import pandas as pd

from citycrawl.accuracy.kit import CANNOT_TELL, CODED, SHEET_COLUMNS

VALID = {"1": "1", "0": "0", "": "", CANNOT_TELL: CANNOT_TELL, "1.0": "1", "0.0": "0"}


class SheetError(ValueError):
    """The problems of one or more sheets, one a line."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _rows_of(path: Path) -> list[list[str]]:
    """The sheet's lines as lists of cell texts (header first)."""
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book["coding"] if "coding" in book.sheetnames else book.worksheets[0]
            rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    else:
        text = path.read_bytes().decode("utf-8-sig")
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        rows = [[_cell(v) for v in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    while rows and not any(rows[-1]):  # trailing blank lines
        rows.pop()
    return rows


def read_sheet(path, sample_codes: list[str], run_codes: set[str], run_id: str) -> pd.DataFrame:
    """The coded rows of one sheet (columns `line` and SHEET_COLUMNS, feature values '1', '0',
    'cannot tell' or ''), or SheetError with every problem found."""
    path = Path(path)
    name = path.name
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise SheetError([f"{name}: a coding sheet is a .csv or .xlsx file"])
    try:
        rows = _rows_of(path)
    except FileNotFoundError:
        raise SheetError([f"{name}: no such file ({path})"]) from None
    except UnicodeDecodeError as exc:
        raise SheetError([f"{name}: not UTF-8 text (byte {exc.start}); save the sheet as CSV UTF-8"]) from None
    except Exception as exc:  # openpyxl's many ways of refusing a file that is not a workbook
        raise SheetError([f"{name}: cannot be read as a spreadsheet ({type(exc).__name__}: {exc})"]) from None
    if not rows:
        raise SheetError([f"{name}: the file is empty (no header line)"])
    header = [h.strip() for h in rows[0]]
    while header and not header[-1]:
        header.pop()
    missing = [c for c in SHEET_COLUMNS if c not in header]
    unknown = [c for c in header if c not in SHEET_COLUMNS]
    problems = []
    if missing:
        problems.append(f"{name}, line 1: missing column(s) {', '.join(missing)}")
    if unknown:
        problems.append(f"{name}, line 1: unknown column(s) {', '.join(repr(c) for c in unknown)}; "
                        f"the columns are {','.join(SHEET_COLUMNS)}")
    if problems:
        raise SheetError(problems)
    position = {column: header.index(column) for column in SHEET_COLUMNS}
    coded, seen, sample = [], {}, set(sample_codes)
    for line, row in enumerate(rows[1:], start=2):
        cells = {c: row[i] if i < len(row) else "" for c, i in position.items()}
        if not any(row):
            continue
        code = cells["insee_code"]
        if code.isdigit() and code not in sample and code.zfill(5) in sample:
            code = cells["insee_code"] = code.zfill(5)  # a spreadsheet dropped its leading zero
        where = f"{name}, line {line}"
        if not code:
            problems.append(f"{where}: no insee_code")
            continue
        if code not in sample:
            problems.append(f"{where}: city {code} is not in the validation sample of run {run_id}"
                            + ("" if code in run_codes else " (nor in the run: a sheet of another run?)"))
            continue
        if code in seen:
            problems.append(f"{where}: city {code} is already coded on line {seen[code]}")
            continue
        seen[code] = line
        bad = [f for f in CODED if cells[f].lower() not in VALID]
        for feature in bad:
            problems.append(f"{where}, column {feature}: {cells[feature]!r} is not 0, 1, blank or "
                            f"'{CANNOT_TELL}'")
        values = {f: VALID.get(cells[f].lower(), "") for f in CODED}
        if not bad and not any(values.values()):
            problems.append(f"{where}: city {code} has no feature coded")
        coded.append({"line": line, **cells, **values})
    if not seen and not problems:
        problems.append(f"{name}: no city coded (only a header line)")
    problems += [f"{name}: city {code} of the sample is missing" for code in sample_codes
                 if code not in seen]
    if problems:
        raise SheetError(problems)
    return pd.DataFrame(coded, columns=["line", *SHEET_COLUMNS])


def read_sheets(paths, sample_codes, run_codes, run_id) -> pd.DataFrame:
    """One or two sheets, checked together: rows of both, with `sheet` 1 or 2."""
    if not 1 <= len(paths) <= 2:
        raise SheetError([f"give one or two coding sheets, not {len(paths)}"])
    frames, problems = [], []
    for number, path in enumerate(paths, start=1):
        try:
            frames.append(read_sheet(path, sample_codes, run_codes, run_id).assign(sheet=number))
        except SheetError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SheetError(problems)
    return pd.concat(frames, ignore_index=True)

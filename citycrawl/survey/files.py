"""Writing the survey tables: CSV, Parquet, JSON (survey.xlsx: see xlsx.py), safe against crawled text.

Text taken from the web is hostile. In CSV files a text cell that starts with = + - @, a tab or a
carriage return is prefixed with an apostrophe, so that a spreadsheet opening the file never runs
it as a formula (OWASP "CSV injection"). survey.xlsx needs no prefix: its cells are typed text,
which spreadsheets never evaluate. Parquet and JSON keep values exactly as stored: programs read
them, not spreadsheets.
"""
import json
import os
from pathlib import Path

import pandas as pd

FORMULA_START = r"^[=+\-@\t\r]"


def _is_text(column: pd.Series) -> bool:
    return column.dtype == object or isinstance(column.dtype, pd.StringDtype)


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot be taken for formulas."""
    safe = frame.copy()
    for name in safe.columns:
        column = safe[name]
        if _is_text(column):
            risky = column.str.match(FORMULA_START, na=False).astype(bool)
            if risky.any():
                safe[name] = column.where(~risky, "'" + column.astype(str))
    return safe


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8 (no byte-order mark), comma-separated, quoted when needed; missing values are empty."""
    spreadsheet_safe(frame).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    frame.to_parquet(path, index=False)


def write_json(value, path: Path) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False) + "\n",
                    encoding="utf-8")


def write_text(text: str, path: Path) -> None:
    path.write_text(text, encoding="utf-8")


def write_atomic(path: Path, text: str) -> None:
    """Replace a small file so that readers see the old or the new content, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)

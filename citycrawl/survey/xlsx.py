"""survey.xlsx, written column by column with pandas string operations.

A cell-by-cell writer (openpyxl, XlsxWriter) spends 5-10 µs per cell: 20 s for the 2.5 million
cells of a 35,000-city survey. Here each column becomes its XML in one vectorised step. The file is
the plain SpreadsheetML subset every spreadsheet reads: inline text cells (t="inlineStr", typed
text, so never evaluated as a formula), number cells, empty cells left out.
"""
import zipfile
from xml.sax.saxutils import quoteattr

import numpy as np
import pandas as pd

XLSX_CELL_MAX = 32_767  # characters in one cell
XLSX_ROWS_MAX = 1_048_576  # rows in one sheet, the header included
# Characters XML 1.0 cannot hold: C0 controls but tab, newline and carriage return, U+FFFE/F.
# (Lone surrogates never get this far: the store replaces them.)
# Not a raw string: the pattern holds the characters themselves, which pyarrow's regex engine
# (pandas' fast path) matches, where it rejects Python's \u escapes.
NOT_XML = "[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
STYLES = (f'{HEAD}<styleSheet xmlns="{MAIN}">'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill>'
          '<fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')


def write_xlsx(sheets: dict[str, pd.DataFrame], path) -> None:
    """One sheet per frame, in order, each with a header row. Sheet names: at most 31 characters."""
    names = list(sheets)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("[Content_Types].xml", _content_types(len(names)))
        book.writestr("_rels/.rels", f'{HEAD}<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
                                     f'Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
                                     '</Relationships>')
        book.writestr("xl/workbook.xml", _workbook(names))
        book.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(names)))
        book.writestr("xl/styles.xml", STYLES)
        for number, frame in enumerate(sheets.values(), start=1):
            with book.open(f"xl/worksheets/sheet{number}.xml", "w") as sheet:
                for part in _sheet(frame):
                    sheet.write(part.encode("utf-8"))


def _sheet(frame: pd.DataFrame):
    if len(frame) >= XLSX_ROWS_MAX:
        raise ValueError(f"{len(frame)} rows do not fit in a spreadsheet ({XLSX_ROWS_MAX - 1} max)")
    yield f'{HEAD}<worksheet xmlns="{MAIN}"><sheetData>'
    header = pd.DataFrame([list(map(str, frame.columns))], columns=frame.columns, dtype=object)
    for offset, rows in ((1, header), (2, frame.reset_index(drop=True))):
        numbers = [str(n) for n in range(offset, offset + len(rows))]
        columns = [_cells(rows[name], _letters(position), numbers) for position, name in enumerate(rows.columns)]
        cells = list(zip([f'<row r="{n}">' for n in numbers], *columns))
        for start in range(0, len(cells), 1000):  # a write per chunk of rows: each write compresses
            yield "".join("".join(row) + "</row>" for row in cells[start:start + 1000])
    yield "</sheetData></worksheet>"


_NUMBER_CELL = '<c r="{}{}"><v>{}</v></c>'  # column letters, row number, value


def _cells(column: pd.Series, letters: str, numbers: list[str]) -> list[str]:
    """The <c> element of each value of one column ('' for a missing value), in one pass per column."""
    if pd.api.types.is_integer_dtype(column):
        present = column.notna().to_numpy()
        texts = column.fillna(0).astype("int64").astype(str).tolist()
        cell = _NUMBER_CELL
    elif pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
        values = pd.to_numeric(column).astype("float64").to_numpy()
        present = np.isfinite(values)
        texts = np.char.mod("%.17g", values).tolist()
        cell = _NUMBER_CELL
    else:
        present = column.notna().to_numpy()
        texts = (column.where(present, "").astype(str).str.replace(NOT_XML, "", regex=True)
                 .str.slice(0, XLSX_CELL_MAX).str.replace("&", "&amp;", regex=False)
                 .str.replace("<", "&lt;", regex=False).str.replace(">", "&gt;", regex=False)).tolist()
        cell = '<c r="{}{}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>'
    fill = cell.format
    return [fill(letters, number, text) if shown else "" for number, text, shown in zip(numbers, texts, present.tolist())]


def _letters(position: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _content_types(count: int) -> str:
    sheets = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
                     f'ContentType="{OOXML}.worksheet+xml"/>' for n in range(1, count + 1))
    return (f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{OOXML}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{OOXML}.styles+xml"/>{sheets}</Types>')


def _workbook(names: list[str]) -> str:
    sheets = "".join(f'<sheet name={quoteattr(name[:31])} sheetId="{n}" r:id="rId{n}"/>'
                     for n, name in enumerate(names, start=1))
    return f'{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets>{sheets}</sheets></workbook>'


def _workbook_rels(count: int) -> str:
    sheets = "".join(f'<Relationship Id="rId{n}" Type="{DOC_RELS}/worksheet" '
                     f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
    styles = (f'<Relationship Id="rId{count + 1}" Type="{DOC_RELS}/styles" Target="styles.xml"/>')
    return f'{HEAD}<Relationships xmlns="{RELS}">{sheets}{styles}</Relationships>'

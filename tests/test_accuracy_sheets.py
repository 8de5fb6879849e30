"""Filled coding sheets as spreadsheets save them, read back by `read_sheet`."""
import pytest

from citycrawl.accuracy.kit import CODED, SHEET_COLUMNS
from citycrawl.accuracy.sheets import SheetError, read_sheet

SAMPLE = ["01053", "2A004"]
RUN = {"01053", "2A004", "75056"}


def write(tmp_path, lines, name="sheet.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def row(code, values, separator=","):
    return separator.join([code, "Ville", "https://www.ville.fr/", "Ana", "2026-12-05", *values])


def test_a_semicolon_sheet_with_a_byte_order_mark_and_lost_leading_zeros_reads_back(tmp_path):
    # A French spreadsheet saves CSV with ';', a BOM, and turns 01053 into 1053.
    values = ["1", "0", "Cannot tell", "", *["0"] * (len(CODED) - 4)]
    path = write(tmp_path, [";".join(SHEET_COLUMNS), row("1053", values, ";"), row("2A004", ["1"] * len(CODED), ";")],
                 encoding="utf-8-sig")
    coded = read_sheet(path, SAMPLE, RUN, "r1").set_index("insee_code")
    assert list(coded.index) == SAMPLE
    assert coded.loc["01053", list(CODED[:4])].tolist() == ["1", "0", "cannot tell", ""]
    assert coded.loc["01053", "line"] == 2


@pytest.mark.parametrize("content, message", [
    (b"PK\x03\x04 not really a workbook", "sheet.xlsx: cannot be read as a spreadsheet"),
    (b"", "sheet.xlsx: cannot be read as a spreadsheet"),
])
def test_a_file_that_is_not_a_workbook_is_named(tmp_path, content, message):
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(content)
    with pytest.raises(SheetError) as error:
        read_sheet(path, SAMPLE, RUN, "r1")
    assert error.value.problems[0].startswith(message)


def test_every_problem_of_a_sheet_is_listed_by_line(tmp_path):
    path = write(tmp_path, [",".join(SHEET_COLUMNS),
                            row("01053", ["yes", *["0"] * (len(CODED) - 1)]),
                            row("01053", ["1"] * len(CODED)),
                            row("75056", ["1"] * len(CODED)),
                            row("", ["1"] * len(CODED))])
    with pytest.raises(SheetError) as error:
        read_sheet(path, SAMPLE, RUN, "r1")
    assert error.value.problems == [
        "sheet.csv, line 2, column contact_form: 'yes' is not 0, 1, blank or 'cannot tell'",
        "sheet.csv, line 3: city 01053 is already coded on line 2",
        "sheet.csv, line 4: city 75056 is not in the validation sample of run r1",
        "sheet.csv, line 5: no insee_code",
        "sheet.csv: city 2A004 of the sample is missing",
    ]


def test_a_city_left_blank_is_not_coded(tmp_path):
    path = write(tmp_path, [",".join(SHEET_COLUMNS), row("01053", [""] * len(CODED)),
                            row("2A004", ["0"] * len(CODED))])
    with pytest.raises(SheetError) as error:
        read_sheet(path, SAMPLE, RUN, "r1")
    assert error.value.problems == ["sheet.csv, line 2: city 01053 has no feature coded"]


def test_text_that_is_not_utf8_is_named(tmp_path):
    path = write(tmp_path, [",".join(SHEET_COLUMNS), row("01053", ["1"] * len(CODED)).replace("Ville", "Évry")],
                 encoding="latin-1")
    with pytest.raises(SheetError) as error:
        read_sheet(path, SAMPLE, RUN, "r1")
    assert "not UTF-8 text" in error.value.problems[0] and "CSV UTF-8" in error.value.problems[0]

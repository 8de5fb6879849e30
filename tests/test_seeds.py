"""The seed reader: the bundled frame, and broken rows reported by line and column without losing the city."""
import pytest

from citycrawl.seeds import DEFAULT_SEEDS, SeedFileError, read_seeds


def write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "seeds.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_bundled_frame_is_the_134_french_cities():
    seeds = read_seeds(DEFAULT_SEEDS)
    assert len(seeds) == 134
    assert all(s.error is None for s in seeds)
    paris = seeds[0]
    assert (paris.insee_code, paris.name, paris.population) == ("75056", "Paris", 2103778)
    assert paris.attrs["region_name"] == "Île-de-France"
    assert all(s.population >= 50000 for s in seeds)
    assert len({s.insee_code for s in seeds}) == 134


def test_broken_rows_are_kept_with_line_and_column(tmp_path):
    path = write(tmp_path, (
        "insee_code,name,population,website,region\n"
        "1,Alpha,60000,https://www.alpha.fr/,84\n"
        "1,Beta,70000,https://www.beta.fr/,84\n"
        "3,Gamma,lots,ftp://gamma.fr,84\n"
        ",Delta,80000,,84\n"
        "5,Epsilon,90000,https://epsilon,84\n"
    ))
    seeds = read_seeds(path)
    assert [s.line for s in seeds] == [2, 3, 4, 5, 6]
    assert seeds[0].error is None and seeds[0].region == "84"
    assert seeds[1].error == "line 3 (1 Beta): insee_code 1 already on line 2"
    assert seeds[1].insee_code != "1"  # the first city keeps its code
    assert seeds[2].error.startswith("line 4 (3 Gamma): ") and "column population" in seeds[2].error
    assert "column website: not an http(s) URL" in seeds[2].error
    assert seeds[3].error == "line 5 (Delta): column insee_code: empty"  # no website either: that is no error
    assert "column website: no valid host name" in seeds[4].error


def test_missing_required_column_is_one_clear_error(tmp_path):
    path = write(tmp_path, "insee_code,name,website\n1,A,https://a.fr/\n")
    with pytest.raises(SeedFileError, match="missing required column\\(s\\) population"):
        read_seeds(path)


def test_windows_1252_file_and_extra_columns(tmp_path):
    path = write(tmp_path, "insee_code;x\n", "utf-8")  # wrong delimiter: columns are missing
    with pytest.raises(SeedFileError):
        read_seeds(path)
    path = write(tmp_path, "insee_code,name,population,website,note\n2,Orléans,116000,https://www.orleans.fr/,é\n",
                 "cp1252")
    [seed] = read_seeds(path)
    assert seed.name == "Orléans" and seed.attrs == {"note": "é"}


def test_only_filters_and_unknown_codes_are_reported(tmp_path):
    seeds = read_seeds(DEFAULT_SEEDS, only=["69123"])
    assert [s.name for s in seeds] == ["Lyon"]
    with pytest.raises(SeedFileError, match="no city with code 00000"):
        read_seeds(DEFAULT_SEEDS, only=["00000"])


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(SeedFileError, match="cannot read seeds file"):
        read_seeds(tmp_path / "nope.csv")


def test_files_as_spreadsheets_and_editors_save_them_are_read(tmp_path):
    rows = "Insee_Code{d}Name{d}Population{d}Website\n1{d}Orléans{d}116 000{d}https://www.orleans.fr/\n{d}{d}{d}\n"
    for delimiter, encoding in ((",", "utf-16"),  # "Unicode text", with its BOM
                                (";", "cp1252"),  # French Excel "CSV"
                                ("\t", "utf-8-sig")):
        [seed] = read_seeds(write(tmp_path, rows.format(d=delimiter), encoding))  # the blank row is no city
        assert (seed.insee_code, seed.name, seed.population, seed.error) == ("1", "Orléans", 116000, None)
    # A frame edited in two programs: one line UTF-8, the next Windows-1252.
    path = write(tmp_path, "insee_code,name,population,website\n1,Orléans,1,https://a.fr/\n")
    path.write_bytes(path.read_bytes() + "2,Béziers,2,https://b.fr/\n".encode("cp1252"))
    assert [s.name for s in read_seeds(path)] == ["Orléans", "Béziers"]


def test_population_must_be_a_count(tmp_path):
    values = ["116000.0", "1e400", "inf", "nan", "-5", "12,5"]
    text = "insee_code,name,population,website\n" + "".join(
        f'{i},V{i},"{v}",https://v{i}.fr/\n' for i, v in enumerate(values))
    seeds = read_seeds(write(tmp_path, text))
    assert seeds[0].population == 116000 and seeds[0].error is None
    assert all("column population: not a number" in s.error for s in seeds[1:])



def test_a_commune_without_a_website_is_no_error_but_is_said(tmp_path):
    path = write(tmp_path, "insee_code,name,population,website\n99001,Montaurel,60000,https://montaurel.fr/\n"
                           "99101,Sans Site,52000,\n")
    ok, without = read_seeds(path)
    assert ok.problem is None
    assert without.error is None and without.problem == "line 3 (99101 Sans Site): column website: empty"

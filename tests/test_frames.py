"""Survey frames built by `scrapy frame` from the commune data shipped with the project."""
import csv

import pytest

from citycrawl.frames import communes
from citycrawl.seeds import read_seeds
from tests.conftest import PROJECT, run_scrapy

DATA = PROJECT / "citycrawl" / "data"


def frame(tmp_path, *args):
    out = tmp_path / "frame.csv"
    proc = run_scrapy("frame", *args, "--out", str(out))
    with open(out, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f)), proc.stdout


def test_the_50k_frame_is_the_bundled_one(tmp_path):
    rows, said = frame(tmp_path, "--min-population", "50000")
    with open(DATA / "cities_fr_50k.csv", newline="", encoding="utf-8") as f:
        bundled = list(csv.DictReader(f))
    keys = ("insee_code", "name", "population", "departement", "region", "website")
    assert [tuple(r[k] for k in keys) for r in rows] == [tuple(r[k] for k in keys) for r in bundled]
    assert "134 communes, 134 with a website, 0 without" in said


@pytest.mark.parametrize("threshold, name", [(20000, "cities_fr_20k.csv"), (10000, "cities_fr_10k.csv")])
def test_shipped_frames_are_what_the_command_writes(tmp_path, threshold, name):
    rows, _ = frame(tmp_path, "--min-population", str(threshold))
    shipped = read_seeds(DATA / name)
    assert [s.insee_code for s in shipped] == [r["insee_code"] for r in rows]
    assert all(s.population >= threshold for s in shipped)
    populations = [s.population for s in shipped]
    assert populations == sorted(populations, reverse=True)  # largest first, as the 50k frame


def test_criteria_combine(tmp_path):
    rows, _ = frame(tmp_path, "--departement", "35", "--min-population", "2000")
    assert rows and {r["departement"] for r in rows} == {"35"}
    assert min(int(r["population"]) for r in rows) >= 2000
    assert rows[0]["name"] == "Rennes"
    region, _ = frame(tmp_path, "--region", "53", "--min-population", "2000")
    assert {r["departement"] for r in region} == {"22", "29", "35", "56"}  # Bretagne
    epci, _ = frame(tmp_path, "--epci", rows[0]["epci"])  # Rennes Métropole, every member
    assert len(epci) == sum(1 for c in communes() if c["epci"] == rows[0]["epci"]) > 30
    codes = tmp_path / "codes.txt"
    codes.write_text("insee_code\n29019\n2A004\n97411\n", encoding="utf-8")
    listed, _ = frame(tmp_path, "--codes", str(codes))
    assert sorted(r["name"] for r in listed) == ["Ajaccio", "Brest", "Saint-Denis"]
    assert {r["insee_code"]: r["departement"] for r in listed}["97411"] == "974"


def test_communes_without_a_website_stay_in_the_frame(tmp_path):
    rows, said = frame(tmp_path)
    without = [r for r in rows if not r["website"]]
    assert len(rows) == len(communes()) > 34_000
    assert len(without) > 10_000
    assert f"{len(rows)} communes, {len(rows) - len(without)} with a website, {len(without)} without" in said
    assert all(r["longitude"] and r["latitude"] for r in rows[:1000])  # positions for the map


def test_bad_requests_get_one_clear_message(tmp_path):
    codes = tmp_path / "codes.txt"
    codes.write_text("35238\n99999\nABCDE\n", encoding="utf-8")
    proc = run_scrapy("frame", "--codes", str(codes), "--out", str(tmp_path / "x.csv"), check=False)
    assert proc.returncode == 2
    assert "2 unknown INSEE code(s)" in proc.stderr and "99999, ABCDE" in proc.stderr
    proc = run_scrapy("frame", "--departement", "35", "--region", "84", "--out", str(tmp_path / "x.csv"),
                      check=False)
    assert proc.returncode == 2 and "no commune matches these criteria" in proc.stderr
    proc = run_scrapy("frame", "--min-population", "1000", check=False)
    assert proc.returncode != 0 and "--out FILE.csv is required" in proc.stderr
    assert not (tmp_path / "x.csv").exists()

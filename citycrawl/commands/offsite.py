"""`scrapy offsite [--run RUN_ID]`: take (or complete) the off-site debate measure of a stored run,
then rebuild its survey.

The crawl does this by itself when CITYCRAWL_SEARCH_URL is set; this command serves a run crawled
without it, or one whose searches failed (cities already `measured` are not searched again)."""
import sys

from citycrawl.commands.survey import Command as SurveyCommand
from citycrawl.offsite.measure import MeasureSettings, measure_run
from citycrawl.storage import Store, StoreError, default_db_url


class Command(SurveyCommand):
    def syntax(self):
        return "[--run RUN_ID]"

    def short_desc(self):
        return "Search the web for off-site local debate of a stored run's cities, then rewrite its survey"

    def long_desc(self):
        return ("Query the SearXNG instance of CITYCRAWL_SEARCH_URL for every city of the run "
                "(default: the latest complete run) not yet measured, store the classified results, "
                "and rebuild the survey folder as `scrapy survey` does.")

    def add_options(self, parser):
        super().add_options(parser)
        parser.set_defaults(compare=None)

    def run(self, args, opts):
        if not self.settings.get("CITYCRAWL_SEARCH_URL"):
            print("scrapy offsite: set CITYCRAWL_SEARCH_URL to a SearXNG base URL "
                  "(-s CITYCRAWL_SEARCH_URL=http://localhost:8080)", file=sys.stderr)
            self.exitcode = 2
            return
        try:
            store = Store(self.settings.get("CITYCRAWL_DB_URL") or default_db_url())
            try:
                run_id = opts.run or store.latest_run_id()
                if run_id is None:
                    raise StoreError("no complete run to measure: crawl first, or give --run")
                summary = measure_run(store, run_id, MeasureSettings.from_settings(self.settings))
            finally:
                store.close()
        except (StoreError, ValueError) as exc:
            print(f"scrapy offsite: {exc}", file=sys.stderr)
            self.exitcode = 1
            return
        print(f"off-site debate of run {run_id}: {summary['measured']} measured, "
              f"{summary['partial']} partial, {summary['failed']} failed, "
              f"{summary['skipped']} already measured; {summary['requests']} search requests")
        opts.run = run_id
        super().run(args, opts)

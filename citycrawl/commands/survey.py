"""`scrapy survey [--run RUN_ID] [--compare [OTHER_RUN_ID]]`: rebuild the survey of a stored run."""
import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from citycrawl.storage import Store, StoreError, default_db_url, safe_url
from citycrawl.survey import write_survey
from citycrawl.survey.strata import parse_strata

PREVIOUS = object()  # --compare without a value: the complete run before


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_LEVEL": "WARNING"}

    def syntax(self):
        return "[--run RUN_ID] [--compare [OTHER_RUN_ID]]"

    def short_desc(self):
        return "Write the survey folder of a stored run, without crawling"

    def long_desc(self):
        return ("Rebuild DIR/<run_id>/ from the run stored in CITYCRAWL_DB_URL into "
                "CITYCRAWL_EXPORT_DIR (default: the latest complete run). With --compare, add the "
                "wave comparison with another run (default: the complete run before it). "
                "DIR/latest moves only when the run is the latest complete one.")

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--run", metavar="RUN_ID", help="the run (default: latest complete)")
        parser.add_argument("--compare", metavar="OTHER_RUN_ID", nargs="?", const=PREVIOUS,
                            help="compare with this run (alone: the complete run before)")

    def run(self, args, opts):
        if args:
            raise UsageError(f"unexpected argument(s): {' '.join(args)}")
        try:
            print(self._write(opts))
        except (StoreError, ValueError) as exc:
            print(f"scrapy survey: {exc}", file=sys.stderr)
            self.exitcode = 1

    def _write(self, opts):
        settings = self.settings
        store = Store(settings.get("CITYCRAWL_DB_URL") or default_db_url())
        try:
            latest = store.latest_run_id()
            run_id = opts.run or latest
            if run_id is None:
                stored = store.run_ids()
                raise StoreError(f"no complete run in {safe_url(store.db_url)}" + (
                    f"; stored runs (none complete): {', '.join(stored)}; choose one with --run"
                    if stored else ": the database is empty, crawl first"))
            compare = opts.compare
            if compare is PREVIOUS:
                compare = store.previous_run_id(run_id)
                if compare is None:
                    raise StoreError(f"no complete run before {run_id} to compare with")
            return write_survey(store, run_id, settings.get("CITYCRAWL_EXPORT_DIR"),
                                compare_to=compare, publish=run_id == latest,
                                strata=parse_strata(settings.get("CITYCRAWL_STRATA")))
        finally:
            store.close()

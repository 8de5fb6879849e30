"""`scrapy demo`: the whole survey, offline, on the bundled sample web.

The same crawl as `scrapy crawl cities` (the same checks, spider and pipelines): only the frame
and the network differ. `scrapy demo -a as_of=2009-06-15`: the crawl of the past, on "the sample web
in 2009" (citycrawl/sampleweb/web2009.py) served by pywb on loopback (citycrawl/replay.py)."""
import os
import sys
import tempfile
from pathlib import Path

from scrapy.settings import SETTINGS_PRIORITIES

from citycrawl.commands.crawl import Command as CrawlCommand
from citycrawl.replay import ReplayError, free_port, serve_pywb
from citycrawl.sampleweb import web2009
from citycrawl.sampleweb_process import sample_web_process
from citycrawl.settings import PROJECT_DIR

COLLECTION = "sample2009"

# The sample web is on loopback and answers fast: no need for the real web's politeness delays.
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "CITYCRAWL_DB_URL": f"sqlite:///{PROJECT_DIR / 'data' / 'demo.sqlite'}",
    "CITYCRAWL_PROGRESS_INTERVAL": 1.0,
    # The sample web's SearXNG-compatible engine (citycrawl/sampleweb/search_engine.py).
    "CITYCRAWL_SEARCH_URL": "http://search.sampleweb.test",
    "CITYCRAWL_SEARCH_DELAY": 0,
}


class Command(CrawlCommand):
    def syntax(self):
        return "[options]"

    def short_desc(self):
        return "Crawl the bundled sample web (offline) and write its survey"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--generated", type=int, default=0, metavar="N",
                            help="add N generated cities to the handmade ones")
        parser.add_argument("--seed", type=int, default=0, help="seed of the generated cities")

    def process_options(self, args, opts):
        super().process_options(args, opts)
        demo = dict(DEMO_SETTINGS)
        self.archive_port = None
        if opts.spargs.get("as_of"):  # the archive is the demo's pywb; no web search in 2009
            self.archive_port = free_port()
            demo.update({"CITYCRAWL_ARCHIVE_URL": f"http://127.0.0.1:{self.archive_port}/{COLLECTION}/",
                         "CITYCRAWL_ARCHIVE_WINDOW": web2009.WINDOW_DAYS, "CITYCRAWL_SEARCH_URL": ""})
        # Above the project's settings (a command's default_settings rank below them), below -s.
        for name, value in demo.items():
            if self.settings.getpriority(name) < SETTINGS_PRIORITIES["cmdline"]:
                self.settings.set(name, value, priority="cmdline")

    def run(self, args, opts):
        if self.archive_port:
            return self.run_as_of(opts)
        from citycrawl.sampleweb import seeds_csv  # the sample web is loaded only for the demo

        with tempfile.TemporaryDirectory() as tmp, \
                sample_web_process(generated=opts.generated, seed=opts.seed) as proxy:
            seeds = Path(tmp) / "seeds.csv"
            seeds_csv(seeds, generated=opts.generated, seed=opts.seed)
            opts.spargs["seeds"] = str(seeds)
            # Scrapy's HttpProxyMiddleware reads the proxy from the environment, as in a real run.
            os.environ["http_proxy"] = proxy
            super().run(["cities"], opts)

    def run_as_of(self, opts):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            warc = tmp / "sample-web-2009.warc.gz"
            web2009.write_collection(warc)
            seeds = tmp / "frame-2009.csv"
            web2009.seeds_csv_2009(seeds)
            opts.spargs["seeds"] = str(seeds)
            try:
                with serve_pywb(tmp / "pywb", COLLECTION, [warc], port=self.archive_port):
                    super().run(["cities"], opts)
            except ReplayError as exc:
                print(f"scrapy demo: {exc}", file=sys.stderr)
                self.exitcode = 2

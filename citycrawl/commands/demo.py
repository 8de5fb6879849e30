"""`scrapy demo`: the whole survey, offline, on the bundled sample web.

The same crawl as `scrapy crawl cities` (the same checks, spider and pipelines): only the frame
and the network differ."""
import os
import tempfile
from pathlib import Path

from scrapy.settings import SETTINGS_PRIORITIES

from citycrawl.commands.crawl import Command as CrawlCommand
from citycrawl.sampleweb_process import sample_web_process
from citycrawl.settings import PROJECT_DIR

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
        # Above the project's settings (a command's default_settings rank below them), below -s.
        for name, value in DEMO_SETTINGS.items():
            if self.settings.getpriority(name) < SETTINGS_PRIORITIES["cmdline"]:
                self.settings.set(name, value, priority="cmdline")

    def run(self, args, opts):
        from citycrawl.sampleweb import seeds_csv  # the sample web is loaded only for the demo

        with tempfile.TemporaryDirectory() as tmp, \
                sample_web_process(generated=opts.generated, seed=opts.seed) as proxy:
            seeds = Path(tmp) / "seeds.csv"
            seeds_csv(seeds, generated=opts.generated, seed=opts.seed)
            opts.spargs["seeds"] = str(seeds)
            # Scrapy's HttpProxyMiddleware reads the proxy from the environment, as in a real run.
            os.environ["http_proxy"] = proxy
            super().run(["cities"], opts)

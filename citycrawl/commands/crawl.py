"""`scrapy crawl`: Scrapy's command, with the operator's input checked first (citycrawl.preflight).

The check runs here, before the crawler and its components exist, so a bad input is one clear
message and exit status 2, with no traceback and no page requested."""
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from citycrawl.preflight import PreflightError, check, warnings


class Command(ScrapyCrawl):
    def run(self, args, opts):
        spiders = self.crawler_process.spider_loader
        if len(args) == 1 and args[0] in spiders.list():  # otherwise Scrapy says what is wrong
            spidercls = spiders.load(args[0])
            try:
                check(self.settings, opts.spargs, spidercls)
            except PreflightError as exc:
                print(f"scrapy crawl: {exc}", file=sys.stderr)
                self.exitcode = 2
                return
            for warning in warnings(self.settings, opts.spargs):
                print(f"scrapy crawl: warning: {warning}", file=sys.stderr)
        super().run(args, opts)

"""A progress line every few seconds, so a long crawl says where it is."""
import logging
import time

from scrapy import signals
from twisted.internet import task

from citycrawl.queue import queued_requests

logger = logging.getLogger("citycrawl.progress")


class Progress:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.getfloat("CITYCRAWL_PROGRESS_INTERVAL"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.started = time.monotonic()
        if self.interval > 0:
            self.loop = task.LoopingCall(self.log, spider)
            self.loop.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()
        self.log(spider, final=True)

    def log(self, spider, final=False):
        stats = self.crawler.stats
        cities = len(getattr(spider, "seeds", ()))
        reached = len(getattr(spider, "cities_seen", ()))
        elapsed = time.monotonic() - self.started
        pages = stats.get_value("citycrawl/pages", 0)
        failed = stats.get_value("citycrawl/pages_failed", 0)
        findings = sum(v for k, v in stats.get_stats().items() if k.startswith("citycrawl/findings/"))
        logger.info(
            "%s %d/%d cities answered, %d pages (%.1f/s), %d failed, %d findings, %d requests queued",
            "done:" if final else "progress:", reached, cities, pages, pages / max(elapsed, 1e-9),
            failed, findings, queued_requests(self.crawler),
        )

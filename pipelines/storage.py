"""StoragePipeline (priority 900): writes each page and its findings to the results database.

The spider sets `spider.run_id` and `spider.seeds` before its first item. A page's response and
parsed page are dropped here: nothing after storage needs them, and HTML is never stored.
A `CityEventItem(city=..., event="budget_exhausted")` marks the city's page budget as spent; a
`SpaceLinkItem` records that a city links to a participation space outside every city's domains.
"""
import scrapy
from scrapy import signals

from citycrawl.items import CityEventItem, PageItem, SpaceLinkItem
from citycrawl.storage import Store, default_db_url, safe_url

PAGE_FIELDS = ("city", "url", "requested_url", "status", "error", "is_start", "external", "depth",
               "warc_file", "warc_offset", "warc_length", "memento_at")
TRANSIENT_FIELDS = ("response", "page")
# Settings kept with the run (run.json): what decides what the crawl could see.
RUN_SETTINGS = ("BOT_NAME", "USER_AGENT", "ROBOTSTXT_OBEY", "CONCURRENT_REQUESTS",
                "CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT",
                "DNS_TIMEOUT", "DOWNLOAD_MAXSIZE", "RETRY_TIMES", "REDIRECT_MAX_TIMES",
                "AUTOTHROTTLE_ENABLED", "DEPTH_LIMIT")
URL_SETTINGS = ("CITYCRAWL_DB_URL", "CITYCRAWL_REDIS_URL")  # shown without their passwords


def store_for(crawler) -> Store:
    """The crawler's one Store, shared by the storage and survey pipelines, closed at engine stop."""
    store = getattr(crawler, "_citycrawl_store", None)
    if store is None:
        store = Store(crawler.settings.get("CITYCRAWL_DB_URL") or default_db_url())
        crawler._citycrawl_store = store
        crawler.signals.connect(store.close, signal=signals.engine_stopped)
    return store


def run_settings(crawler) -> dict:
    settings = crawler.settings
    kept = {name: settings.get(name) for name in RUN_SETTINGS}
    for name, value in settings.items():
        if name.startswith("CITYCRAWL_"):
            kept[name] = safe_url(value) if name in URL_SETTINGS and value else value
    kept["scrapy_version"] = scrapy.__version__
    seeds_path = getattr(crawler.spider, "seeds_path", None)
    if seeds_path:
        kept["seeds"] = str(seeds_path)
    if getattr(crawler.spider, "as_of", None):
        kept["as_of"] = str(crawler.spider.as_of)
    return kept


class StoragePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.store = None
        self.run_id = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        spider = self.crawler.spider
        self.run_id = spider.run_id
        self.store = store_for(self.crawler)
        self.store.start_run(self.run_id, run_settings(self.crawler))
        self.store.add_cities(self.run_id, spider.seeds)

    def process_item(self, item):
        stats = self.crawler.stats
        if isinstance(item, SpaceLinkItem):
            self.store.add_space_link(self.run_id, item["city"], item["url"], item["page_url"])
            return item
        if isinstance(item, CityEventItem):
            if item.get("event") == "budget_exhausted":
                self.store.mark_budget_exhausted(self.run_id, item["city"])
            return item
        if isinstance(item, PageItem):
            findings = item.get("findings") or []
            self.store.add_page(self.run_id, {k: item.get(k) for k in PAGE_FIELDS}, findings)
            stats.inc_value("citycrawl/stored_pages")
            stats.inc_value("citycrawl/stored_findings", len(findings))
            for name in TRANSIENT_FIELDS:
                item.pop(name, None)
        return item

    def close_spider(self):
        if self.store is not None:
            self.store.flush()

"""The `cities` spider: crawls each city's web presence and yields one PageItem per page."""
import asyncio

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.httperror import HttpError

from citycrawl.archive import Archive
from citycrawl.budget import FULL, OK, SEEN
from citycrawl.distributed import budget_for, run_id_for
from citycrawl.detect.page import Page
from citycrawl.items import CityEventItem, PageItem, SpaceLinkItem
from citycrawl.links import LinkPolicy
from citycrawl.queue import queued_requests
from citycrawl.render import read_as_fetched
from citycrawl.seeds import read_frame
from citycrawl.urls import host_of, normalize_url, registrable_domain, site_root

START_PRIORITY = 1000  # start pages first, so every city is reached early in the run


class CitiesSpider(scrapy.Spider):
    name = "cities"

    def __init__(self, seeds=None, only=None, as_of=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.as_of = as_of or None  # crawl of the past: the archive's snapshot nearest this date
        self.seeds_path, self.seeds = read_frame(seeds, only)
        self.seed_hosts = {host_of(s.website) for s in self.seeds if not s.problem}
        self.cities_seen: set[str] = set()
        self.links = LinkPolicy()
        self.exhausted: set[str] = set()  # cities whose budget ran out (said once)
        self.in_flight: dict[str, int] = {}  # per city, requests yielded and not yet answered

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pages = settings.getint("CITYCRAWL_MAX_PAGES")
        spider.max_external = settings.getint("CITYCRAWL_MAX_EXTERNAL_PAGES")
        spider.max_depth = settings.getint("CITYCRAWL_MAX_DEPTH")
        # A window of cities in progress, so that memory follows the window, not the frame. In
        # distributed mode other workers answer the requests and the queue is in Redis: no window.
        window = settings.getint("CITYCRAWL_MAX_CITIES_IN_FLIGHT")
        spider.distributed = bool(settings.get("CITYCRAWL_REDIS_URL"))
        spider.window = 0 if spider.distributed else window
        crawler.signals.connect(spider.settle, signal=signals.request_dropped)
        spider.archive = Archive.from_settings(settings, spider.as_of)
        if spider.archive is not None:  # the operator's archive: a loopback pywb is allowed
            spider.seed_hosts.add(spider.archive.host)
        spider.run_id = run_id_for(crawler)
        spider.budget = budget_for(crawler, spider.run_id)
        return spider

    async def start(self):
        for seed in self.seeds:
            if seed.error:
                self.logger.error("seed %s", seed.error)
                self.crawler.stats.inc_value("citycrawl/seed_errors")
                continue
            if not seed.website:  # kept in the survey as no_website
                self.logger.warning("seed %s", seed.problem)
                self.crawler.stats.inc_value("citycrawl/seeds_without_website")
                continue
            while self.window and len(self.in_flight) >= self.window:
                if not queued_requests(self.crawler) and not self.crawler.engine.downloader.active:
                    self.in_flight.clear()  # nothing is pending at all: the counts are stale
                await asyncio.sleep(0.05)
            domains = (registrable_domain(host_of(seed.website)),)
            urls = list(dict.fromkeys((seed.website, site_root(seed.website))))
            claims = self.budget.claim_many(seed.insee_code, [normalize_url(u) for u in urls], self.max_pages)
            for url, claim in zip(urls, claims):
                # Distributed: another worker may have claimed a start page and died before queueing
                # it, so every worker yields it and the shared queue takes it once.
                if claim == OK or (claim == SEEN and self.distributed):
                    yield self._request(url, seed.insee_code, domains, depth=0, is_start=True,
                                        external=False, priority=START_PRIORITY)

    def _request(self, url, city, domains, depth, is_start, external, priority):
        # Start requests skip the duplicate filter (the budget already makes them unique): a start
        # page caught in a redirect loop then ends in an error the survey records, instead of a
        # redirect silently filtered as a duplicate.
        self.in_flight[city] = self.in_flight.get(city, 0) + 1
        if self.archive is not None:  # the spider keeps original URLs; the archive is asked
            url = self.archive.url(url)
        return scrapy.Request(
            url, callback=self.parse, errback=self.failed, priority=priority, dont_filter=is_start,
            meta={"city": city, "domains": domains, "depth": depth, "is_start": is_start,
                  "external": external},
        )

    def settle(self, request, spider=None):
        """A request was answered, failed or dropped: its city has one request fewer in flight."""
        city = request.meta.get("city")
        left = self.in_flight.get(city, 0) - 1
        if left > 0:
            self.in_flight[city] = left
        else:
            self.in_flight.pop(city, None)  # also a city not counted here (a resumed run's queue)

    def parse(self, response):
        try:
            yield from self._parse(response)
        finally:  # once the page's own links are yielded, so a city in progress never looks done
            self.settle(response.request)

    def _parse(self, response):
        meta = response.meta
        city = meta["city"]
        self.cities_seen.add(city)
        self.crawler.stats.inc_value("citycrawl/pages")
        domains = meta["domains"]
        if meta["is_start"]:
            # A start page that redirects to another domain (a metropolitan portal, a new
            # domain name) brings that domain into the city's web presence.
            final = registrable_domain(host_of(response.url))
            if final not in domains:
                domains = (*domains, final)
        external = _outward(meta, response.url, domains)
        requested = meta.get("redirect_urls", [response.url])[0]  # before any redirect
        if requested != response.url:
            # The page it was redirected to is spent too: a link back to it (a logo, "Accueil")
            # must not fetch it again as another page and overwrite the start page's record.
            self.budget.claim(city, normalize_url(response.url), self.max_pages)
        page = Page.from_response(response) if isinstance(response, HtmlResponse) else None
        yield PageItem(
            city=city, url=response.url, requested_url=requested, status=response.status,
            error=None, is_start=meta["is_start"], external=external, depth=meta["depth"],
            response=response, page=page, findings=[], **archived(meta),
        )
        if page is not None:
            yield from self._follow(page, city, domains, meta, external)

    def _follow(self, page, city, domains, meta, external):
        depth = meta["depth"] + 1
        if depth > self.max_depth:
            return
        # A page queued again after its worker died (distributed mode) queues its links again too:
        # that worker may have claimed them and died before queueing them (the duplicate filter
        # drops those that were queued).
        wanted = (OK, SEEN) if meta.get("recovered", False) else (OK,)
        # Most wanted first, so that when the budget runs out on this page the links the policy
        # ranks higher are the ones kept; each URL once.
        chosen = {}
        for link in sorted(self.links.choose(page, domains, external), key=lambda c: -c[2]):
            chosen.setdefault(link[0], link)
        outside = [url for url, link in chosen.items() if link[3]]
        if not external:  # a city's page linking to a space: the city gets its findings
            for url in outside:
                yield SpaceLinkItem(city=city, url=url, page_url=page.url)
        allowed = self.budget.claim_many(f"{city}:external", outside, self.max_external)
        refused = {url for url, claim in zip(outside, allowed) if claim not in wanted}
        links = [link for url, link in chosen.items() if url not in refused]
        # All the page's links in one claim: see citycrawl/budget.py.
        claims = self.budget.claim_many(city, [link[0] for link in links], self.max_pages)
        if FULL in claims and city not in self.exhausted:
            self.exhausted.add(city)
            self.crawler.stats.inc_value("citycrawl/budget_exhausted")
            yield CityEventItem(city=city, event="budget_exhausted")
        for (url, _text, priority, outward), claim in zip(links, claims):
            if claim in wanted:
                yield self._request(url, city, domains, depth, False, outward, priority - depth)

    def failed(self, failure):
        unrendered = read_as_fetched(failure)
        if unrendered is not None:  # a failed render is no failed page: it stays in flight, unrendered
            self.crawler.stats.inc_value("citycrawl/renders_failed")
            return [unrendered]
        self.settle(failure.request)
        return self._failed(failure)

    def _failed(self, failure):
        request = failure.request
        meta = request.meta
        if failure.check(IgnoreRequest) and "download_latency" not in meta and not meta.get("is_start"):
            # Pages robots.txt forbids, or private addresses: not fetched by design, not failures.
            # (A body refused after download, e.g. a gzip bomb, is a failed page and is recorded.)
            self.crawler.stats.inc_value("citycrawl/pages_not_requested")
            return
        response = failure.value.response if failure.check(HttpError) else None
        if response is not None:
            self.cities_seen.add(meta["city"])
        self.crawler.stats.inc_value("citycrawl/pages_failed")
        error = f"{type(failure.value).__name__}: {failure.getErrorMessage()}"[:500]
        url = request.url if self.archive is None else self.archive.original(request.url) or request.url
        final = response.url if response is not None else url
        yield PageItem(
            city=meta["city"], url=final,
            requested_url=meta.get("redirect_urls", [url])[0],
            status=response.status if response is not None else None,
            error=error, is_start=meta["is_start"], external=_outward(meta, final, meta["domains"]),
            depth=meta["depth"],
            response=None, page=None, findings=[], **(archived(meta) if response is not None else {}),
        )


def _outward(meta, url: str, domains) -> bool:
    """Whether the page at `url` lies outside the city's domains, having been reached from outside or by
    a link out: a link out that redirected back into the city's domains (a brand domain, a shortener)
    led to the city's own page."""
    return bool(meta["external"]) and registrable_domain(host_of(url)) not in domains


def archived(meta) -> dict:
    """The page's WARC record (set by citycrawl.warc.WarcCapture) and memento datetime, if any."""
    place = meta.get("warc") or {}
    return {"warc_file": place.get("file"), "warc_offset": place.get("offset"),
            "warc_length": place.get("length"), "memento_at": meta.get("memento_at")}

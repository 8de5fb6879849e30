"""Crawl of the past: `scrapy crawl cities -a as_of=YYYY-MM-DD` reads each city's web presence from
a web archive (CITYCRAWL_ARCHIVE_URL: the Internet Archive by default, or any pywb or OpenWayback
endpoint), as it stood near that date.

Every page is asked in the archive's raw replay mode, `<archive>/<as_of>120000id_/<original URL>`
(the Wayback URL scheme both engines serve): the archive answers with its capture nearest to the
date, unmodified (`id_`: no rewritten links, no banner), and with the RFC 7089 header
`Memento-Datetime`, the date of that capture. The spider works on original URLs throughout: it
queues `archive.url(original)`, and `ArchiveMiddleware` hands it back responses at their original
URL, so the link policy, the page budgets and the detectors apply unchanged.

`ArchiveMiddleware` (downloader middleware, two places in DOWNLOADER_MIDDLEWARES):
- before the redirect middleware (`process_response` at 610): an archived redirect keeps its
  original `Location` (relative or absolute, in the site's own address space); it is turned into the
  archive address of its target, so that the redirect is followed inside the archive, never to the
  live web;
- after it (575, above decompression): the final response gets its original URL back and its memento
  datetime in `meta["memento_at"]`. A capture farther from the date than CITYCRAWL_ARCHIVE_WINDOW
  days, or a URL the archive has no capture of, is a failed page (`IgnoreRequest` with the reason):
  a city whose start pages all fail this way is `unreachable`, with that reason in its start pages'
  `error` and in `archive.csv`.

Politeness towards the archive: every request goes to the archive's host, so Scrapy's per-host slot
(CONCURRENT_REQUESTS_PER_DOMAIN, DOWNLOAD_DELAY, AutoThrottle) is a rate per archive host; a busy
archive's 429 and 503 are retried CITYCRAWL_ARCHIVE_RETRIES times (Scrapy's RetryMiddleware, with
AutoThrottle slowing down).
"""
import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest

INTERNET_ARCHIVE = "https://web.archive.org/web/"
MEMENTO = re.compile(r"^(?P<ts>\d{4,14})(?P<mod>[a-z]{2}_)?/(?P<url>.+)$")
NOT_ARCHIVED = "not in the archive"


def parse_as_of(value) -> date:
    """The `as_of` argument, YYYY-MM-DD; ValueError otherwise."""
    try:
        return datetime.strptime(str(value), "%Y-%m-%d").date()
    except ValueError:
        raise ValueError(f"as_of={value!r}: a date YYYY-MM-DD is needed, e.g. as_of=2009-06-15") from None


class Archive:
    """Addresses in one archive, for one date."""

    def __init__(self, base_url: str, as_of: date, window_days: int):
        self.base = base_url if base_url.endswith("/") else base_url + "/"
        self.as_of = as_of
        self.window = timedelta(days=window_days)
        self.window_days = window_days
        self.timestamp = as_of.strftime("%Y%m%d") + "120000"
        self.host = urlsplit(self.base).hostname or ""

    @classmethod
    def from_settings(cls, settings, as_of):
        if not as_of:
            return None
        return cls(settings.get("CITYCRAWL_ARCHIVE_URL") or INTERNET_ARCHIVE, parse_as_of(as_of),
                   settings.getint("CITYCRAWL_ARCHIVE_WINDOW"))

    def url(self, original: str, timestamp: str | None = None) -> str:
        return f"{self.base}{timestamp or self.timestamp}id_/{original}"

    def original(self, url: str) -> str | None:
        """The original URL of an archive address, None for any other address."""
        if not url.startswith(self.base):
            return None
        match = MEMENTO.match(url[len(self.base):])
        if not match:
            return None
        original = match["url"]
        if original.startswith(("http:/", "https:/")) and not original.startswith(("http://", "https://")):
            original = original.replace(":/", "://", 1)  # a proxy may fold the double slash
        return original

    def timestamp_of(self, url: str) -> str | None:
        match = MEMENTO.match(url[len(self.base):]) if url.startswith(self.base) else None
        return match["ts"] if match else None

    def distance(self, memento: datetime) -> timedelta:
        noon = datetime(self.as_of.year, self.as_of.month, self.as_of.day, 12, tzinfo=UTC)
        return abs(memento - noon)


def memento_datetime(headers) -> datetime | None:
    value = headers.get(b"Memento-Datetime")
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value.decode("latin-1"))
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class ArchiveMiddleware:
    """See the module's docstring. Active only for a crawl with `-a as_of=...`."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.retries = crawler.settings.getint("CITYCRAWL_ARCHIVE_RETRIES")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def archive(self) -> Archive | None:
        spider = self.crawler.spider
        return getattr(spider, "archive", None) if spider is not None else None

    def process_request(self, request, spider=None):
        archive = self.archive
        if archive is not None and archive.original(request.url) is not None:
            request.meta.setdefault("max_retry_times", self.retries)
        return None


class ArchiveRedirects(ArchiveMiddleware):
    """Before the redirect middleware: an archived redirect is followed inside the archive."""

    def process_response(self, request, response, spider=None):
        archive = self.archive
        if archive is None or not (300 <= response.status < 400) or b"Location" not in response.headers:
            return response
        original = archive.original(request.url)
        location = response.headers[b"Location"].decode("latin-1")
        if original is None or archive.original(urljoin(request.url, location)) is not None:
            return response  # the archive's own redirect (to its exact capture time): as it is
        target = urljoin(original, location)
        stamp = archive.timestamp_of(request.url)
        headers = response.headers.copy()
        headers[b"Location"] = archive.url(target, stamp).encode("latin-1")
        return response.replace(headers=headers)


class ArchiveResponses(ArchiveMiddleware):
    """After the redirect middleware: the page at its original URL, with its memento datetime."""

    def process_response(self, request, response, spider=None):
        archive = self.archive
        if archive is None:
            return response
        original = archive.original(response.url)
        if original is None:
            return response  # not an archive address (robots.txt of the archive host)
        stats = self.crawler.stats
        meta = request.meta
        if "redirect_urls" in meta:
            meta["redirect_urls"] = [archive.original(u) or u for u in meta["redirect_urls"]]
        memento = memento_datetime(response.headers)
        if memento is None:
            if response.status in (404, 410):  # the archive's own "no capture"
                stats.inc_value("citycrawl/archive/not_archived")
                raise IgnoreRequest(f"archive: {NOT_ARCHIVED}")
            return response.replace(url=original)  # an archive error (429, 503...): retried or failed
        if archive.distance(memento) > archive.window:
            stats.inc_value("citycrawl/archive/out_of_window")
            raise IgnoreRequest(f"archive: no capture within {archive.window_days} days of "
                                f"{archive.as_of.isoformat()} (nearest {memento.date().isoformat()})")
        meta["memento_at"] = memento
        stats.inc_value("citycrawl/archive/mementos")
        return response.replace(url=original)

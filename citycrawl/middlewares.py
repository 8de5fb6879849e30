"""Downloader middleware that keeps the crawl out of private networks (SSRF guard)."""
from scrapy.exceptions import IgnoreRequest

from citycrawl.urls import host_of, is_private_host


class PrivateNetworkMiddleware:
    """Refuses requests to loopback, link-local and private hosts, redirects included, unless
    CITYCRAWL_ALLOW_PRIVATE_NETWORKS is set. Hosts of the seed URLs are the operator's choice and
    always allowed. Without a proxy, a response that came from a private address is dropped too
    (a public name that resolves inside the network)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.allowed = crawler.settings.getbool("CITYCRAWL_ALLOW_PRIVATE_NETWORKS")
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _seed_hosts(self) -> set:
        # From the crawler: Scrapy no longer passes the spider to middlewares that do not require it.
        return getattr(self.crawler.spider, "seed_hosts", set())

    def process_request(self, request, spider=None):
        if self.allowed:
            return None
        host = host_of(request.url)
        if is_private_host(host) and host not in self._seed_hosts():
            self.stats.inc_value("citycrawl/private_network_refused")
            raise IgnoreRequest(f"private network address refused: {host}")
        return None

    def process_response(self, request, response, spider=None):
        if self.allowed or request.meta.get("proxy") or response.ip_address is None:
            return response
        host = host_of(request.url)
        if not response.ip_address.is_global and host not in self._seed_hosts():
            self.stats.inc_value("citycrawl/private_network_refused")
            raise IgnoreRequest(f"{host} resolved to a private address {response.ip_address}")
        return response

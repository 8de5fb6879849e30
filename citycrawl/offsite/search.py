"""A client of a SearXNG instance's JSON API (`/search?q=...&format=json`), polite and bounded.

Every request waits its turn (a fixed delay between two requests), a refused one (HTTP 429 or 503)
is retried after the time its Retry-After asks for (capped), and every failure comes back as an
`Answer` with a status rather than an exception: a bad answer never loses a city.
"""
import json
import logging
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlencode

logger = logging.getLogger(__name__)

MAX_BODY = 2 * 1024 * 1024  # bytes of an answer read at most
MAX_RESULTS = 20  # results kept per answer (one page of results)
RETRY_STATUSES = (429, 502, 503, 504)


def proxy_opener():
    """An opener with the environment's proxy as it is now (urlopen's shared opener keeps the
    first one it saw)."""
    return urllib.request.build_opener(urllib.request.ProxyHandler(urllib.request.getproxies()))


@dataclass
class SearchSettings:
    base_url: str
    delay: float = 3.0  # seconds between two requests to the instance
    retries: int = 2  # further tries of a refused or failed request
    timeout: float = 20.0  # seconds for one request
    max_wait: float = 120.0  # longest Retry-After honoured, in seconds
    user_agent: str = "citycrawl"

    @classmethod
    def from_settings(cls, settings) -> "SearchSettings":
        return cls(base_url=settings.get("CITYCRAWL_SEARCH_URL").rstrip("/"),
                   delay=settings.getfloat("CITYCRAWL_SEARCH_DELAY"),
                   retries=settings.getint("CITYCRAWL_SEARCH_RETRIES"),
                   timeout=settings.getfloat("CITYCRAWL_SEARCH_TIMEOUT"),
                   max_wait=settings.getfloat("CITYCRAWL_SEARCH_MAX_WAIT"),
                   user_agent=settings.get("USER_AGENT"))


@dataclass
class Answer:
    query: str
    url: str  # the request, as evidence of where a result was found
    status: str  # ok, empty, http_NNN, not_json, timeout, unreachable
    results: list = field(default_factory=list)
    unresponsive: list = field(default_factory=list)  # engines the instance could not reach
    requests: int = 0  # HTTP requests spent, retries included

    @property
    def answered(self) -> bool:
        return self.status == "ok"


class SearchClient:
    def __init__(self, settings: SearchSettings, sleep=time.sleep, clock=time.monotonic):
        self.settings = settings
        self.sleep, self.clock = sleep, clock
        self._next = 0.0  # earliest time of the next request
        self.requests = 0
        self._opener = proxy_opener()

    def url_of(self, query: str) -> str:
        return f"{self.settings.base_url}/search?" + urlencode({"q": query, "format": "json"})

    def search(self, query: str) -> Answer:
        answer = Answer(query, self.url_of(query), "unreachable")
        for attempt in range(self.settings.retries + 1):
            wait = self._fetch(answer)
            if wait is None or attempt == self.settings.retries:
                break
            logger.info("search engine: %s for %r, retrying in %.0f s", answer.status, query, wait)
            self._next = max(self._next, self.clock() + wait)
        return answer

    def _fetch(self, answer: Answer) -> float | None:
        """One request; the seconds to wait before a retry, or None when there is no point."""
        self.sleep(max(0.0, self._next - self.clock()))
        self._next = self.clock() + self.settings.delay
        self.requests += 1
        answer.requests += 1
        request = urllib.request.Request(answer.url, headers={
            "User-Agent": self.settings.user_agent, "Accept": "application/json"})
        try:
            with self._opener.open(request, timeout=self.settings.timeout) as response:
                body = response.read(MAX_BODY + 1)
        except urllib.error.HTTPError as exc:
            answer.status = f"http_{exc.code}"
            if exc.code in RETRY_STATUSES:
                return self._retry_after(exc.headers.get("Retry-After"))
            return None
        except (TimeoutError, socket.timeout):
            answer.status = "timeout"
            return self.settings.delay
        except (urllib.error.URLError, OSError, ValueError) as exc:
            answer.status = "unreachable"
            logger.debug("search engine unreachable: %s", exc)
            return self.settings.delay
        self._parse(answer, body)
        return None

    def _retry_after(self, value: str | None) -> float:
        seconds = self.settings.delay * 2
        if value:
            try:
                seconds = float(value)
            except ValueError:
                try:
                    seconds = parsedate_to_datetime(value).timestamp() - time.time()
                except (TypeError, ValueError):
                    pass
        return min(max(seconds, 0.0), self.settings.max_wait)

    @staticmethod
    def _parse(answer: Answer, body: bytes) -> None:
        if len(body) > MAX_BODY:
            answer.status = "too_large"
            return
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            answer.status = "not_json"  # an HTML page: the JSON format is not enabled, or a block page
            return
        if not isinstance(data, dict) or not isinstance(data.get("results"), list):
            answer.status = "not_json"
            return
        answer.results = [r for r in data["results"][:MAX_RESULTS] if isinstance(r, dict)]
        answer.unresponsive = [e for e in data.get("unresponsive_engines") or []][:20]
        # A city's name always finds something: no result at all means the engines failed.
        answer.status = "ok" if answer.results else "empty"

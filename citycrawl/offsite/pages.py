"""One fetch of a counted petition's page, where its site's robots.txt allows it, for what the
search result's snippet leaves out: target, date, number of signatures.

The page is parsed, never executed, and read up to MAX_PAGE bytes; robots.txt is read once per host.
"""
import logging
import urllib.error
import urllib.request
import urllib.robotparser
from urllib.parse import urlsplit

import lxml.html

from citycrawl.detect.text import fold, squash
from citycrawl.offsite.classify import CityContext, petition_details, result_date
from citycrawl.offsite.search import proxy_opener

logger = logging.getLogger(__name__)

MAX_PAGE = 1024 * 1024
MAX_ROBOTS = 256 * 1024


class PetitionPages:
    def __init__(self, user_agent: str, timeout: float):
        self.user_agent, self.timeout = user_agent, timeout
        self._robots = {}  # scheme://host -> RobotFileParser, or None when it cannot be read
        self._opener = proxy_opener()
        self.requests = 0

    def details(self, url: str, city: CityContext) -> dict:
        """What the page says of the petition; {} when it may not or cannot be read."""
        if not self._allowed(url):
            return {}
        body = self._get(url, MAX_PAGE)
        if not body:
            return {}
        try:
            markup = body.decode("utf-8")
        except UnicodeDecodeError:
            markup = body.decode("cp1252", "replace")  # the other encoding French sites use
        try:
            tree = lxml.html.document_fromstring(markup)
        except (ValueError, lxml.etree.ParserError):
            return {}
        for node in tree.xpath("//script | //style | //noscript"):
            node.drop_tree()  # text only: nothing of a page is run, and scripts are not prose
        text = squash(" ".join(tree.itertext()))  # one space between blocks, or their words merge
        text = fold(text)
        found = petition_details(text, city, result_date({}, text))
        return {k: v for k, v in found.items() if v is not None}

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root)
        robots = self._robots[root]
        return robots is not None and robots.can_fetch(self.user_agent, url)

    def _read_robots(self, root: str):
        parser = urllib.robotparser.RobotFileParser()
        body = self._get(root + "/robots.txt", MAX_ROBOTS, missing_ok=True)
        if body is None:
            return None  # unreadable: no fetch, as a crawler that cannot check must not
        parser.parse(body.decode("utf-8", "replace").splitlines())
        return parser

    def _get(self, url: str, limit: int, missing_ok=False) -> bytes | None:
        self.requests += 1
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read(limit)
        except urllib.error.HTTPError as exc:
            # No robots.txt (404) means no rule; any other refusal means no fetch.
            return b"" if missing_ok and exc.code == 404 else None
        except (OSError, ValueError) as exc:
            logger.debug("petition page %s not read: %s", url, exc)
            return None

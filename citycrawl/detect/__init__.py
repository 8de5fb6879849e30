"""Detection of participation features on one parsed page.

`DETECTORS` is the ordered registry of families; the detection pipelines and `scrapy detect`
both run detection through it. Each family is a function `detect(page) -> list[Finding]` that
never raises: crawled pages are hostile input, and one broken page must not stop a crawl.
"""
import logging

from citycrawl.detect import comments, components, forms, forums, platforms, social, vocabulary
from citycrawl.detect.findings import Finding
from citycrawl.detect.page import Page

logger = logging.getLogger(__name__)

DETECTORS = (
    ("forms", forms.detect),
    ("comments", comments.detect),
    ("forums", forums.detect),
    ("vocabulary", vocabulary.detect),
    ("platforms", platforms.detect),
    ("components", components.detect),
    ("social", social.detect),
)


def run_family(name: str, detect, page: Page) -> list[Finding]:
    """One family on one page; a detector bug costs that family's findings on that page, not the crawl."""
    try:
        return detect(page)
    except Exception:  # noqa: BLE001 - hostile input must never stop the crawl
        logger.exception("detector %s failed on %s", name, page.url)
        return []


def detect_page(page: Page) -> list[Finding]:
    """Every family's findings on the page, in registry order."""
    return [f for name, detect in DETECTORS for f in run_family(name, detect, page)]


def links(page: Page) -> list[tuple[str, str]]:
    """The page's outgoing links `(url, anchor_text)`, for the spider."""
    return page.links()


__all__ = ["DETECTORS", "Finding", "Page", "detect_page", "links", "run_family"]

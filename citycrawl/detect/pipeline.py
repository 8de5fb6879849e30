"""What the detection pipelines share: the parsed page of an item, and one family per pipeline."""
import logging

from scrapy.http import HtmlResponse

from citycrawl.detect import DETECTORS, Page, run_family

logger = logging.getLogger(__name__)
STATS_PREFIX = "citycrawl/findings/"


def page_of(item) -> Page | None:
    """The item's page, parsed once and kept in item["page"]; None when there is no HTML response."""
    page = item.get("page")
    if page is not None:
        return page
    response = item.get("response")
    if not isinstance(response, HtmlResponse):
        return None
    page = Page.from_response(response)
    item["page"] = page
    return page


class FamilyPipeline:
    """Runs one detector family on every HTML page and appends its findings to the item.

    Subclasses name their family; findings are counted in the crawler stats under
    `citycrawl/findings/<feature>`.
    """

    family = ""

    def __init__(self, stats=None):
        self.stats = stats
        self.detect = dict(DETECTORS)[self.family]

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        page = page_of(item)
        if page is None:
            return item
        found = run_family(self.family, self.detect, page)
        findings = item.get("findings") or []
        findings.extend(found)
        item["findings"] = findings
        if self.stats is not None:
            for finding in found:
                self.stats.inc_value(STATS_PREFIX + finding.feature)
        return item

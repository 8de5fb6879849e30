"""The detection pipelines, on real Scrapy responses and a real crawler's stats."""
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler

from citycrawl.detect import DETECTORS
from citycrawl.items import PageItem
from pipelines.comments import CommentsPipeline
from pipelines.components import ComponentsPipeline
from pipelines.forms import ContactFormPipeline
from pipelines.forums import ForumPipeline
from pipelines.platforms import PlatformPipeline
from pipelines.social import SocialPipeline
from pipelines.vocabulary import VocabularyPipeline
from tests.fixtures.detect.helpers import fixture_html

PIPELINES = [ContactFormPipeline, CommentsPipeline, ForumPipeline, VocabularyPipeline, PlatformPipeline,
             ComponentsPipeline, SocialPipeline]


def run(item):
    crawler = get_crawler()
    crawler.stats.open_spider()
    for cls in PIPELINES:
        item = cls.from_crawler(crawler).process_item(item)
    return item, crawler.stats.get_stats()


def test_pipelines_follow_the_registry_order():
    assert [cls.family for cls in PIPELINES] == [name for name, _ in DETECTORS]


def test_html_page_findings_appended_and_counted_in_stats():
    url = "https://www.villedex.fr/contact"
    response = HtmlResponse(url, body=fixture_html("contact_wordpress.html"), request=Request(url))
    item, stats = run(PageItem(city="99999", url=url, response=response))
    assert [f.feature for f in item["findings"]] == ["contact_form", "social_account", "social_account"]
    assert stats["citycrawl/findings/contact_form"] == 1
    assert stats["citycrawl/findings/social_account"] == 2
    assert item["page"].url == url  # parsed once, shared by every family


def test_items_without_html_are_returned_unchanged():
    failed = PageItem(city="99999", url="https://www.villedex.fr/x", response=None, error="DNSLookupError: x")
    pdf = PageItem(city="99999", url="https://www.villedex.fr/a.pdf",
                   response=TextResponse("https://www.villedex.fr/a.pdf", body=b"%PDF-1.4 budget participatif"))
    for item in (failed, pdf):
        before = dict(item)
        after, stats = run(item)
        assert dict(after) == before
        assert not any(key.startswith("citycrawl/findings/") for key in stats)

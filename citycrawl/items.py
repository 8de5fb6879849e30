"""What the spider hands to the item pipelines: one PageItem per page fetched or failed."""
import scrapy


class PageItem(scrapy.Item):
    city = scrapy.Field()  # insee_code of the city whose crawl reached the page
    url = scrapy.Field()  # final URL, after redirects
    requested_url = scrapy.Field()
    status = scrapy.Field()  # HTTP status, None when no response came
    error = scrapy.Field()  # "ExceptionClass: message" when the request failed
    is_start = scrapy.Field()  # one of the city's start requests
    external = scrapy.Field()  # outside the city's registrable domains
    depth = scrapy.Field()
    warc_file = scrapy.Field()  # the page's WARC response record (citycrawl/warc.py), or None
    warc_offset = scrapy.Field()
    warc_length = scrapy.Field()
    memento_at = scrapy.Field()  # crawl of the past: the snapshot's datetime (UTC), else None
    # Transient, never stored: the response and its parsed page, shared by every detector.
    response = scrapy.Field()
    page = scrapy.Field()
    findings = scrapy.Field()  # list of Finding, filled by the detection pipelines


class CityEventItem(scrapy.Item):
    """Something that happened to a city's crawl as a whole, e.g. event="budget_exhausted"."""

    city = scrapy.Field()
    event = scrapy.Field()


class SpaceLinkItem(scrapy.Item):
    """A city's page links to a participation space outside every city's domains. The space is
    fetched once per run whichever city reaches it first; this record credits it to every city."""

    city = scrapy.Field()
    url = scrapy.Field()  # the space's page linked to
    page_url = scrapy.Field()  # the city's page that links to it

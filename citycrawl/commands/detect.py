"""`scrapy detect PATH_OR_URL ... [--url ORIGINAL_URL ...]`: the crawl's detection on given pages.

Prints one JSON object per page, in the order of the arguments: `{"url": ..., "findings": [...]}`
or `{"url": ..., "error": "..."}`. Saved files are read from disk; URLs are fetched with Scrapy
itself (proxy settings honoured, robots.txt not consulted for single pages), and a fetched page that
is an application shell is rendered in Chromium as the crawl renders it (CITYCRAWL_RENDER).
"""
import json
import re
import sys
from pathlib import Path

import scrapy
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.http import HtmlResponse

from citycrawl.detect import Page, detect_page
from citycrawl.detect.page import MAX_PARSE_BYTES
from citycrawl.render import read_as_fetched

_URL = re.compile(r"^https?://", re.I)


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "PATH_OR_URL [PATH_OR_URL ...] [--url ORIGINAL_URL ...]"

    def short_desc(self) -> str:
        return "Run the detectors on saved pages or URLs and print one JSON line per page"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("--url", dest="urls", action="append", default=[], metavar="ORIGINAL_URL",
                            help="original address of a saved page (one per path, in the same order)")

    def run(self, args: list[str], opts) -> None:
        if not args:
            raise UsageError("give at least one saved page or URL")
        if opts.urls and len(opts.urls) != len(args):
            raise UsageError("give one --url per page, in the same order")
        results: list[dict | None] = [None] * len(args)
        fetches = []
        for i, arg in enumerate(args):
            if _URL.match(arg):
                fetches.append((i, arg))
            else:
                results[i] = detect_file(arg, opts.urls[i] if opts.urls else None)
        if fetches:
            self.fetch(fetches, results)
        for result in results:
            print(json.dumps(result, ensure_ascii=False))
        sys.stdout.flush()

    def fetch(self, fetches, results) -> None:
        assert self.crawler_process
        self.crawler_process.crawl(FetchSpider, fetches=fetches, results=results)
        self.crawler_process.start()
        for i, url in fetches:
            if results[i] is None:
                results[i] = {"url": url, "error": "no response"}
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1


def detect_file(path: str, url: str | None) -> dict:
    file = Path(path)
    address = url or (file.resolve().as_uri() if file.name else path)
    try:
        with file.open("rb") as handle:
            body = handle.read(MAX_PARSE_BYTES)
    except OSError as exc:
        return {"url": address, "error": f"{type(exc).__name__}: {exc.strerror or exc}"}
    return result_of(Page.from_html(body, address))


def result_of(page: Page) -> dict:
    return {"url": page.url, "findings": [f.as_dict() for f in detect_page(page)]}


class FetchSpider(scrapy.Spider):
    """Fetches the command's URLs; runs none of the project's pipelines or middlewares but the render,
    so that a page drawn by scripts is read as the crawl reads it."""

    name = "citycrawl-detect"
    custom_settings = {
        "ROBOTSTXT_OBEY": False,
        "ITEM_PIPELINES": {},
        "SPIDER_MIDDLEWARES": {},
        "DOWNLOADER_MIDDLEWARES": {"citycrawl.render.RenderMiddleware": 950},
        "EXTENSIONS": {},
        "HTTPERROR_ALLOW_ALL": False,
    }

    def __init__(self, fetches, results, **kwargs):
        super().__init__(**kwargs)
        self.fetches, self.results = fetches, results

    async def start(self):
        for i, url in self.fetches:
            # "city": the render cap (CITYCRAWL_MAX_RENDERS) counts per page asked for here
            yield scrapy.Request(url, callback=self.detect, errback=self.failed, dont_filter=True,
                                 cb_kwargs={"index": i}, meta={"index": i, "city": url})

    def detect(self, response, index):
        if isinstance(response, HtmlResponse):
            self.results[index] = result_of(Page.from_response(response))
        else:
            self.results[index] = {"url": response.url, "error": "not an HTML page"}

    def failed(self, failure):
        unrendered = read_as_fetched(failure)
        if unrendered is not None:
            return unrendered
        request = failure.request
        exc = failure.value
        response = getattr(exc, "response", None)  # HttpError: say which status
        message = f"HTTP {response.status}" if response is not None else (str(exc) or type(exc).__name__)
        self.results[request.meta["index"]] = {"url": request.url, "error": f"{type(exc).__name__}: {message}"}

"""scrapy-playwright's download handler with a deadline on each render.

Playwright gives some of the calls a render makes no timeout of their own (closing a page after a failed load,
reading its content): a browser that stops answering would hold the render, and with it the crawl, forever.
Past its deadline a render fails, its browser context is closed (which frees the pages it held), and the
spider reads the page as fetched (citycrawl/spiders/cities.py).
"""
import asyncio
import logging
from contextlib import suppress

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

log = logging.getLogger(__name__)

# A render may take CITYCRAWL_RENDER_TIMEOUT to load, as long again for its requests to settle, and as long
# again to hand its content over and close.
DEADLINE_TIMEOUTS = 3
CLOSE_SECONDS = 5.0  # for a stalled render's context to close: past it, the context is left as it is


class RenderStalled(TimeoutError):
    """A render gave no answer before its deadline."""


class RenderHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.deadline = crawler.settings.getfloat("CITYCRAWL_RENDER_TIMEOUT") * DEADLINE_TIMEOUTS

    async def download_request(self, request, *args, **kwargs):
        if not request.meta.get("playwright"):
            return await super().download_request(request, *args, **kwargs)
        try:
            return await asyncio.wait_for(super().download_request(request, *args, **kwargs), self.deadline)
        except asyncio.TimeoutError:
            self.stats.inc_value("citycrawl/renders_stalled")
            log.warning("render of %s gave no answer in %.0f s: its browser context is closed", request.url,
                        self.deadline)
            wrapper = self.context_wrappers.get(request.meta.get("playwright_context", "default"))
            if wrapper is not None:
                with suppress(Exception):
                    await asyncio.wait_for(wrapper.context.close(), CLOSE_SECONDS)
            raise RenderStalled(f"no answer in {self.deadline:.0f} s") from None

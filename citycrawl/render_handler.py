"""The download handler of renders: scrapy-playwright's, with a deadline on each render.

Playwright bounds a page's load and the waits it is asked for, not the reading of the rendered DOM
(``page.content()``): that runs in the page, and a page whose script never yields (an endless loop
started after its load) never answers. Its request would then never end, the crawl with it, and the
page would keep its slot in the browser context (scrapy-playwright gives a slot back when the page
closes): a few such pages of one site stall every later render. Past the deadline the render is given
up, its page closed (which gives the slot back) and the shell read as fetched, as for any failed render.
"""
import asyncio
import logging
from contextlib import suppress

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

log = logging.getLogger(__name__)

# The render's own bounds (CITYCRAWL_RENDER_TIMEOUT each) are its load and its requests settling; the third
# covers reading the DOM and closing the page, which take well under a second on a page that yields.
DEADLINE_TIMEOUTS = 3
# A render waits for a free page of the browser first: behind as many other renders as there are
# pages, each bounded by its deadline. Past this wait the slots are held by pages that never closed.
SLOT_WAIT_DEADLINES = 4
CLOSE_WAIT = 10.0  # seconds for a page given up to close


class RenderStalled(Exception):
    """A render that did not end within its deadline."""


class BoundedRenderHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.deadline = DEADLINE_TIMEOUTS * crawler.settings.getfloat("CITYCRAWL_RENDER_TIMEOUT")
        self.stats = crawler.stats

    async def _download_request(self, request, spider=None):
        pages, opened = [], asyncio.Event()

        async def page_opened(page, _request):  # scrapy-playwright's page init callback (again on a retry)
            pages.append(page)
            opened.set()

        # (set here, after the scheduler: a request's meta may be stored in a queue, a function may not)
        request.meta["playwright_page_init_callback"] = page_opened
        render = asyncio.ensure_future(super()._download_request(request, spider))
        waiting = asyncio.ensure_future(opened.wait())
        await asyncio.wait({render, waiting}, timeout=SLOT_WAIT_DEADLINES * self.deadline,
                           return_when=asyncio.FIRST_COMPLETED)
        waiting.cancel()
        if opened.is_set() and not render.done():
            await asyncio.wait({render}, timeout=self.deadline)
        if render.done():
            return render.result()
        render.cancel()
        for page in pages:
            with suppress(Exception):
                await asyncio.wait_for(page.close(), CLOSE_WAIT)
        self.stats.inc_value("citycrawl/renders_stalled")
        if opened.is_set():
            raise RenderStalled(f"the page did not answer within {self.deadline:.0f} s")
        raise RenderStalled(f"no page of the browser came free within {SLOT_WAIT_DEADLINES * self.deadline:.0f} s")

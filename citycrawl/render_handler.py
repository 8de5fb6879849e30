"""The download handler of renders: scrapy-playwright's, with a deadline on each render.

Playwright bounds a page's load and the waits it is asked for, not the reading of the rendered DOM
(``page.content()``): that runs in the page, and a page whose script never yields (an endless loop
started after its load) never answers. Its request would then never end, the crawl with it, and the
page would keep its slot in the browser context (scrapy-playwright gives a slot back when the page
closes): a few such pages of one site stall every later render. Past the deadline the render is given
up, its pages closed (which gives the slot back) and the shell read as fetched, as for any failed render.

A browser that no longer answers at all (a page that never closes keeps its slot for good) stops every
render: a render still waiting for a page of the browser when no render has made progress for a few
deadlines is given up too, and closing the browser at the end of the crawl is bounded, so the crawl ends.
(The page is learned from the plugin's ``_create_page``, not from the request's meta, which a queue may
store and which must keep no function.)
"""
import asyncio
import contextvars
import logging
import time
from contextlib import suppress

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

log = logging.getLogger(__name__)

# The render's own bounds (CITYCRAWL_RENDER_TIMEOUT each) are its load and its requests settling; the third
# covers reading the DOM and closing the page, which take well under a second on a page that yields.
DEADLINE_TIMEOUTS = 3
# A render waiting for a page of the browser gives up when no render has opened a page or ended for this many
# deadlines: the renders ahead of it each end within a deadline, unless the browser no longer answers.
IDLE_DEADLINES = 4
CLOSE_WAIT = 10.0  # seconds for a page given up, or for the browser at the end of the crawl, to close

# The render in progress in this task: the pages it opened (its own, and any its script opened), and whether
# its own page is open yet.
_RENDER = contextvars.ContextVar("citycrawl_render", default=None)


class _Render:
    def __init__(self):
        self.pages = []
        self.opened = asyncio.Event()


class RenderStalled(Exception):
    """A render that did not end within its deadline."""


class BoundedRenderHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.deadline = DEADLINE_TIMEOUTS * crawler.settings.getfloat("CITYCRAWL_RENDER_TIMEOUT")
        self.stats = crawler.stats
        self.progress = time.monotonic()  # the last time a render opened its page or ended with one

    async def _create_page(self, request, spider):
        page = await super()._create_page(request=request, spider=spider)
        render = _RENDER.get()
        if render is not None:
            render.pages.append(page)
            page.on("popup", lambda popup: render.pages.append(popup))  # closed with the render's own page
            render.opened.set()
        self.progress = time.monotonic()
        return page

    async def _download_request(self, request, spider=None):
        render = _Render()
        token = _RENDER.set(render)
        try:  # the task copies this context: its _create_page sees `render`
            task = asyncio.ensure_future(super()._download_request(request, spider))
        finally:
            _RENDER.reset(token)
        try:
            return await self._bounded(task, render)
        finally:
            if render.opened.is_set():
                self.progress = time.monotonic()
            for page in render.pages:  # what the plugin left open: a page given up, the pages a script opened
                if not page.is_closed():
                    with suppress(Exception):
                        await asyncio.wait_for(page.close(), CLOSE_WAIT)

    async def _bounded(self, task, render):
        opened = asyncio.ensure_future(render.opened.wait())
        try:
            while not (task.done() or render.opened.is_set()):
                await asyncio.wait({task, opened}, timeout=self.deadline, return_when=asyncio.FIRST_COMPLETED)
                if not (task.done() or render.opened.is_set()) \
                        and time.monotonic() - self.progress > IDLE_DEADLINES * self.deadline:
                    break
        finally:
            opened.cancel()
        if render.opened.is_set() and not task.done():
            await asyncio.wait({task}, timeout=self.deadline)
        if task.done():
            return task.result()
        task.cancel()
        self.stats.inc_value("citycrawl/renders_stalled")
        if render.opened.is_set():
            raise RenderStalled(f"the page did not answer within {self.deadline:.0f} s")
        log.warning("no render has made progress for %.0f s: the browser no longer answers",
                    IDLE_DEADLINES * self.deadline)
        raise RenderStalled("no page of the browser came free")

    async def _close(self):
        try:
            await asyncio.wait_for(super()._close(), CLOSE_WAIT)
        except asyncio.TimeoutError:
            log.warning("the browser did not close within %.0f s: it ends with the crawl's process", CLOSE_WAIT)

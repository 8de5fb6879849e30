"""What rendering costs: application shells of the sample web's scripted corner rendered in the
system's headless Chromium, with the crawl's launch options and load waits, one page at a time
and several at once (the crawl's PLAYWRIGHT_MAX_PAGES_PER_CONTEXT).

    .venv/bin/python benchmarks/render.py [renders]
"""
import asyncio
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.async_api import async_playwright  # noqa: E402

from citycrawl import render, settings  # noqa: E402
from citycrawl.sampleweb import scripted, serve  # noqa: E402

TIMEOUT_MS = int(settings.CITYCRAWL_RENDER_TIMEOUT * 1000)


async def _render(context, url):
    page = await context.new_page()
    await page.route("**/*", lambda route: route.abort() if render.should_abort(route.request) else route.continue_())
    await page.goto(url, timeout=TIMEOUT_MS, wait_until="load")
    await page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)
    html = await page.content()
    await page.close()
    assert "bloc-participation" in html, url  # the script did draw the page


async def _rate(context, renders, parallel):
    urls = [scripted.SHELL_URLS[i % len(scripted.SHELL_URLS)] for i in range(renders)]
    start = time.perf_counter()
    for i in range(0, renders, parallel):
        await asyncio.gather(*(_render(context, url) for url in urls[i:i + parallel]))
    return renders / (time.perf_counter() - start)


async def main(renders):
    async with async_playwright() as pw:
        start = time.perf_counter()
        browser = await pw.chromium.launch(**render.launch_options())
        print(f"browser launch: {time.perf_counter() - start:.2f} s")
        context = await browser.new_context()
        await _render(context, scripted.SHELL_URLS[0])  # warm-up
        for parallel in (1, settings.PLAYWRIGHT_MAX_PAGES_PER_CONTEXT):
            print(f"{renders} renders, {parallel} at a time: {await _rate(context, renders, parallel):.1f} renders/s")
        await browser.close()


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    with serve(scripted=True) as web:
        os.environ["http_proxy"] = web.proxy_url
        asyncio.run(main(count))

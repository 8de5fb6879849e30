"""Screenshots of a report's maps, taken in the system's Chromium (as the report tests read it).

    .venv/bin/python scripts/screenshot_maps.py exports/latest/report.html docs/images/demo-map

writes PREFIX-departements.png (shares by département) and PREFIX-cities.png (cities by ladder level).
"""
import asyncio
import sys
from pathlib import Path

from playwright.async_api import async_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from citycrawl import render  # noqa: E402


async def main(report: Path, prefix: str) -> None:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=render.chromium_path(), args=["--no-sandbox"])
        page = await browser.new_page(viewport={"width": 1280, "height": 900})
        await page.goto(report.resolve().as_uri())
        maps = await page.query_selector_all("figure.map")
        for figure, name in zip(maps, ("departements", "cities")):
            await figure.screenshot(path=f"{prefix}-{name}.png")
            print(f"{prefix}-{name}.png")
        await browser.close()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2]))

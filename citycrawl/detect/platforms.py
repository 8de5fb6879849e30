"""Platforms family: dedicated participation platforms and territorial social networks.

A page counts when it is ON the platform: served from the platform's hosts or carrying its own
markup (asset paths, configuration scripts, generator, "powered by" footer), per
`rules/platforms.yaml`. An article that names a platform, or a link to one, does not count: the
crawl follows links out to participation spaces and detects the platform on its own pages.
"""
from functools import cache

from citycrawl.detect import markers, rules
from citycrawl.detect.findings import Finding
from citycrawl.detect.page import Page

FAMILY = "platforms"


def on_platforms(page: Page) -> list[tuple[dict, str]]:
    """(entry, evidence) of the platforms the page is on, found once per page: the components
    family reads them too."""
    if "platforms" not in page.memo:
        # a vendor's own site (its presentation, blog or help) speaks of its platform and is none
        on_vendor_site = page.host in _vendor_sites()
        found = [] if on_vendor_site else markers.find(page, FAMILY, "platforms")
        # a forum engine's own page on a site named for participation ("parlons.ville.fr" running Discourse) is the
        # board's: the engine that generated or routed the whole page outweighs the site's name (entry `custom`)
        if any(entry["id"] == "custom" for entry, _ in found):
            from citycrawl.detect import forums  # (forums reads this module: imported on use)
            if forums.served_by_engine(page, forums.WHOLE_PAGE):
                found = [(entry, evidence) for entry, evidence in found if entry["id"] != "custom"]
        page.memo["platforms"] = found
    return page.memo["platforms"]


@cache
def _vendor_sites() -> frozenset[str]:
    return frozenset(host for entry in rules.load(FAMILY)["platforms"] for host in entry.get("vendor_sites", ()))


def served_from_platform(page: Page) -> bool:
    """The page is a participation platform's or a neighbours' network's own, known by its host, address or
    markup, not by what it loads alone (a city page embedding a platform's frame is the city's), nor by its wording
    alone (a sentence of the platform's interface tells the platform, and no more of the page)."""
    return _served_by(page, ("participatory_platform", "territorial_social_network"),
                      lambda evidence: not evidence.startswith(("assets", "wording")))


def platform_own_page(page: Page) -> bool:
    """The page is a participation platform's own, known by its host, address, generator, scripts or markup; not by
    a footer naming a platform or a neighbours' network, or by a frame it loads (a city site promoting one), nor by
    its wording alone."""
    return _served_by(page, ("participatory_platform",),
                      lambda evidence: not evidence.startswith(("assets", "footer", "title", "wording")))


def on_network(page: Page) -> bool:
    """The page is a neighbours' network's own, known by its host or address (a city footer promoting a network
    names it on every city page)."""
    return _served_by(page, ("territorial_social_network",),
                      lambda evidence: evidence.startswith(("served from", "page_url")))


def _served_by(page: Page, features: tuple[str, ...], telling) -> bool:
    """One of the features is found on the page by evidence that `telling` accepts, or the page is on one of
    its hosts (whatever was seen first: a platform's page on its own host loads its own assets too)."""
    return any(entry["feature"] in features
               and (telling(evidence) or rules.host_matches(page.host, entry.get("hosts") or ()))
               for entry, evidence in on_platforms(page))


def on_index_page(page: Page) -> bool:
    """The page is one of its platform's index or help pages (`index_pages`): like a site's home page, it
    lists or explains what the platform's other pages hold."""
    return any(entry.get("index_pages") is not None and entry["index_pages"].search(page.url_lower)
               for entry, _ in on_platforms(page))


def detect(page: Page) -> list[Finding]:
    findings, features = [], set()
    for entry, evidence in on_platforms(page):
        if entry["feature"] not in features:
            features.add(entry["feature"])
            findings.append(Finding(entry["feature"], platform=entry["platform"], url=page.url,
                                    page_url=page.url, rule=f"{FAMILY}:{entry['id']}", detail=evidence))
    return findings

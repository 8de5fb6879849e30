"""Ground truth derived from the page declarations, with the codebook's city-level definitions."""
from dataclasses import dataclass, field
from typing import Optional

from .site import EXPRESSION, MODERN_DIALOGUE, PAGE_FEATURES, SOCIAL, City

UNKNOWN_STATUSES = ("unreachable", "blocked", "error")  # flags are unknown for these cities
FLAGS = PAGE_FEATURES + ("expression_space", "modern_dialogue", "social_media", "participatory")


@dataclass(frozen=True)
class PageTruth:
    url: str
    city: str  # insee_code
    features: frozenset  # codebook codes present on the page
    decoys: frozenset  # codes the page must NOT trigger


@dataclass
class CityTruth:
    insee_code: str
    name: str
    website: str
    crawl_status: str
    level: Optional[int]  # None when the status makes the flags unknown
    flags: dict  # code -> 0/1 (None when unknown)
    platforms: set
    social_accounts: set  # canonical URLs
    decoy_accounts: set = field(default_factory=set)  # URLs that must not be recorded as the city's accounts
    never_request: set = field(default_factory=set)  # URLs a polite crawler must never request


@dataclass
class Truth:
    cities: list  # CityTruth in seed order
    pages: dict  # url -> PageTruth

    def city(self, insee_code: str) -> CityTruth:
        return next(c for c in self.cities if c.insee_code == insee_code)


def level_of(features) -> int:
    """The highest rung of the participation ladder reached."""
    if features & MODERN_DIALOGUE:
        return 4
    if features & EXPRESSION:
        return 3
    if "participation_displayed" in features:
        return 2
    return 1 if "contact_form" in features else 0


def city_flags(features) -> dict:
    level = level_of(features)
    flags = {code: int(code in features) for code in PAGE_FEATURES}
    flags["expression_space"] = int(bool(features & EXPRESSION))
    flags["modern_dialogue"] = int(bool(features & MODERN_DIALOGUE))
    flags["social_media"] = int(SOCIAL in features)
    flags["participatory"] = int(level >= 1)
    return flags


def city_truth(city: City, pages: dict, keep_page=lambda site, page, features: True) -> CityTruth:
    """Truth for one city; adds the city's pages to ``pages`` (those ``keep_page`` accepts)."""
    features, platforms = set(), set()
    known = city.crawl_status not in UNKNOWN_STATUSES
    for site in city.sites:
        platforms |= site.platforms
        for page in site.pages:
            found = site.page_features(page)
            features |= found
            platforms |= page.platforms
            if known and keep_page(site, page, found):
                url = site.url(page.path)
                pages[url] = PageTruth(url, city.insee_code, found, page.decoys - found)
    return CityTruth(
        city.insee_code, city.name, city.website, city.crawl_status,
        level_of(features) if known else None,
        city_flags(features) if known else dict.fromkeys(FLAGS),
        platforms if known else set(),
        {a.canonical for a in city.accounts()} if known else set(),
        set(city.decoy_accounts), set(city.never_request))

"""The building blocks of a sample city: pages (with their ground truth), sites (hosts) and cities."""
from dataclasses import dataclass, field

# The page-level codebook features, in codebook order.
PAGE_FEATURES = ("contact_form", "participation_displayed", "forum", "comments", "poll", "petition",
                 "suggestion_call", "participatory_budget", "participatory_platform",
                 "territorial_social_network")
SOCIAL = "social_account"
EXPRESSION = frozenset({"forum", "comments", "poll"})
MODERN_DIALOGUE = frozenset({"suggestion_call", "participatory_budget", "participatory_platform",
                             "territorial_social_network", "petition"})


@dataclass(frozen=True)
class Page:
    """One page and its truth: the features it holds and the features it must NOT trigger (decoys)."""
    path: str  # path and query, as linked
    title: str
    body: str  # main content (HTML), wrapped by the site's theme
    features: frozenset = frozenset()
    decoys: frozenset = frozenset()
    platforms: frozenset = frozenset()  # participation platforms this page is part of
    parent: tuple = ()  # (label, path) of the breadcrumb parent

    def __post_init__(self):
        unknown = (self.features | self.decoys) - set(PAGE_FEATURES) - {SOCIAL}
        if unknown:
            raise ValueError(f"{self.path}: unknown feature codes {sorted(unknown)}")


def page(path, title, body, features=(), decoys=(), platforms=(), parent=()):
    return Page(path, title, body, frozenset(features), frozenset(decoys), frozenset(platforms), tuple(parent))


@dataclass(frozen=True)
class Account:
    """A social account as a page links to it, and its canonical URL (what the survey must record)."""
    platform: str
    href: str
    canonical: str


@dataclass
class Site:
    """One host: its theme (the CMS or platform that renders it), menu, footer accounts and pages."""
    host: str
    theme: str
    title: str
    pages: list
    menu: list = field(default_factory=list)  # (label, path or absolute URL)
    accounts: list = field(default_factory=list)  # Account, shown in the footer of every page
    robots: str = "User-agent: *\nDisallow:\n"
    redirects: dict = field(default_factory=dict)  # path -> location
    address: str = ""
    features: frozenset = frozenset()  # features of the software itself, on every page (a Decidim layout)
    platforms: frozenset = frozenset()

    def __post_init__(self):
        from .themes import CHROME  # the pages the theme's header and footer link to
        defined = {p.path for p in self.pages}
        self.pages = list(self.pages) + [page(path, title, body, decoys=decoys)
                                         for path, title, body, decoys in CHROME[self.theme] if path not in defined]
        self.by_path = {p.path: p for p in self.pages}
        if len(self.by_path) != len(self.pages):
            raise ValueError(f"{self.host}: two pages share a path")

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def page_features(self, page: Page) -> frozenset:
        """Features of the rendered page: its own, the site's but those the page is a decoy of (a forum's
        rules page carries the board's markup, nobody posts there), plus social accounts from the footer."""
        return page.features | (self.features - page.decoys) | ({SOCIAL} if self.accounts else frozenset())


@dataclass
class City:
    insee_code: str
    name: str
    population: int
    departement: str
    region: str
    region_name: str
    website: str  # the seed URL
    sites: list = field(default_factory=list)
    population_year: int = 2023
    crawl_status: str = "ok"
    decoy_accounts: tuple = ()  # canonical URLs of third-party accounts that must not be recorded
    never_request: tuple = ()  # URLs a polite crawler must never request

    def accounts(self) -> list:
        seen = {}
        for site in self.sites:
            for account in site.accounts:
                seen.setdefault(account.canonical, account)
        return list(seen.values())


_CANONICAL = {
    "facebook": "https://www.facebook.com/{}",
    "x": "https://x.com/{}",
    "instagram": "https://www.instagram.com/{}",
    "youtube": "https://www.youtube.com/@{}",
    "linkedin": "https://www.linkedin.com/company/{}",
    "tiktok": "https://www.tiktok.com/@{}",
    "bluesky": "https://bsky.app/profile/{}",
}


def social(platform: str, handle: str, href: str = None) -> Account:
    """An account of the city; ``href`` is how the page writes the link (default: the canonical URL).

    Mastodon handles are written ``user@instance``. Handles on these platforms ignore letter case,
    so the canonical URL is in lower case whatever case the page writes.
    """
    handle = handle.lower()
    if platform == "mastodon":
        user, instance = handle.split("@")
        canonical = f"https://{instance}/@{user}"
    else:
        canonical = _CANONICAL[platform].format(handle)
    return Account(platform, href or canonical, canonical)

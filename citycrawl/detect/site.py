"""What a site says once and its other pages take for granted.

A participatory budget is often presented once ("« Les Projets d'ici », le budget participatif de la
Ville") and its other pages (the vote, a project, the winners) speak only of the brand, or stand inside
the platform space that holds the budget. Read alone, such a page says nothing of a budget; read with
its site, it is one of the budget's pages. `SiteMemory` learns, from the pages where the budget is found
on their own evidence, the names the site gives it (`named` in vocabulary.yaml) and the platform spaces
holding it (`space`), and finds the budget on the site's other pages that carry that name in their title,
h1 or address, or stand in that space.

The crawl learns as pages arrive (a page read before the budget's presentation keeps what it had);
`scrapy detect` given several pages of one site learns from all of them first.
"""
import re

from citycrawl.detect import rules
from citycrawl.detect.findings import Finding
from citycrawl.detect.page import Page
from citycrawl.detect.text import fold

FAMILY = "site"
FEATURE = "participatory_budget"
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
NAMES_PER_SITE = 20  # a site names its budget a few times; a page listing many quoted names is no presentation
SHORTEST_NAME = 5  # characters: shorter, a "name" is a common word


def _entry() -> dict:
    return next(e for e in rules.load("vocabulary")["features"] if e["feature"] == FEATURE)


def names_given(page: Page) -> set[str]:
    """The names the page gives its budget, folded ("les projets d'ici")."""
    named = _entry().get("named")
    if named is None:
        return set()
    text = fold(" | ".join([page.title, *page.texts_of("h1", "h2", limit=10), page.main_text]).translate(_QUOTES))
    found = set()
    for match in named.finditer(text):
        name = " ".join(next(group for group in match.groups() if group).strip(" -:,'").split())
        if len(name) >= SHORTEST_NAME and not _entry()["terms"].search(name):
            found.add(name)
    return found


def space_of(url: str) -> str | None:
    """The platform space (a process, a project, a consultation) the address stands in, or None."""
    space = _entry().get("space")
    match = space.search(url) if space is not None else None
    return match.group(1) + "/" if match else None


class SiteMemory:
    """Per site (a city in the crawl, a host for `scrapy detect`): the budget's names and spaces learned."""

    def __init__(self):
        self.names: dict[str, dict[str, str]] = {}  # site -> {name: page that gives it}
        self.spaces: dict[str, dict[str, str]] = {}  # site -> {space prefix: page found there}

    def learn(self, site: str, page: Page, findings) -> None:
        """Remember what a page where the budget is found on its own evidence says of it."""
        if not any(f.feature == FEATURE and not f.rule.startswith(FAMILY + ":") for f in findings):
            return
        names = self.names.setdefault(site, {})
        for name in names_given(page):
            if len(names) < NAMES_PER_SITE:
                names.setdefault(name, page.url)
        space = space_of(page.url)
        if space:
            self.spaces.setdefault(site, {}).setdefault(space, page.url)

    def extend(self, site: str, url: str, headline: str, findings) -> list[Finding]:
        """The budget on a page of the site (its address, its title and h1 without the site's name:
        `Page.own_heading_text`) that does not show it alone, when the site's knowledge says it."""
        if any(f.feature == FEATURE for f in findings):
            return []
        for space, source in self.spaces.get(site, {}).items():
            if (url + "/").startswith(space):
                return [Finding(FEATURE, url=url, page_url=url, rule=f"{FAMILY}:budget-space",
                                detail=f"in the budget's space {space} (found at {source})")]
        path = url.split("://", 1)[-1].partition("/")[2]
        headline, address = _words(headline), _words(path)
        for name, source in self.names.get(site, {}).items():
            if _holds(headline, _words(name)) or _holds(address, _words(name)):
                return [Finding(FEATURE, url=url, page_url=url, rule=f"{FAMILY}:budget-name",
                                detail=f"« {name} », the budget's name at {source}")]
        return []


def _words(text: str) -> str:
    """Folded words alone, so that a title and an address compare ("Les Projets d'ici", les-projets-d-ici)."""
    return " ".join(_WORD.findall(fold(text)))


def _holds(text: str, name: str) -> bool:
    return bool(name) and f" {name} " in f" {text} "


_WORD = re.compile(r"[a-z0-9]+")

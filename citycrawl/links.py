"""Which links of a page the crawl follows, and in which order (rules in data/crawl_links.yaml)."""
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from citycrawl.detect.text import fold, slug_words
from citycrawl.urls import host_of, normalize_url, registrable_domain

RULES_FILE = Path(__file__).parent / "data" / "crawl_links.yaml"
PRIORITY_BOOST = 100
CONTEXT_CHARS = 300  # the longest text around a link that is read to judge where it leads


def _words(patterns) -> re.Pattern:
    """Alternatives matched as whole words of folded text."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![a-z0-9])")


@lru_cache(maxsize=1)
def load_rules(path=RULES_FILE) -> dict:
    rules = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    space = rules["participation_space"]
    return {
        "priority": tuple(fold(w) for w in rules["priority"]),
        "participation_words": _words(space["words"]),
        "participation_decoys": _words(space["decoys"]),
        "skip_extensions": frozenset("." + e.lower() for e in rules["skip_extensions"]),
        "never_fetch": frozenset(d.lower() for d in rules["never_fetch"]),
        "vendor_hosts": frozenset(h.lower() for h in rules["vendor_hosts"]),
    }


class LinkPolicy:
    def __init__(self, rules: dict | None = None):
        self.rules = rules or load_rules()

    def _matches(self, words, url: str, text: str) -> bool:
        haystack = fold(f"{url} {text}")
        return any(w in haystack for w in words)

    def _participation_space(self, element, url: str, text: str) -> bool:
        """A link out of the city's domains leads to a participation space when its own text or
        address says so, or when the sentence around it does (participation spaces often carry a
        brand name: "Débattez et proposez sur <a>Décidons Haute-Sorgue</a>"); a decoy phrase in
        either ("forum des associations", "idées de sorties", "démarches en ligne") cancels it."""
        words, decoys = self.rules["participation_words"], self.rules["participation_decoys"]
        own = f"{slug_words(url.split('://', 1)[-1])} | {fold(text)}"
        if decoys.search(own):
            return False
        if words.search(own):
            return True
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return False
        context = parent.text_content()
        # Only a sentence or a list item speaks of its link; a whole menu or page says too much.
        if len(context) > CONTEXT_CHARS:
            return False
        context = fold(context)
        return bool(words.search(context)) and not decoys.search(context)

    def choose(self, page, domains, from_external: bool):
        """Yield (url, text, priority, external) for the links worth fetching from `page`."""
        page_host = host_of(page.url)
        for element, url, text in page.anchors:
            url = normalize_url(url)
            last = urlsplit(url).path.rsplit("/", 1)[-1].lower()
            if "." in last and "." + last.rsplit(".", 1)[-1] in self.rules["skip_extensions"]:
                continue
            host = host_of(url)
            domain = registrable_domain(host)
            if domain in self.rules["never_fetch"] or host in self.rules["vendor_hosts"]:
                continue
            if domain in domains:
                external = False
            elif from_external:
                # On a participation space, explore that space only.
                if host != page_host:
                    continue
                external = True
            elif self._participation_space(element, url, text):
                external = True
            else:
                continue
            priority = PRIORITY_BOOST if self._matches(self.rules["priority"], url, text) else 0
            yield url, text, priority, external

"""Vocabulary family: participation shown in words (displayed approach, polls, petitions, calls for
ideas, participatory budgets), scored by where the words sit on the page.

A feature counts when one of its terms (`rules/vocabulary.yaml`) is in the page's title, h1 or URL
path; or in a heading and once more in the main text; or in a form's own words; or once in the main
text of a page whose title, h1 or URL names the subject (a section word: "Participer"); or when the
main text is about it, whatever its heading says ("Vie citoyenne", "Ma ville"): its terms stand in a
good share of the main text's sentences, or in the lead of a short text (`_about`). One sentence in a
long news item is a passing mention, not the page's subject. Menus, header and
footer are left out of the main text, so a "Budget participatif" link on every page does not make
every page positive: the feature is on the page it leads to. Polls and petitions also need a way
to act: a form, or answer/sign words or survey addresses.
"""
import bisect
import math
import re
from collections import Counter
from functools import cache
from urllib.parse import urlsplit

from citycrawl.detect import rules
from citycrawl.detect.cached import cached_property
from citycrawl.detect.findings import Finding
from citycrawl.detect.forms import classify_forms
from citycrawl.detect.literals import LiteralSet, required_literals
from citycrawl.detect.page import Page
from citycrawl.detect.text import fold, slug_words, squash

FAMILY = "vocabulary"
_SENTENCE_END = re.compile(r"[.!?;:](?:\s+|$)")
_NOT_ACTION_FORMS = {"search", "login", "newsletter", "payment", "registration"}


def detect(page: Page) -> list[Finding]:
    zones = _Zones(page)
    findings = []
    for entry in rules.load(FAMILY)["features"]:
        found = _score(entry, zones, page)
        if found:
            findings.append(Finding(entry["feature"], url=page.url, page_url=page.url,
                                    rule=f"{FAMILY}:{entry['id']}-{found[0]}", detail=found[1]))
    return findings


def _score(entry: dict, zones: "_Zones", page: Page):
    """(zone, snippet) of the strongest evidence for the entry, or None."""
    terms, decoys = entry["terms"], entry.get("decoys")
    if entry.get("not_hosts") and rules.host_matches(page.host, entry["not_hosts"]):
        return None
    headline = zones.headline
    if decoys is not None and decoys.search(headline) and not terms.search(headline):
        return None
    evidence = _where(entry, zones) or _in_section(entry, zones) or _about(entry, zones) or _invited(entry, zones)
    if evidence is None:
        return None
    if entry.get("needs") == "affordance" and not _actionable(entry, zones):
        return None
    if entry.get("not_with") is not None and entry["not_with"].search(zones.title + " | " + zones.main):
        return None  # the words belong to something else (the gendarmerie's "participation citoyenne")
    return evidence


def _where(entry: dict, zones: "_Zones"):
    # Most pages hold none of the words a term needs in their title, URL or headings: the words are
    # looked for in each zone's texts together before a search of each text.
    terms = entry["terms"]
    for zone, text in (("title", zones.title), ("url", zones.url)) if zones.may_match(entry, "headline") else ():
        found = terms.search(text)
        if found:
            return zone, f"{zone}: {_around(found)}"
    for heading in zones.headings if zones.may_match(entry, "all_headings") else ():
        found = terms.search(heading)
        if found and zones.literal_count(entry, "main") >= 2 and len(terms.findall(zones.main)) >= 2:
            return "heading", f"heading: {_around(found)}"
    for words in zones.form_words if zones.may_match(entry, "all_form_words") else ():
        found = terms.search(words)
        if found:
            return "form", f"form: {_around(found)}"
    return None


def _in_section(entry: dict, zones: "_Zones"):
    """A page whose title, h1 or URL names the subject ("Participer") and whose main text has a term."""
    section = entry.get("section")
    if section is None or not (section.search(zones.title) or section.search(zones.url)):
        return None
    found = entry["terms"].search(zones.main) if zones.may_match(entry, "main") else None
    return ("section", f"section: {_around(found)}") if found else None


ABOUT_SHARE = 0.25  # share of the prose's sentences holding a term: the text is about the feature
SHORT = 3  # sentences: in prose this short, a term in the lead (the first sentence) is its subject
LONG_PROSE = 30_000  # characters: a page this long shows its subject in its title and headings


def _about(entry: dict, zones: "_Zones"):
    """The page's prose (main text without its links: a teaser or a menu item leads elsewhere) is
    about the feature: its terms in two or more sentences making at least a quarter of it, or, in a
    prose of a few sentences, in its lead. A term in the last sentence of a short news item is a
    passing mention ("ce projet avait été évoqué lors du budget participatif de 2019")."""
    prose, terms = zones.prose, entry["terms"]
    if len(prose) > LONG_PROSE:
        return None
    # Each match of the terms holds one of their literals: the literals' count bounds the sentences
    # with a match, and most prose holds too few of them to be about the feature (no regex search).
    most = zones.literal_count(entry, "prose")
    if most == 0:
        return None
    count = len(zones.sentence_starts)
    if count > SHORT and (most < 2 or most / count < ABOUT_SHARE):
        return None
    hits = {bisect.bisect_right(zones.sentence_starts, m.start()) - 1 for m in terms.finditer(prose)}
    if not hits:
        return None
    if (len(hits) >= 2 and len(hits) / count >= ABOUT_SHARE) or (count <= SHORT and min(hits) == 0):
        return "about", f"main text: {_around(terms.search(prose))}"
    return None


LEAD = 2  # sentences: where a news item says what it is about


def _invited(entry: dict, zones: "_Zones"):
    """The lead of the prose opens the feature to residents ("une enquête en ligne est ouverte du
    3 juin au 10 juillet"): the page is about it, however long the rest."""
    invitation = entry.get("invitation")
    if invitation is None or not zones.may_match(entry, "prose", "invitation"):
        return None
    starts = zones.sentence_starts
    found = invitation.search(zones.prose, 0, starts[LEAD] if len(starts) > LEAD else len(zones.prose))
    return ("lead", f"main text: {_around(found)}") if found else None


def _actionable(entry: dict, zones: "_Zones") -> bool:
    """Residents can act on the page: a form speaking of the feature, or affordance words/addresses
    (unless decoys such as a closed poll's results say the page only reports)."""
    if any(entry["terms"].search(words) for words in zones.form_words) or zones.choice_forms:
        return True
    affordance, decoys, invitation = entry.get("affordance"), entry.get("decoys"), entry.get("invitation")
    if decoys is not None and decoys.search(zones.title + " " + zones.main):
        return False
    return (affordance is not None and bool(affordance.search(zones.actions))) \
        or (invitation is not None and bool(invitation.search(zones.main)))


def _around(found) -> str:
    text = found.string
    return squash(text[max(0, found.start() - 40): found.end() + 60])


_SEARCHED_IN_ZONES = ("terms", "invitation")  # the patterns whose literals are looked for in the zones


@cache
def _entry_literals() -> dict[tuple[str, str], frozenset[str] | None]:
    """(feature id, key) -> the literals one of which any text the pattern matches holds (None: no
    such literals)."""
    return {(entry["id"], key): frozenset(required_literals(entry[key]) or ()) or None
            for entry in rules.load(FAMILY)["features"] for key in _SEARCHED_IN_ZONES if entry.get(key) is not None}


@cache
def _every_entry_literal() -> LiteralSet:
    return LiteralSet(word for words in _entry_literals().values() for word in words or ())


class _Zones:
    """The page's text by place, folded, each computed when first needed."""

    def __init__(self, page: Page):
        self.page = page
        self._literals = {}  # zone -> occurrences of the terms' literals in its text

    def may_match(self, entry: dict, zone: str, key: str = "terms") -> bool:
        """Whether the zone's text holds one of the literals the entry's pattern needs."""
        words = _entry_literals()[entry["id"], key]
        return words is None or not self._occurrences(zone).keys().isdisjoint(words)

    def literal_count(self, entry: dict, zone: str, key: str = "terms") -> float:
        """How many times the zone's text holds one of the literals the entry's pattern needs (inf
        for a pattern with none)."""
        words = _entry_literals()[entry["id"], key]
        if words is None:
            return math.inf
        return sum(n for word, n in self._occurrences(zone).items() if word in words)

    def _occurrences(self, zone: str) -> Counter:
        """The literals of the patterns of `_SEARCHED_IN_ZONES` in the zone's text (`zone` names an
        attribute), counted; those of all the features are found in one pass over the text."""
        if zone not in self._literals:
            self._literals[zone] = _every_entry_literal().occurrences(getattr(self, zone))
        return self._literals[zone]

    @cached_property
    def title(self) -> str:
        return self.page.heading_text

    @cached_property
    def url(self) -> str:
        try:
            parts = urlsplit(self.page.url)
        except ValueError:
            return ""
        return slug_words(parts.path + " " + parts.query)

    @cached_property
    def headline(self) -> str:
        return self.title + " | " + self.url

    @cached_property
    def headings(self) -> list[str]:
        return [fold(t) for t in self._heading_texts]

    @cached_property
    def _heading_texts(self) -> list[str]:
        return self.page.texts_of("h2", "h3", "h4", "legend", limit=40)

    @cached_property
    def main(self) -> str:
        return fold(self.page.main_text)

    @cached_property
    def prose(self) -> str:
        return fold(self.page.prose)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Offsets in `prose` where its sentences start (a heading with no final stop joins the next)."""
        return [0] + [m.end() for m in _SENTENCE_END.finditer(self.prose)]

    @cached_property
    def all_headings(self) -> str:
        return fold("\n".join(self._heading_texts))  # folding is done character by character

    @cached_property
    def _action_forms(self):
        return [info for info in classify_forms(self.page) if info.kind not in _NOT_ACTION_FORMS]

    @cached_property
    def form_words(self) -> list[str]:
        return [fold(info.text[:2000]) for info in self._action_forms]

    @cached_property
    def all_form_words(self) -> str:
        return "\n".join(self.form_words)

    @cached_property
    def choice_forms(self) -> bool:
        return any(info.kind == "poll" for info in self._action_forms)

    @cached_property
    def actions(self) -> str:
        """Link texts and addresses, buttons, and loaded frames/scripts: where residents act."""
        links = " | ".join(f"{text} {url}" for _, url, text in self.page.anchors)
        buttons = " | ".join(self.page.texts_of("button", limit=50))
        return fold(f"{links} | {buttons} | {self.page.assets}")[:300_000] + " | " + self.main[:100_000]

"""Recognising a system (comment service, forum engine, participation platform) from its own markup.

A marker entry of a rule file may give any of these keys; the entry matches when one of them does:
  generator - regex on <meta name="generator"> contents
  assets    - regex on the addresses the page loads (scripts, stylesheets, frames, images, form actions)
  script    - regex on the text of inline scripts (configuration objects, loaders)
  footer    - regex on the footer's folded text ("propulse par decidim"), with `footer_words`: strings
              one of which the lower-cased markup holds wherever the regex can match (the product's
              name, written without accents): finding the footers walks the whole tree, which most
              pages are spared
  page_url  - regex on the page's own URL
  title     - regex on the folded title and main headings (h1) of the page
  wording   - regex on the page's folded visible text, for the sentences the system's own interface writes on
              its pages (its locale files: "Si vous changez d'avis, vous pourrez modifier votre vote plus
              tard"), with `wording_words` as `footer_words`: no article or city page writes them
  hosts     - domains the page itself is served from (a listed domain covers its subdomains)
  xpath     - an XPath expression that selects something on the page
Visible body text is never a marker, but for the system's own interface wording: an article that names a
system does not run it.
An XPath that searches the tree (`//`) is only evaluated on pages whose markup holds one of its
quoted strings (every such XPath needs one), and a regex only on a text holding one of its literals,
which keeps detection fast on pages without the system. The literals and quoted strings of every
rule file are looked for together, in one pass over each text and over the markup.
"""
import re
from functools import cache
from typing import NamedTuple

from lxml import etree

from citycrawl.detect import rules
from citycrawl.detect.literals import LiteralSet, required_literals
from citycrawl.detect.page import Page, watch_markup

# Rule key -> the page's lower-cased text it is matched on.
_TEXT_KEYS = (("generator", "generator"), ("assets", "assets"), ("script", "inline_scripts"),
              ("footer", "footer_text"), ("page_url", "url_lower"), ("title", "heading_text"), ("wording", "folded_text"))


def find(page: Page, family: str, *sections: str) -> list[tuple[dict, str]]:
    """(entry, evidence) of every entry of the family's sections whose markers are on the page,
    in the entries' order. Evidence says what fired ("assets: …/decidim-packs/…"); an entry's
    first key in `_TEXT_KEYS` order that matches is its evidence, then its hosts, then its XPath."""
    plan = _plan(family, sections)
    evidence = {}  # entry index -> evidence
    for key, attribute, patterns, empty_matches, gate in plan.texts:
        # (a markup cut at its bound may have lost the words a footer, which ends a page, holds)
        text = getattr(page, attribute) if not gate or page.markup_cut or page.markup_holds(*gate) else ""
        # an empty text (no generator, no inline script) is only matched by the regexes matching '',
        # which need no literal; otherwise only the regexes one of whose literals the text holds are run
        found_literals = _found_literals(page, key, text) if text else frozenset()
        for i, pattern in _candidates(patterns, found_literals) if text else empty_matches:
            if i not in evidence:
                found = pattern.search(text)
                if found:
                    evidence[i] = f"{key}: {_around(found)}"
    if plan.hosts:
        host = page.host
        for i, hosts in plan.hosts:
            domain = None if i in evidence else rules.host_matches(host, hosts)
            if domain:
                evidence[i] = f"served from {domain}"
    for i, xpath in xpaths_to_try(page, plan):
        if i not in evidence:
            selected = xpath(page.tree)
            if selected is True or (isinstance(selected, list) and selected):
                evidence[i] = f"markup: {_describe(selected[0] if isinstance(selected, list) else None)}"
    return [(plan.entries[i], evidence[i]) for i in sorted(evidence)]


class _Indexed(NamedTuple):
    """(entry index, regex or XPath) by the literal or needle one of which a page must hold for it to be tried,
    and those that need none (always tried)."""
    by_word: dict
    always: list


def _indexed(items) -> _Indexed:
    by_word, always = {}, []
    for i, test, words in items:
        if words is None:
            always.append((i, test))
        for word in words or ():
            by_word.setdefault(word, []).append((i, test))
    return _Indexed(by_word, always)


def _candidates(indexed: _Indexed, held) -> list:
    """The items to try on a page holding these literals or needles, in entry order."""
    found = {item for word in held if word in indexed.by_word for item in indexed.by_word[word]}
    return sorted(found.union(indexed.always), key=lambda item: item[0]) if found else indexed.always


class _Plan(NamedTuple):
    """A family's marker entries arranged by key, so a page is searched key by key without
    walking every entry's keys."""
    entries: list[dict]
    # (key, page attribute, the regexes by literal (_Indexed), the (entry index, regex) pairs matching an empty text,
    # the markup words without which the text is not read); a regex is only run on a text holding one of its literals
    texts: list[tuple[str, str, _Indexed, list[tuple], tuple[bytes, ...]]]
    hosts: list[tuple[int, tuple[str, ...]]]
    xpaths: _Indexed  # by needle; the XPaths searching no subtree need none (`cheap_xpaths`)
    cheap_xpaths: frozenset


@cache
def _plan(family: str, sections: tuple[str, ...]) -> _Plan:
    table = rules.load(family)
    entries = [entry for section in sections for entry in table[section]]
    texts = []
    for key, attribute in _TEXT_KEYS:
        patterns = [(i, e[key], required_literals(e[key])) for i, e in enumerate(entries) if e.get(key) is not None]
        if patterns:
            gate = tuple(word for e in entries for word in e.get(f"{key}_words", ()))
            texts.append((key, attribute, _indexed(patterns), [(i, p) for i, p, _ in patterns if p.search("")], gate))
    xpaths = [(i, e["xpath"], _needles(e["xpath"].path)) for i, e in enumerate(entries) if e.get("xpath") is not None]
    watch_markup([*(needle for _, _, needles in xpaths for needle in needles),
                  *(word for *_, gate in texts for word in gate)])
    return _Plan(entries=entries,
                 texts=texts,
                 hosts=[(i, e["hosts"]) for i, e in enumerate(entries) if e.get("hosts")],
                 xpaths=_indexed([(i, xpath, needles or None) for i, xpath, needles in xpaths]),
                 cheap_xpaths=frozenset(i for i, _, needles in xpaths if not needles))


@cache
def _every_entry() -> list[dict]:
    """The marker entries of every rule file (the sections whose entries may give an XPath)."""
    return [entry for family, sections in rules.SCHEMA.items() for section, spec in sections.items()
            if "xpath" in spec for entry in rules.load(family)[section]]


def _found_literals(page: Page, key: str, text: str) -> set[str]:
    """The literals of the regexes of `key` (of every rule file) that the page's text for that key
    holds, remembered per page: families search the same texts."""
    known = page.memo.setdefault("marker literals", {})
    if key not in known:
        known[key] = _literals(key).found_in(text)
    return known[key]


@cache
def _literals(key: str) -> LiteralSet:
    return LiteralSet(word for entry in _every_entry() if entry.get(key) is not None
                      for word in required_literals(entry[key]) or ())


def xpaths_to_try(page: Page, plan: _Plan) -> list[tuple[int, object]]:
    """(entry index, XPath) of the plan's XPaths that may select something on the page: those one of whose needles
    the markup holds, and those without needles when their union selects something."""
    return [(i, xpath) for i, xpath in _candidates(plan.xpaths, page.markup_needles_held())
            if i not in plan.cheap_xpaths or _cheap_xpaths_select(page)]


def _cheap_xpaths_select(page: Page) -> bool:
    """Whether the XPaths without needles (they search no subtree) may select something: their union selects
    something on the page, which one evaluation per page tells (on most pages none does)."""
    if "cheap xpaths" not in page.memo:
        union = _cheap_union()
        try:
            page.memo["cheap xpaths"] = union is None or bool(union(page.tree))
        except etree.XPathError:  # left to each XPath, as without the union
            page.memo["cheap xpaths"] = True
    return page.memo["cheap xpaths"]


@cache
def _cheap_union():
    """The union of the rule files' XPaths without needles; None when one of them gives no node-set
    (a boolean cannot join a union)."""
    paths = [entry["xpath"].path for entry in _every_entry()
             if entry.get("xpath") is not None and not _needles(entry["xpath"].path)]
    try:
        union = etree.XPath(" | ".join(f"({path})" for path in paths))
        union(etree.fromstring("<html/>"))
    except etree.XPathError:
        return None
    return union


@cache
def _needles(expression: str) -> tuple[bytes, ...]:
    """Quoted strings of an XPath expression, lower-cased and trimmed, as UTF-8: one must be in the
    markup (`Page.markup_lower`).
    None for an expression that searches no subtree (`/html[@id='XF']`, `id('x')`): it is cheap.
    Strings shorter than four characters ('jc') are in most pages and tell nothing."""
    if "//" not in expression:
        return ()
    found = [n.strip().lower().encode() for pair in re.findall(r"'([^']*)'|\"([^\"]*)\"", expression) for n in pair
             if len(n.strip()) >= 4]
    return tuple(found) or (b"<",)


def _around(found) -> str:
    text = found.string
    start, end = max(0, found.start() - 30), min(len(text), found.end() + 30)
    return " ".join(text[start:end].split())


def _describe(node) -> str:
    if node is None or not hasattr(node, "tag"):
        return str(node)[:80] if node is not None else "present"
    ident = f"#{node.get('id')}" if node.get("id") else ""
    cls = f".{(node.get('class') or '').split()[0]}" if (node.get("class") or "").split() else ""
    return f"{node.tag}{ident}{cls}"

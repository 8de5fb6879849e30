"""Recognising a system (comment service, forum engine, participation platform) from its own markup.

A marker entry of a rule file may give any of these keys; the entry matches when one of them does:
  generator - regex on <meta name="generator"> contents
  assets    - regex on the addresses the page loads (scripts, stylesheets, frames, images, form actions)
  script    - regex on the text of inline scripts (configuration objects, loaders)
  footer    - regex on the footer's folded text ("propulse par decidim")
  page_url  - regex on the page's own URL
  title     - regex on the folded title and main headings (h1) of the page
  hosts     - domains the page itself is served from (a listed domain covers its subdomains)
  xpath     - an XPath expression that selects something on the page
Visible body text is never a marker: an article that names a system does not run it.
An XPath that searches the tree (`//`) is only evaluated on pages whose markup holds one of its
quoted strings (every such XPath needs one), which keeps detection fast on pages without the system.
"""
import re
from functools import cache

from citycrawl.detect import rules
from citycrawl.detect.page import Page
from citycrawl.urls import host_of

# Rule key -> the page's lower-cased text it is matched on.
_TEXT_KEYS = (("generator", "generator"), ("assets", "assets"), ("script", "inline_scripts"),
              ("footer", "footer_text"), ("page_url", "url_lower"), ("title", "heading_text"))


def find(page: Page, entries: list[dict]) -> list[tuple[dict, str]]:
    """(entry, evidence) of every entry whose markers are on the page, in the entries' order."""
    present = _present_needles(page, entries)
    found = []
    for entry in entries:
        evidence = match(page, entry, present)
        if evidence:
            found.append((entry, evidence))
    return found


def match(page: Page, entry: dict, present: set[str]) -> str | None:
    """Evidence ("assets: …/decidim-packs/…") when the entry's markers are on the page, else None.
    `present` holds the XPath needles found in the page's markup."""
    for key, attribute in _TEXT_KEYS:
        pattern = entry.get(key)
        if pattern is not None:
            found = pattern.search(getattr(page, attribute))
            if found:
                return f"{key}: {_around(found)}"
    if entry.get("hosts"):
        domain = rules.host_matches(host_of(page.url), entry["hosts"])
        if domain:
            return f"served from {domain}"
    xpath = entry.get("xpath")
    needles = _needles(xpath.path) if xpath is not None else ()
    if xpath is not None and (not needles or any(n in present for n in needles)):
        selected = xpath(page.tree)
        if selected is True or (isinstance(selected, list) and selected):
            return f"markup: {_describe(selected[0] if isinstance(selected, list) else None)}"
    return None


def _present_needles(page: Page, entries: list[dict]) -> set[str]:
    """The entries' XPath needles that occur in the page's markup, remembered per page (families
    share needles). Shortest first: when 'comment' is absent, so is every needle containing it,
    and the markup is not searched again for them."""
    known = page.memo.setdefault("needles", {})
    absent = [n for n, present in known.items() if not present]
    for needle in _entries_needles(tuple(e["xpath"].path for e in entries if e.get("xpath") is not None)):
        if needle not in known:
            known[needle] = not any(a in needle for a in absent) and needle in page.source_lower
            if not known[needle]:
                absent.append(needle)
    return {n for n, present in known.items() if present}


@cache
def _entries_needles(expressions: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({n for expression in expressions for n in _needles(expression)}, key=len))


@cache
def _needles(expression: str) -> tuple[str, ...]:
    """Quoted strings of an XPath expression, lower-cased and trimmed: one must be in the markup.
    None for an expression that searches no subtree (`/html[@id='XF']`, `id('x')`): it is cheap.
    Strings shorter than four characters ('jc') are in most pages and tell nothing."""
    if "//" not in expression:
        return ()
    found = [n.strip().lower() for pair in re.findall(r"'([^']*)'|\"([^\"]*)\"", expression) for n in pair
             if len(n.strip()) >= 4]
    return tuple(found) or ("<",)


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

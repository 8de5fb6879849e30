"""One parsed page, shared by every detector and by the spider's link extraction.

Everything a detector reads (text, headings, links, asset addresses) is computed once per page,
bounded in size, and cached on the page. Scripts are read as text, never executed.
"""
import re
from functools import cache
from itertools import islice
from urllib.parse import unquote, urljoin

import lxml.html
from lxml import etree

from citycrawl.detect.cached import cached_property
from citycrawl.detect.literals import LiteralSet
from citycrawl.detect.text import fold, slug_words, squash
from citycrawl.urls import host_of, registrable_domain

MAX_PARSE_BYTES = 5 * 1024 * 1024  # larger bodies are cut: detection never needs more
MAX_TEXT_CHARS = 300_000  # visible text kept for vocabulary scoring
MAX_SOURCE_CHARS = 2_000_000  # raw markup searched by marker rules
_SKIP_TEXT = ("script", "style", "noscript", "template", "svg")
# The text walk, in C (libxslt): a walk of every node in Python cost more than all the rest of
# detection. One walk of the body gives the page's text, its main text and its prose: it marks the
# parts out of the main text (navigation, header, footer, sidebars) and, within the main text, the
# links and list items holding one. Marks are Unicode noncharacters, which texts do not hold (a page
# that does loses some of its main text, nothing else); inside a marked part the walk changes mode,
# so that a mark is never nested within its own kind and a regex finds each part. A text node is
# copied (xsl:copy), which libxslt does sooner than it evaluates `value-of`.
_OUT, _END_OUT, _QUIET, _END_QUIET = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3"
_SKIPPED, _OUT_PARTS, _QUIET_PARTS = "|".join(_SKIP_TEXT), "nav|header|footer|aside", "a|li[.//a]"
_COPY_TEXT = "<xsl:copy/><xsl:text> </xsl:text>"


def _stylesheet(templates: str):
    return etree.XSLT(etree.XML(f"""\
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="utf-8"/>
  {templates}
</xsl:stylesheet>"""))


_TEXT_WALK = _stylesheet(f"""
  <xsl:template match="{_SKIPPED}"/>
  <xsl:template match="{_SKIPPED}" mode="quiet"/>
  <xsl:template match="{_SKIPPED}" mode="out"/>
  <xsl:template match="text()">{_COPY_TEXT}</xsl:template>
  <xsl:template match="text()" mode="quiet">{_COPY_TEXT}</xsl:template>
  <xsl:template match="text()" mode="out">{_COPY_TEXT}</xsl:template>
  <xsl:template match="{_OUT_PARTS}">&#xFDD0;<xsl:apply-templates mode="out"/>&#xFDD1;</xsl:template>
  <xsl:template match="{_OUT_PARTS}" mode="quiet">&#xFDD0;<xsl:apply-templates mode="out"/>&#xFDD1;</xsl:template>
  <xsl:template match="{_QUIET_PARTS}">&#xFDD2;<xsl:apply-templates mode="quiet"/>&#xFDD3;</xsl:template>""")
# The prose alone: the walk's default mode, the marked parts left out rather than marked. Most pages
# need neither their text nor their main text, and the walk skips the menus. It gives the prose the
# marked walk gives when no text of the page holds a mark: the markup (all that was parsed) holds
# neither a mark nor a character reference to one (&#xfdd0; &#64976;).
_PROSE_WALK = _stylesheet(f"""
  <xsl:template match="{_SKIPPED}|{_OUT_PARTS}|{_QUIET_PARTS}"/>
  <xsl:template match="text()">{_COPY_TEXT}</xsl:template>""")
_MARK_NEEDLES = (*(mark.encode() for mark in (_OUT, _END_OUT, _QUIET, _END_QUIET)), b"fdd", b"6497")
_OUT_REGION = re.compile(f"{_OUT}[^{_END_OUT}]*{_END_OUT}")
_QUIET_REGION = re.compile(f"{_QUIET}[^{_END_QUIET}]*{_END_QUIET}")
# <footer> and elements whose id or class says footer (walking attributes is faster than testing
# elements, and walking elements faster than walking every node as `//` does)
_FOOTERS = etree.XPath("/descendant::footer | /descendant::*/@id[contains(., 'footer')]/.."
                       " | /descendant::*/@class[contains(., 'footer')]/..")
# Elements whose address the page loads, and the attribute holding it.
_ASSET_ATTRIBUTE = {"script": "src", "link": "href", "iframe": "src", "img": "src", "form": "action", "embed": "src"}
# The tags the detectors read, gathered in one walk of the tree: a walk of a large tree costs about
# as much as reading every element it finds, and each reader walked the tree on its own.
_READ_TAGS = frozenset({*_ASSET_ATTRIBUTE, "a", "area", "meta", "title", "h1", "h2", "h3", "h4", "legend", "th",
                        "button", "input"})
# A relative path with no scheme, dot segment, space or backslash: urljoin would only append it to
# the base's folder (the slow general case is left to urljoin).
_PLAIN_RELATIVE = re.compile(r"[A-Za-z0-9_~%-][^:\s\\]*$|[A-Za-z0-9_~%-][^/:\s\\]*/[^\s\\]*$")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# An XHTML page's XML declaration names its encoding: lxml refuses such a declaration in text it is
# given already decoded, so it is dropped (the text is decoded by then).
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
# What sets a site's name apart from the page's in a title: "Pétitions | Ville", "Ville - Pétitions", "Ville : …"
_WORD = re.compile(r"[a-z0-9]+")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·»]\s+")
# Words a site's name is made of besides the city's (ville-lussac.fr, "Site officiel de la mairie de Lussac",
# "Participation Auberive", "Je participe à Villedex"): they say what kind of site it is, not which one
_SITE_NAME_WORDS = {"ville", "mairie", "commune", "agglo", "agglomeration", "metropole", "communaute", "site", "officiel",
                    "info", "infos", "de", "d", "du", "des", "la", "le", "les", "l", "a", "et", "en", "je", "participe",
                    "participation", "participez", "participons", "citoyenne", "citoyen", "demain", "ensemble", "portail",
                    "internet", "web"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# lxml.html's elements (text_content() and the rest), chosen in C: lxml.html's own parser asks a
# Python function for the class of every element the detectors touch, a large share of their time.
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity)


# Strings the detectors look for in the markup (`Page.markup_holds`): each page's markup is searched
# once for all of them. The families add theirs (`watch_markup`): XPath strings, plugin names.
_WATCHED_NEEDLES = {b"footer", *_MARK_NEEDLES}


def watch_markup(needles) -> None:
    _WATCHED_NEEDLES.update(needles)


@cache
def _needle_set(needles: frozenset[bytes]) -> LiteralSet:
    return LiteralSet(needles)


def decode_html(body: bytes, encoding: str | None = None) -> str:
    """Bytes of a saved page to text: BOM, then the given or declared charset, then UTF-8,
    then windows-1252 (which decodes any byte)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(name, errors="replace")
    candidates = [encoding] if encoding else []
    declared = _META_CHARSET.search(body[:4096])
    if declared:
        candidates.append(declared.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "windows-1252"]
    for name in candidates:
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("windows-1252", errors="replace")


class Page:
    def __init__(self, url: str, tree, source: str | None = None):
        self.url = url
        self.tree = tree  # lxml.html root element; never serialised back to a site, never executed
        self._source = source
        self.memo = {}  # per-page results shared between detector families (e.g. form kinds)

    @classmethod
    def from_response(cls, response):
        """The page of a Scrapy response, from the text Scrapy decoded (nothing else parses it)."""
        return cls.from_html(response.text, response.url)

    @classmethod
    def from_html(cls, body, url: str, encoding: str | None = None):
        if isinstance(body, bytes):
            body = decode_html(body[:MAX_PARSE_BYTES], encoding)
        body = _XML_DECLARATION.sub("", (body or "")[:MAX_PARSE_BYTES], count=1)
        parser = etree.HTMLParser(recover=True, remove_comments=False, no_network=True)
        parser.set_element_class_lookup(_HTML_CLASSES)
        try:
            tree = lxml.html.document_fromstring(body or "<html></html>", parser=parser)
        except (etree.ParserError, ValueError):
            tree = lxml.html.document_fromstring("<html></html>")
        return cls(url, tree, body[:MAX_SOURCE_CHARS])

    @cached_property
    def source(self) -> str:
        """The page's markup as text, for marker rules (asset paths, inline configuration)."""
        if self._source is None:
            self._source = etree.tostring(self.tree, encoding="unicode")[:MAX_SOURCE_CHARS]
        return self._source

    @cached_property
    def markup_lower(self) -> bytes:
        """The markup as UTF-8 with its ASCII letters lower-cased, for finding the ASCII words of
        marker rules (a tenth of the time `str.lower` takes on a page holding any non-ASCII letter)."""
        return self.source.encode("utf-8", "surrogatepass").lower()

    @property
    def markup_cut(self) -> bool:
        """The markup was cut at `MAX_SOURCE_CHARS`: what it does not hold may still be on the page."""
        return len(self.source) >= MAX_SOURCE_CHARS

    def markup_holds(self, *needles: bytes) -> bool:
        """Whether `markup_lower` holds one of the needles (watched ones are answered by one pass for all)."""
        watched, found = self._markup_needles
        if watched.issuperset(needles):
            return not found.isdisjoint(needles)
        return any(needle in self.markup_lower for needle in needles)

    def markup_needles_held(self) -> set[bytes]:
        """The watched needles (`watch_markup`) the markup holds; looked for again when needles were watched since
        (the rule files are read on a process's first page)."""
        watched, found = self._markup_needles
        if len(watched) != len(_WATCHED_NEEDLES):
            del self.__dict__["_markup_needles"]
            watched, found = self._markup_needles
        return found

    @cached_property
    def _markup_needles(self) -> tuple[frozenset[bytes], set[bytes]]:
        """The needles watched when first asked, and those the markup holds."""
        watched = frozenset(_WATCHED_NEEDLES)
        return watched, _needle_set(watched).found_in(self.markup_lower)

    @cached_property
    def base_url(self) -> str:
        base = self.tree.find("head/base[@href]")  # a path from the root, not a search of the tree
        try:
            return urljoin(self.url, base.get("href").strip()) if base is not None else self.url
        except ValueError:
            return self.url

    @cached_property
    def origin(self) -> str:
        """'https://host' of the base URL, for root-relative links."""
        scheme, _, rest = self.base_url.partition("://")
        return f"{scheme}://{rest.split('/', 1)[0].split('?', 1)[0].split('#', 1)[0]}"

    @cached_property
    def _folder(self) -> str:
        """The base URL up to its last '/', which a plain relative path is appended to."""
        base = self.base_url.split("#", 1)[0].split("?", 1)[0]
        return base.rsplit("/", 1)[0] + "/" if base.count("/") > 2 else base + "/"

    def absolute(self, href: str) -> str:
        """Absolute http(s) URL without fragment, or '' when the href leads nowhere fetchable."""
        href = (href or "").strip()
        if href.startswith(("https://", "http://")) and " " not in href:  # already absolute: most links
            return href.partition("#")[0]
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            return ""
        path = href.partition("#")[0]
        # The two other common cases, without urljoin: a root-relative path ("/contact") and a plain
        # relative one ("page.html", "dir/page?x=1"), when urljoin would have nothing to normalise.
        if "/." not in path and "//" not in path and not path.endswith("?") and " " not in path:
            if path.startswith("/"):
                return self.origin + path
            if _PLAIN_RELATIVE.match(path) and self.base_url.startswith(("http://", "https://")):
                return self._folder + path
        try:
            url = urljoin(self.base_url, href)
        except ValueError:
            return ""
        return url.split("#", 1)[0] if url.startswith(("http://", "https://")) else ""

    @cached_property
    def anchors(self) -> list[tuple]:
        """(element, absolute URL, text) of every <a>/<area> link, in document order."""
        return self._links[0]

    @cached_property
    def mailtos(self) -> list[str]:
        """The `mailto:` hrefs of <a>/<area> links, in document order."""
        return self._links[1]

    @cached_property
    def _links(self) -> tuple[list, list]:
        anchors, mailtos, absolute = [], [], self.absolute
        known = {}  # href -> URL: a page links to the same pages from its menus, body and footer
        for el in self.elements("a", "area"):
            href = el.get("href")
            if not href:
                continue
            url = known.get(href)
            if url is None:
                # (the first character rules out most links, sooner than lower-casing them)
                if (href[0] in "mM" or href[0].isspace()) and href.lstrip()[:7].lower() == "mailto:":
                    mailtos.append(href.strip())
                    continue
                url = known[href] = absolute(href)
            if url:
                text = squash(text_content(el) or el.get("title") or el.get("aria-label") or "")
                anchors.append((el, url, text[:200]))
        return anchors, mailtos

    @cached_property
    def _elements_by_tag(self) -> dict[str, list]:
        """The elements with a tag of `_READ_TAGS` by tag, each list in document order (one walk of the tree;
        lxml builds a new string for each reading of `tag`, so it is read once per element)."""
        by_tag = {}
        for el in self.tree.iter(*_READ_TAGS):
            tag = el.tag
            found = by_tag.get(tag)
            if found is None:
                by_tag[tag] = [el]
            else:
                found.append(el)
        return by_tag

    def elements(self, *tags: str) -> list:
        """The page's elements with these tags, in document order (a list shared by all callers)."""
        if not _READ_TAGS.issuperset(tags):
            return list(self.tree.iter(*tags))
        found = [self._elements_by_tag[tag] for tag in tags if tag in self._elements_by_tag]
        if len(found) <= 1:
            return found[0] if found else []
        return list(self.tree.iter(*tags))  # in document order (a walk: their Python objects exist already)

    def links(self) -> list[tuple[str, str]]:
        """Absolute http(s) links of <a>/<area> elements with their text, in document order."""
        return [(url, text) for _, url, text in self.anchors]

    @cached_property
    def text(self) -> str:
        """Visible text of the body (scripts and styles left out), whitespace squashed, bounded."""
        return squash(_unmarked(self._marked_text)[:MAX_TEXT_CHARS])

    @cached_property
    def main_text(self) -> str:
        """`text` without navigation, header, footer and sidebars (the whole text of a page with no body)."""
        return squash(_unmarked(self._marked_main)[:MAX_TEXT_CHARS])

    @cached_property
    def prose(self) -> str:
        """`main_text` without links and the list items holding one (menus, teasers: they lead to
        other pages, which hold what they announce)."""
        body = self.tree.find("body")
        if body is not None and "_marked_text" not in self.__dict__ and self._holds_no_mark():
            return squash(str(_PROSE_WALK(body))[:MAX_TEXT_CHARS])
        return squash(_unmarked(_QUIET_REGION.sub("", self._marked_main))[:MAX_TEXT_CHARS])

    def _holds_no_mark(self) -> bool:
        """No text of the page can hold a mark of the text walk (see `_PROSE_WALK`)."""
        return not self.markup_cut and not self.markup_holds(*_MARK_NEEDLES)

    @cached_property
    def _marked_text(self) -> str:
        body = self.tree.find("body")
        return _mark_text(body if body is not None else self.tree)

    @cached_property
    def _marked_main(self) -> str:
        if self.tree.find("body") is None:
            return _unmarked(self._marked_text)
        return _OUT_REGION.sub("", self._marked_text)

    @cached_property
    def folded_text(self) -> str:
        return fold(self.text)

    @cached_property
    def title(self) -> str:
        titles = self.elements("title")
        return squash(text_content(titles[0]))[:300] if titles else ""

    @cached_property
    def heading_text(self) -> str:
        """Folded title and h1 headings: what the page says it is about."""
        return self._headline(self.title)

    @cached_property
    def own_heading_text(self) -> str:
        """`heading_text` without the site's name its title repeats on every page ("Pétitions | La Fabrique
        citoyenne"), as `og:site_name` declares it or, undeclared, as a last part holding the words of the
        site's domain name: the site's name says what the site is, not the page. Only a first or last part
        of the title, cut off by a separator, is the name; a title that is the name alone (a home page) is kept."""
        name = self.site_name.casefold()
        parts = _TITLE_SEPARATOR.split(self.title)
        if len(parts) < 2:
            return self.heading_text
        if not name:  # undeclared: a last part naming the site's domain ("… | Participation Auberive-en-Vexin")
            return self._headline(" ".join(parts[:-1])) if self._names_domain(parts[-1]) else self.heading_text
        first, last = parts[0].strip().casefold(), parts[-1].strip().casefold()
        if first == name:
            return self._headline(" ".join(self._without_name_parts(parts[1:], 0)))
        if last == name or self._shortens_site_name(parts[-1]):  # a name stands last more often than first
            return self._headline(" ".join(self._without_name_parts(parts[:-1], -1)))
        if self._shortens_site_name(parts[0]):
            return self._headline(" ".join(self._without_name_parts(parts[1:], 0)))
        return self.heading_text

    def _without_name_parts(self, parts: list, end: int) -> list:
        """The parts left once the site's name, cut by a separator too ("Vote | Concertation | Villedex" for
        "Concertation Villedex"), is taken off at `end` (0 or -1): parts made only of the name's words."""
        name = _words(self.site_name)
        while len(parts) > 1 and (words := _words(parts[end])) and words <= name:
            parts = parts[1:] if end == 0 else parts[:-1]
        return parts

    def _shortens_site_name(self, part: str) -> bool:
        """Whether a part of the title is a shorter form of the declared site's name ("Villedex, j'en parle"
        for "Villedex, j'en parle : la concertation"): its words are the name's, at least half of them."""
        name, words = _words(self.site_name), _words(part)
        return bool(words) and words <= name and 2 * len(words) >= len(name)

    def _names_domain(self, text: str) -> bool:
        """Whether the text is a name of the site: every distinctive word of the page's domain name
        (auberive-en-vexin.fr: auberive, vexin) and otherwise only words sites name themselves with
        ("Ville de", "Participation") or that the host's own labels hold ("Concertation Auberive" on
        concertation.auberive-en-vexin.fr), not a subject ("Budget participatif de Villedex")."""
        domain = registrable_domain(self.host)
        label = slug_words(domain.split(".", 1)[0]).split()
        names = {word for word in label if len(word) >= 4 and word not in _SITE_NAME_WORDS}
        words = set(slug_words(text).split())
        subdomain = set(slug_words(self.host[: -len(domain)].replace(".", " ")).split()) if domain else set()
        return bool(names) and names <= words and words - set(label) - subdomain <= _SITE_NAME_WORDS

    def _headline(self, title: str) -> str:
        return fold(" | ".join([title, *self.texts_of("h1", limit=3)]))

    @cached_property
    def site_name(self) -> str:
        """The site's name from its Open Graph `og:site_name` meta, or ''."""
        for el in self.elements("meta"):
            if (el.get("property") or "").lower() == "og:site_name":
                return squash(el.get("content") or "")[:200]
        return ""

    def texts_of(self, *tags: str, limit: int = 50) -> list[str]:
        """Squashed texts of the first `limit` elements with these tags, in document order."""
        out = []
        for el in self.elements(*tags):
            out.append(squash(visible_text(el, 500)))
            if len(out) >= limit:
                break
        return out

    @cached_property
    def generator(self) -> str:
        """Every <meta name="generator"> content, lower-cased and joined."""
        values = [el.get("content") or "" for el in self.elements("meta")
                  if (el.get("name") or "").lower() == "generator"]
        return " | ".join(v.lower() for v in values[:5])

    @cached_property
    def assets(self) -> str:
        """Lower-cased addresses the page loads (scripts, stylesheets, frames, images, forms' actions), one per
        line: platform markers live there, not in the visible text an article could contain."""
        by_tag = self._elements_by_tag
        values = (value.strip() for tag, attribute in _ASSET_ATTRIBUTE.items() for el in by_tag.get(tag, ())
                  if (value := el.get(attribute)) is not None)
        return "\n".join(islice(values, 2000))[:MAX_SOURCE_CHARS].lower()  # no more read than kept

    @cached_property
    def inline_scripts(self) -> str:
        """Lower-cased text of inline scripts (configuration objects, loaders), bounded; never executed."""
        parts, size = [], 0
        for el in self.elements("script"):
            if el.get("src") is None and el.text:
                parts.append(el.text[:50_000])
                size += len(parts[-1])
                if size > 500_000:
                    break
        return "\n".join(parts).lower()

    @cached_property
    def host(self) -> str:
        """Lower-case host the page is served from."""
        return host_of(self.url)

    @cached_property
    def url_lower(self) -> str:
        return self.url.lower()

    @cached_property
    def url_folded(self) -> str:
        """The address with its path decoded and folded, as rules write addresses: `/s%C3%A9curit%C3%A9/` and
        `/sécurité/` read `/securite/`; the query stays as sent (a parameter may hold another address)."""
        path, _, rest = self.url_lower.partition("?")
        return fold(unquote(path)) + (f"?{rest}" if rest else "")

    @cached_property
    def footer_text(self) -> str:
        """Folded text of footers, where platforms write 'powered by'."""
        if not self.markup_holds(b"footer"):  # every footer below has the word in its markup
            return ""
        els = _FOOTERS(self.tree)
        return fold(squash(" ".join(visible_text(el, 5000) for el in els[:5])))


def text_content(el) -> str:
    """All the text under an element, as lxml's `text_content()`: libxml2's content of the element,
    serialised as text rather than read through the XPath `string()`, which costs more than the rest
    of reading a link; for an element with no children (most links), its text."""
    if len(el) == 0:
        return el.text or ""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def visible_text(el, limit: int) -> str:
    """Text of an element without scripts, styles and comments, its text nodes joined by a space,
    at most `limit` chars."""
    if len(el) == 0:  # its text alone, if it is not left out itself (most headings and buttons)
        return "" if el.tag in _SKIP_TEXT else (el.text or "")[:limit]
    if next(el.iter(*_SKIP_TEXT), None) is None:  # nothing to leave out: lxml's own walk, faster still
        return _joined_prefix(el.itertext(), limit)
    return _unmarked(_mark_text(el))[:-1][:limit]  # [:-1]: the space after the last text node


def _joined_prefix(texts, limit: int) -> str:
    """`" ".join(texts)[:limit]`, reading no more texts than the prefix needs (a form or a footer
    may hold the whole page), by chunks that lxml and `join` read without a Python loop."""
    texts = iter(texts)
    chunk = list(islice(texts, 100))
    joined = " ".join(chunk)
    while len(chunk) == 100 and len(joined) < limit:  # more texts may follow
        chunk = list(islice(texts, 100))
        if chunk:
            joined = f"{joined} {' '.join(chunk)}"
    return joined[:limit]


def _words(text: str) -> set[str]:
    """The words of a text, folded, without punctuation ("Villedex, j'en parle !" -> villedex, j, en, parle)."""
    return set(_WORD.findall(fold(text)))


def _mark_text(el) -> str:
    """The element's visible text, each text node followed by a space, with the marks of
    `_TEXT_WALK` around the parts out of the main text and around links."""
    return str(_TEXT_WALK(el))


def _unmarked(marked: str) -> str:
    for mark in (_OUT, _END_OUT, _QUIET, _END_QUIET):
        marked = marked.replace(mark, "")
    return marked

"""Social family: links from the page to accounts on social platforms, with canonical handle and URL.

URL shapes, share/intent exclusions and page locations come from `rules/social.yaml`. Share
buttons, intents and posts are never accounts; links sitting in a partners block, a comment or
an article's running text are taken as third parties' accounts and left out.
"""
import re
from functools import cache, partial
from urllib.parse import parse_qs, unquote, urlsplit

from lxml import etree

from citycrawl.detect import rules
from citycrawl.detect.findings import Finding
from citycrawl.detect.page import Page, text_content, watch_markup
from citycrawl.detect.text import fold, squash
from citycrawl.urls import host_of

FAMILY = "social"
_MAX_ANCESTORS = 15
_INSTANCE_SHAPE = re.compile(r"/@|/users/|/c/|/a/|/video-channels/|/accounts/")  # account paths on any host


def account(url: str, hints: str = "") -> tuple[str, str, str] | None:
    """(platform, handle, canonical URL) when `url` is an account's address, else None.

    `hints` is folded text about the link (rel, class, title, anchor text): it is what lets
    a `/@user` address on an unknown host count as a Mastodon account.
    """
    return _account(url, lambda: hints)


def _account(url: str, hints_of) -> tuple[str, str, str] | None:
    """`account`, with the hints read (`hints_of()`, which costs more than the rest) only for an
    address shaped like an instance's account on a host no platform owns."""
    try:
        parts = urlsplit(url.strip())
        host = host_of(url)
        path = unquote(parts.path).rstrip("/") or "/"
    except (ValueError, AttributeError):
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    platform = _platform_of(host)
    if platform is not None:
        return _profile(platform, host, path, parts.query)
    hints = None
    for platform in rules.load(FAMILY)["fediverse"]:
        found = _profile(platform, host, path, parts.query)
        if not found:
            continue
        if rules.host_matches(host, platform["hosts"]):
            return found
        hints = hints_of() if hints is None else hints
        if platform["hints"].search(f"{host} {hints}"):
            return found
    return None


def _profile(platform: dict, host: str, path: str, query: str):
    target = f"{path}?{query}" if query else path
    if platform.get("not_accounts") is not None and platform["not_accounts"].search(target):
        return None
    for shape in platform["profiles"]:
        match = shape["path"].fullmatch(path)
        if not match:
            continue
        if shape.get("query"):
            values = parse_qs(query).get(shape["query"])
            handle = values[0].strip().lstrip("+") if values else ""
            if not handle.isdigit():
                continue
        else:
            handle = match["handle"]
        if shape.get("lower"):
            handle = handle.lower()
        canonical = shape["canonical"].format(handle=handle, host=host)
        return platform["platform"], shape.get("handle_format", "{handle}").format(handle=handle, host=host), canonical
    return None


def detect(page: Page) -> list[Finding]:
    findings, seen = [], set()
    candidates = [(el, url) for el, url, _ in page.anchors]
    # <link rel="me"> in the head: the site claims the account as its own (Mastodon verification).
    for el in page.elements("link"):
        if "me" in (el.get("rel") or "").lower().split():
            url = page.absolute(el.get("href"))
            if url:
                candidates.append((el, url))
    candidates += _page_plugins(page)
    for el, url in _may_be_social(page, candidates):
        if "#!/" in (el.get("href") or ""):  # Twitter's old addresses: twitter.com/#!/handle
            url = page.absolute(el.get("href").replace("#!/", "", 1)) or url
        found = _account(url, partial(_hints, el))
        if not found:
            continue
        platform, handle, canonical = found
        if canonical in seen:
            continue
        location, owner = locate(el, page.heading_text)
        if owner != "city":
            continue
        seen.add(canonical)
        findings.append(Finding("social_account", platform=platform, handle=handle, url=canonical,
                                page_url=page.url, rule=f"{FAMILY}:{platform}", detail=f"{location} link"))
    return findings


def _page_plugins(page: Page) -> list[tuple]:
    """The page a Facebook Page Plugin shows (its `data-href`, or the `href` of its iframe): city
    sites often show their own page's feed this way instead of linking to it."""
    if not page.markup_holds(*_PLUGIN_NEEDLES):
        return []
    found = []
    for el in _PLUGINS(page.tree):
        address = el.get("data-href") or ""
        if el.tag == "iframe":
            values = parse_qs(urlsplit(el.get("src") or "").query).get("href")
            address = values[0] if values else ""
        url = page.absolute(address)
        if url:
            found.append((el, url))
    return found


_PLUGIN_NEEDLES = (b"fb-page", b"plugins/page.php", b"likebox")  # one is in the markup of every plugin below
watch_markup(_PLUGIN_NEEDLES)
_PLUGINS = etree.XPath(
    "//*[@data-href and (contains(concat(' ', normalize-space(@class), ' '), ' fb-page ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' fb-like-box '))]"
    " | //iframe[contains(@src, 'facebook.com/plugins/page.php') or contains(@src, 'facebook.com/plugins/likebox.php')]")


def _may_be_social(page: Page, candidates: list[tuple]) -> list[tuple]:
    """Cheap filter: the candidates on a platform's domain, or shaped like an instance's account.
    The domain is told by what precedes the first '/' after the host, so a link starting with the
    page's own origin (most links) is on a platform only if the page is; and one search of all the
    addresses tells whether any is shaped like an account on an instance."""
    on_platform = _platform_url().match
    same_site = page.origin + "/"
    page_on_platform = on_platform(same_site) is not None
    any_instance = _INSTANCE_SHAPE.search("\n".join(url for _, url in candidates)) is not None
    return [(el, url) for el, url in candidates
            if (page_on_platform if url.startswith(same_site) else on_platform(url) is not None)
            or (any_instance and _INSTANCE_SHAPE.search(url) is not None)]


@cache
def _platform_url() -> re.Pattern:
    """An absolute URL on one of the platforms' domains (or their subdomains): one regex test per
    link instead of parsing every link of the page."""
    domains = "|".join(re.escape(d) for d in sorted(_domains(), key=len, reverse=True))
    return re.compile(rf"https?://([^/?#@]*@)?([^/?#@]*\.)?({domains})\.?(:\d+)?([/?#]|$)", re.I)


@cache
def _domains() -> dict:
    """Platform domain -> platform entry, for the platforms with their own hosts."""
    return {domain: p for p in rules.load(FAMILY)["platforms"] for domain in p["hosts"]}


def _platform_of(host: str):
    """The platform entry whose domain `host` is or lies under (fr.linkedin.com -> linkedin)."""
    domains = _domains()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        entry = domains.get(".".join(labels[i:]))
        if entry is not None:
            return entry
    return None


def _hints(el) -> str:
    """Folded rel, class, title, aria-label and text of a link and its icon."""
    bits = [el.get("rel"), el.get("class"), el.get("title"), el.get("aria-label"), text_content(el)
            if el.tag == "a" else ""]
    if "me" in (el.get("rel") or "").lower().split():
        bits.append("rel=me")
    for child in el.iterchildren():
        if isinstance(child.tag, str):
            bits += [child.get("class"), child.get("alt"), child.get("title")]
    return fold(" ".join(b for b in bits if isinstance(b, str)))[:500]


def locate(el, heading: str = "") -> tuple[str, str]:
    """(where the link sits, whose account it is: 'city' or 'third_party'); `heading` is the page's
    folded title and h1, which tell a page about others (partners) from the city's own pages."""
    if el.tag == "link":
        return "head rel=me", "city"
    locations = rules.load(FAMILY)["locations"]
    node = el.getparent()
    for _ in range(_MAX_ANCESTORS):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            break
        attrs = fold(" ".join(filter(None, (node.tag, node.get("id"), node.get("class"),
                                            node.get("role"), node.get("aria-label")))))
        for rule in locations if _any_location().search(attrs) else ():
            if rule["attrs"].search(attrs):
                if rule["owner"] != "city" and rule.get("keep_if") is not None \
                        and rule["keep_if"].search(fold(squash(_block_text(el)))):
                    return rule["location"], "city"
                return rule["location"], rule["owner"]
        node = node.getparent()
    for rule in rules.load(FAMILY)["third_party_pages"]:
        if rule["title"].search(heading):
            if rule.get("keep_if") is not None and rule["keep_if"].search(fold(squash(_block_text(el)))):
                return "page", "city"
            return rule["location"], "third_party"
    return "page", "city"


@cache
def _any_location() -> re.Pattern:
    """The locations' patterns in one alternation: most containers match none, which one search tells."""
    return re.compile("|".join(f"(?:{rule['attrs'].pattern})" for rule in rules.load(FAMILY)["locations"]), re.I)


def _block_text(el) -> str:
    """Text of the paragraph or list item around a link (what a reader sees next to it)."""
    node = el
    for _ in range(3):
        parent = node.getparent()
        if parent is None:
            break
        node = parent
        if node.tag in ("p", "li", "div", "td"):
            break
    return text_content(node)[:500]

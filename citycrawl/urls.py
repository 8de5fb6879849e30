"""URL handling shared by the spider, the detectors and the seed reader."""
import ipaddress
import re
from functools import lru_cache
from urllib.parse import unquote, unquote_plus, urlsplit, urlunsplit

import tldextract

# The Public Suffix List snapshot bundled with tldextract: no network access at run time.
_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa")


def host_of(url: str) -> str:
    """Lower-case host name of a URL, without port or trailing dot ('' when there is none)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").lower()


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """'jeparticipe.ville.fr' -> 'ville.fr'; an IP address or a bare name is its own domain."""
    host = host.rstrip(".").lower()
    if not host or _ip(host) is not None:
        return host
    parts = _extract(host)
    if not parts.suffix or not parts.domain:
        return host
    return f"{parts.domain}.{parts.suffix}"


def same_site(url: str, domains) -> bool:
    """True when the URL's host lies under one of the registrable domains."""
    return registrable_domain(host_of(url)) in domains


_IPV4_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _ipv4_any_form(host: str):
    """IPv4 written as the system resolver reads it (inet_aton): 127.1, 0x7f.1, 0177.0.0.1,
    2130706433. Browsers and HTTP stacks connect to these, so they must be recognised."""
    parts = host.split(".")
    if len(parts) > 4 or not all(_IPV4_PART.fullmatch(p) for p in parts):
        return None
    numbers = [int(p[2:] or "0", 16) if p[:2].lower() == "0x" else int(p, 8 if p.startswith("0") else 10)
               for p in parts]
    *front, last = numbers
    if any(n > 255 for n in front) or last >= 256 ** (5 - len(parts)):
        return None
    value = last
    for i, n in enumerate(front):
        value += n << (24 - 8 * i)
    return ipaddress.IPv4Address(value)


def _ip(host: str):
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return _ipv4_any_form(host)
    if ip.version == 6:
        # IPv6 addresses that carry an IPv4 address: judged by the IPv4 address they lead to.
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and (int(ip) >> 32 == 0 or ip in _NAT64):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return embedded
    return ip


def is_private_host(host: str) -> bool:
    """Loopback, link-local, private-range or local-only names: never crawled unless allowed."""
    host = _as_resolved(host)
    ip = _ip(host)
    if ip is not None:
        return not ip.is_global
    return host == "localhost" or host.endswith(_LOCAL_SUFFIXES) or "." not in host


def _as_resolved(host: str) -> str:
    """The host name a resolver is given: percent-escapes decoded, IDNA mapping applied (full-width
    digits, ideographic dots), lower case, no trailing dot."""
    host = unquote(host).strip()
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    return host.rstrip(".").lower()


def normalize_url(url: str) -> str:
    """Canonical form for de-duplication: lower-case scheme and host, no fragment, no default port. Normalising it
    again gives it back as it is."""
    text = url.strip().split("#", 1)[0].rstrip()  # (the fragment first: spaces before it end the address)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:  # a malformed address (bad port, bad IPv6) stays as written
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".").lower()
    if ":" in host:  # an IPv6 literal keeps its brackets, or the address would lose its host
        host = f"[{host}]"
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    # an empty query is dropped, and the path then ends the address: its end spaces too
    path = (parts.path if parts.query else parts.path.rstrip()) or "/"
    if not netloc:  # no host ("http:////"): a path starting with "//" would be read as a host the next time
        path = "/" + path.lstrip("/")
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def site_root(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


# A site's home page: its root, the index or "accueil" page a root often answers with, in one language or not
# (/fr/, /fr-FR/accueil); the languages French city sites and platforms offer, not any two letters (/bp, /cm)
_LANGUAGE = r"(/(fr|en|de|es|it|nl|pt|ca|oc|br|eu|co)([-_][a-z]{2})?)?"
_HOME = re.compile(_LANGUAGE + r"/?(index\.(php|html?)|accueil|home)?/?", re.I)


def is_home(url) -> bool:
    """Whether the address is a site's home page (`_HOME`), with no query."""
    try:
        parts = urlsplit(url or "")
    except ValueError:  # a hostile address ("http://[x/"): no home page
        return False
    return bool(_HOME.fullmatch(parts.path)) and not parts.query


# A site's list of its news or events, page by page (/actualites/, /index.php/agenda, /fr/actus/page/3, ?paged=2): like
# its home page, a list of teasers, each announcing the page that holds what it tells of
# (/actualites.html, /mairie/toutes-les-actualites, /agenda/categorie/culture), not one item (/actualites/fete, ?p=42)
_LISTING = re.compile(r"(/index\.php)?" + _LANGUAGE + r"(/[^/]+)?/((toutes-)?(les-)?(actualites?|actus?|news|agenda|"
                      r"evenements?|agenda-des-evenements|blog))(\.html?)?(/(page|categorie|category|rubrique)/[^/]+)?/?",
                      re.I)
_PAGING = re.compile(r"((page|paged|start)=\d+(&(page|paged|start)=\d+)*)?")


def is_listing(url) -> bool:
    """Whether the address is a site's list of news or events (`_LISTING`), maybe one of its later pages."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    return bool(_LISTING.fullmatch(parts.path)) and bool(_PAGING.fullmatch(parts.query))


# A site search's page, with its results or not: a path naming a search (/recherche?q=..., Drupal
# /search/node?keys=...), a page of a CMS's search (Joomla ?option=com_finder&view=search&q=..., SPIP
# ?page=recherche), or what a visitor typed in a parameter only search boxes use (WordPress `s`, Joomla
# `searchword`, Drupal `search_api_fulltext`, TYPO3 `tx_indexedsearch[sword]`, Plone `SearchableText`, SPIP
# `recherche`). Common parameters (`q`, `search`, `keywords`) say nothing alone: a listing filtered by a
# word (/proposals?filter[search]=velo) shows its own items, and Drupal without clean URLs carries its page's
# path in `q` (?q=node/12).
_SEARCH_PATH = re.compile(r"/(search|recherche|rechercher|suche|resultats?-(de-)?(la-)?recherche|search-results)(/|\.\w+$|$)", re.I)
_SEARCH_PAGE = frozenset({"search", "recherche", "com_search", "com_finder"})
_SEARCH_ONLY_PARAMETERS = frozenset({"s", "searchword", "search_api_fulltext", "sword", "searchabletext", "recherche",
                                     "motcle"})


def is_search_results(url: str) -> bool:
    """Whether the address is a site search's page (see `_SEARCH_PATH`)."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    if _SEARCH_PATH.search(parts.path):
        return True
    for part in parts.query.split("&"):
        name, _, value = part.partition("=")
        name, value = unquote(name).lower(), unquote_plus(value).strip().lower()
        name = name.rsplit("[", 1)[-1].rstrip("]") if name.endswith("]") else name
        if value in _SEARCH_PAGE and name in ("view", "option", "page"):
            return True
        if name in _SEARCH_ONLY_PARAMETERS and any(c.isalpha() for c in value):
            return True
    return False

"""URL handling shared by the spider, the detectors and the seed reader."""
import ipaddress
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

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


def _ip(host: str):
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    # Browsers and some HTTP stacks also read 2130706433, 0x7f.1 or 017700000001 as IPv4.
    try:
        if host.isdigit() or host.lower().startswith("0x"):
            return ipaddress.ip_address(int(host, 0))
    except ValueError:
        pass
    return None


def is_private_host(host: str) -> bool:
    """Loopback, link-local, private-range or local-only names: never crawled unless allowed."""
    host = host.rstrip(".").lower()
    if host == "localhost" or host.endswith(_LOCAL_SUFFIXES) or "." not in host.strip("[]") and _ip(host) is None:
        return True
    ip = _ip(host)
    return ip is not None and not ip.is_global


def normalize_url(url: str) -> str:
    """Canonical form for de-duplication: lower-case scheme and host, no fragment, no default port."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def site_root(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))

"""Pages built by scripts: an empty application shell is rendered in headless Chromium.

A shell (a root element, a script bundle, almost no visible text) says nothing to the detectors
until its scripts run. The downloader middleware here sends such a page once more, through
scrapy-playwright, to Debian's ``chromium``; the rendered DOM is what the spider and the detectors
read. Scripts run in the browser only, which is sandboxed and bounded in time; renders are bounded
per city (``CITYCRAWL_MAX_RENDERS``) and counted (``citycrawl/renders``, ``citycrawl/renders_skipped``).
"""
import logging
import os
import re
import shutil
from pathlib import Path

import lxml.html

from citycrawl.detect.page import visible_text
from citycrawl.detect.text import squash
from citycrawl.urls import host_of, is_private_host, registrable_domain

log = logging.getLogger(__name__)

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
# Hosts Chromium calls by itself (updates, extensions, autofill, accounts, safe browsing): never
# resolved, and never sent to the crawl's proxy either (see launch_options).
BROWSER_HOME_HOSTS = ("update.googleapis.com", "clients2.google.com", "clients2.googleusercontent.com",
                      "accounts.google.com", "content-autofill.googleapis.com", "safebrowsing.googleapis.com",
                      "optimizationguide-pa.googleapis.com", "redirector.gvt1.com", "edgedl.me.gvt1.com",
                      "www.googleapis.com")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  # the browser's own calls home (updates, autofill, accounts): none leaves a crawl
                  "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
                  "--disable-client-side-phishing-detection", "--disable-breakpad",
                  "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,"
                  "CertificateTransparencyComponentUpdater,SignInProfileCreation,"
                  # the page is fetched at the address the crawl asked, never probed over https first
                  "HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
                  "--host-resolver-rules=" + ", ".join(f"MAP {h} ~NOTFOUND" for h in BROWSER_HOME_HOSTS)]
SHELL_MAX_TEXT = 200  # characters of visible text under which a page with a root and a bundle is a shell
SHELL_MAX_BYTES = 512 * 1024  # a shell is small; a big page has its content already
ROOT_IDS = {"app", "root", "__next", "__nuxt", "main-app", "application"}
ROOT_TAGS = {"app-root"}
_MOUNT_ID = re.compile(r"(?i:(^|[-_])(root|app|mount)([-_]|$))|[a-z](Root|App|Mount)")
_SHELL_FURNITURE = {"script", "noscript", "style", "template", "link", "meta"}
BROWSER_ONLY_TYPES = {"image", "media", "font"}  # never needed to read the DOM: not fetched
CROSS_SITE_TYPES = {"script", "stylesheet"}  # what a page may take from a CDN


def chromium_path() -> str:
    """The system's Chromium (Debian's ``chromium`` package), or '' when there is none."""
    for candidate in CHROMIUM_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium") or ""


def is_app_shell(body: bytes) -> bool:
    """True for a page whose content is drawn by its scripts: a root element an application mounts
    on (``#app``, ``#root``, ``#__next``, ``<app-root>``...), at least one external script, and
    little visible text besides."""
    if not body or len(body) > SHELL_MAX_BYTES:
        return False
    try:
        tree = lxml.html.document_fromstring(body)
    except (ValueError, lxml.etree.ParserError):
        return False
    has_root = has_bundle = False
    text = 0
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ROOT_TAGS or element.get("id") in ROOT_IDS or element.get("data-reactroot") is not None:
            has_root = True
        elif tag == "script" and element.get("src"):
            has_bundle = True
    body_element = tree.find("body")
    if body_element is not None:
        has_root = has_root or _bare(body_element) or any(_own_mount(child, body_element) for child in body_element)
        text = len(squash(visible_text(body_element, SHELL_MAX_BYTES)))
    return has_root and has_bundle and text < SHELL_MAX_TEXT


def _bare(body, but=None) -> bool:
    """Whether <body> holds nothing but scripts and empty elements (besides `but`): a bundle then draws the page,
    on an element of any name or on one it appends itself (``document.body.appendChild``)."""
    return all(child is but or child.tag in _SHELL_FURNITURE or (len(child) == 0 and not (child.text or "").strip())
               for child in body if isinstance(child.tag, str))


def _own_mount(element, body) -> bool:
    """Whether a child of <body> is the one element an application of its own naming mounts on (``<div
    id="agora-root">``, ``vue-app``, ``appRoot``): the known ids are only the frameworks' defaults. Every other
    element under <body> is a script, a fallback or empty, as in a shell (an ordinary page's ``#fb-root`` stands
    among its content)."""
    if not _MOUNT_ID.search(element.get("id") or ""):
        return False
    return _bare(body, but=element)


def read_as_fetched(failure):
    """The request of a page whose render failed (a load past its timeout, a page the browser may not open), to
    read the page as fetched; RenderMiddleware asks no second render of it. None for any other failure."""
    request = failure.request
    if not request.meta.get("playwright"):
        return None
    log.warning("render of %s failed (%s): its markup is read as fetched", request.url, failure.value)
    return request.replace(meta={**request.meta, "playwright": False}, dont_filter=True)


def should_abort(request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: what the browser may not fetch for a page it renders. Never a
    private network address; no images, media or fonts; scripts and style sheets from the page's
    site or a CDN; data requests (fetch, XHR...) from the page's own site only."""
    host = host_of(request.url)
    if not request.url.startswith(("http://", "https://")):
        return not request.url.startswith(("data:", "blob:", "about:"))
    if is_private_host(host):
        return True
    if request.resource_type in BROWSER_ONLY_TYPES:
        return True
    if request.is_navigation_request():
        return False
    try:
        page_host = host_of(request.frame.url)
    except Exception:  # a worker's request has no frame: keep to the strictest rule
        return True
    if registrable_domain(host) == registrable_domain(page_host):
        return False
    return request.resource_type not in CROSS_SITE_TYPES


def launch_options() -> dict:
    """PLAYWRIGHT_LAUNCH_OPTIONS: the system's Chromium, never a downloaded browser, and the
    crawl's proxy when there is one."""
    options = {"executable_path": chromium_path() or CHROMIUM_CANDIDATES[0], "headless": True,
               "args": CHROMIUM_FLAGS, "chromium_sandbox": False}
    proxy = os.environ.get("http_proxy") or os.environ.get("HTTP_PROXY")
    if proxy:
        options["proxy"] = {"server": proxy, "bypass": ",".join(BROWSER_HOME_HOSTS)}
    return options


class RenderMiddleware:
    """Turns a fetched application shell into a render request (``meta["playwright"]``), at most
    CITYCRAWL_MAX_RENDERS times per city. CITYCRAWL_RENDER: "auto" (on when a Chromium is found),
    true or false."""

    def __init__(self, crawler):
        settings = crawler.settings
        wanted = str(settings.get("CITYCRAWL_RENDER", "auto")).lower()
        found = bool(chromium_path())
        self.enabled = found if wanted == "auto" else settings.getbool("CITYCRAWL_RENDER")
        self.max_renders = settings.getint("CITYCRAWL_MAX_RENDERS")
        self.timeout_ms = int(settings.getfloat("CITYCRAWL_RENDER_TIMEOUT") * 1000)
        self.max_size = settings.getint("DOWNLOAD_MAXSIZE")
        self.stats = crawler.stats
        self.renders = {}  # city -> renders asked
        if wanted == "auto" and not found:
            log.warning("rendering off: no Chromium found; pages built by scripts are read as their empty "
                        "shells (install Debian's chromium package: scripts/install-system-deps.sh)")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        meta = request.meta
        if meta.get("citycrawl_rendered"):
            if self.max_size and len(response.body) > self.max_size:  # the rendered DOM is bounded too
                self.stats.inc_value("citycrawl/renders_truncated")
                return response.replace(body=response.body[:self.max_size])
            return response
        if (response.status != 200 or b"html" not in (response.headers.get("Content-Type") or b"")
                or not is_app_shell(response.body)):
            return response
        city = meta.get("city")
        if not self.enabled or self.renders.get(city, 0) >= self.max_renders:
            self.stats.inc_value("citycrawl/renders_skipped")
            return response
        self.renders[city] = self.renders.get(city, 0) + 1
        self.stats.inc_value("citycrawl/renders")
        from scrapy_playwright.page import PageMethod  # only when rendering is on
        return request.replace(dont_filter=True, meta={
            **meta, "citycrawl_rendered": True, "playwright": True,
            "playwright_page_goto_kwargs": {"timeout": self.timeout_ms, "wait_until": "load"},
            "playwright_page_methods": [PageMethod("wait_for_load_state", "networkidle", timeout=self.timeout_ms)],
        })

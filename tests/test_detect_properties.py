"""Crawled pages are hostile input: no detector raises, whatever the markup or the address."""
from hypothesis import HealthCheck, given, settings, strategies as st

from citycrawl.detect import DETECTORS, Page
from citycrawl.detect.social import account

TAGS = ["html", "head", "body", "form", "textarea", "input", "a", "footer", "nav", "article", "script", "style",
        "meta", "th", "h1", "h2", "label", "iframe", "link", "div", "p", "select", "button", "noscript", "svg"]
ATTRS = ["href", "src", "id", "class", "name", "type", "rel", "content", "action", "style", "role", "for", "value"]
WORDS = ["https://www.facebook.com/", "mailto:", "@", "sharer", "disqus_thread", "viewtopic.php", "decidim-packs",
         "budget participatif", "sondage", "pétition", "forum", "contact", "javascript:", "//", "\x00", "é", "<", "&#x0;"]

fragments = st.one_of(
    st.text(max_size=30),
    st.sampled_from(WORDS),
    st.builds(lambda t, a, v: f"<{t} {a}=\"{v}\">", st.sampled_from(TAGS), st.sampled_from(ATTRS),
              st.one_of(st.sampled_from(WORDS), st.text(max_size=20))),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
)
html_documents = st.lists(fragments, max_size=60).map("".join)
urls = st.one_of(st.text(max_size=60), st.from_regex(r"https?://[a-z0-9.\-\[\]:@]{0,30}/[^\s]{0,40}", fullmatch=True))

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(html_documents, urls)
def test_no_detector_raises_on_broken_html(html, url):
    for as_bytes in (False, True):
        page = Page.from_html(html.encode("utf-8", "surrogatepass") if as_bytes else html, url)
        for _, detect in DETECTORS:
            for finding in detect(page):
                assert len(finding.detail) <= 200


@FAST
@given(st.binary(max_size=400), urls)
def test_no_detector_raises_on_random_bytes(body, url):
    page = Page.from_html(body, url)
    for _, detect in DETECTORS:
        detect(page)
    page.links()


@FAST
@given(urls, st.text(max_size=30))
def test_account_never_raises_and_gives_canonical_https(url, hints):
    found = account(url, hints)
    if found:
        assert found[2].startswith("https://")

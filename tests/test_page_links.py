"""Page.absolute's fast paths give the address urljoin gives, for any href."""
from urllib.parse import urljoin

from hypothesis import given, settings, strategies as st

from citycrawl.detect.page import Page

BASES = ["http://www.ville.fr/", "https://www.ville.fr/actualites/article-12.html", "https://www.ville.fr/a/b/?q=1",
         "http://ville.fr", "https://www.ville.fr/dossier/", "https://www.ville.fr/x;p/y#frag"]
HREF = st.text(alphabet="abcz019./?=&:%_-#~ \\", max_size=30)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(BASES), HREF)
def test_absolute_is_urljoin(base, href):
    page = Page.from_html("<html></html>", base)
    try:
        expected = urljoin(base, href.strip()).split("#", 1)[0]
    except ValueError:
        expected = ""
    got = page.absolute(href)
    if got:
        assert got == expected, (base, href)
    else:  # left out: nothing fetchable (javascript:, a fragment, another scheme)
        assert not expected.startswith(("http://", "https://")) or href.strip().startswith("#") or not href.strip()

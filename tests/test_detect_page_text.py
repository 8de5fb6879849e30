"""A page's visible text, main text and prose, on tricky markup and against a plain walk of the tree."""
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from citycrawl.detect.page import Page, _joined_prefix, text_content, visible_text
from citycrawl.detect.text import _INCLUSIVE, _REPLACE, _plain_form, fold, squash

TRICKY = """<html><head><title>T</title><style>h1 {}</style></head><body>
<header>Ville <a href="/">Accueil</a></header>
<nav><ul><li><a href="/a">Agenda</a></li><li><a href="/c">Contact</a></li></ul></nav>
<main><h1>Budget<script>var x = "<b>no</b>";</script> participatif</h1>
<!-- a comment -->Proposez<?php echo 1 ?> vos idées.
<noscript><p>Activez <style>p {}</style>JavaScript</p> svp</noscript>après noscript
<svg><text>icon</text><script>s()</script></svg><span>Votez</span>
<ul><li>Une <a href="/p">page</a> liée</li><li>Un point sans lien</li></ul>
<p>Lire <a href="/suite">la suite <em>ici</em></a> maintenant.</p>
<li><nav>menu dans un item</nav><a href="/x">lien</a></li>
<aside>Publicité <a href="/pub">pub</a></aside>fin</main>
<footer>Mentions</footer></body></html>"""


def test_visible_text_leaves_out_scripts_styles_comments_and_svg_but_keeps_their_tails():
    page = Page.from_html(TRICKY, "https://www.ville.fr/")
    assert page.text == ("Ville Accueil Agenda Contact Budget participatif Proposez vos idées. après noscript "
                         "Votez Une page liée Un point sans lien Lire la suite ici maintenant. menu dans un item "
                         "lien Publicité pub fin Mentions")


def test_main_text_leaves_out_navigation_header_footer_and_sidebars():
    page = Page.from_html(TRICKY, "https://www.ville.fr/")
    assert page.main_text == ("Budget participatif Proposez vos idées. après noscript Votez Une page liée "
                              "Un point sans lien Lire la suite ici maintenant. lien fin")


def test_prose_leaves_out_links_and_the_list_items_holding_one():
    page = Page.from_html(TRICKY, "https://www.ville.fr/")
    assert page.prose == "Budget participatif Proposez vos idées. après noscript Votez Un point sans lien Lire maintenant. fin"


def test_visible_text_of_an_element_joins_its_text_nodes_with_a_space_and_stops_at_the_limit():
    page = Page.from_html("<p>a<b>b</b>c<script>x</script>d<!-- e -->f</p><div><i>g</i>h</div>", "https://x.fr/")
    p, div = page.tree.find(".//p"), page.tree.find(".//div")
    assert visible_text(p, 100) == "a b c d f"
    assert visible_text(div, 100) == "g h"  # no script inside: the other way through the tree, same text
    assert visible_text(p, 3) == "a b"
    assert visible_text(page.tree.find(".//script"), 100) == ""


@given(st.lists(st.text(max_size=5), max_size=350), st.integers(0, 500))
def test_the_texts_joined_up_to_a_limit_are_the_start_of_all_of_them_joined(texts, limit):
    assert _joined_prefix(texts, limit) == " ".join(texts)[:limit]


@given(st.text(alphabet=st.characters(max_codepoint=0x17f)) | st.text())
def test_folding_is_the_general_folding_for_any_text_ascii_or_not(text):
    general = text
    for old, new in _REPLACE:
        general = general.replace(old, new)
    general = _INCLUSIVE.sub(_plain_form, general)
    assert fold(text) == unicodedata.normalize("NFKD", general).encode("ascii", "ignore").decode("ascii").lower()


@pytest.mark.parametrize("text, folded", [
    ("Les élu·es rencontrent les habitant·e·s", "les elus rencontrent les habitants"),
    ("citoyen·ne·s, chacun·e, acteur·rice·s", "citoyens, chacun, acteurs"),
    ("les Quimpérois·e·s", "les quimperois"),
    ("les habitant(e)s et les élu•e•s", "les habitants et les elus"),
    ("la col·lecció", "la colleccio"),  # a Catalan l·l is no inclusive ending: only its dot goes, as any sign's
    ("8000 € pour vos projets, 1,2 M€ en tout", "8000 euros pour vos projets, 1,2 millions d'euros en tout"),
])
def test_inclusive_writing_and_the_euro_sign_are_read_as_the_rules_write_them(text, folded):
    assert fold(text) == folded


@given(st.lists(st.text(alphabet=st.characters(max_codepoint=0x17f)) | st.text()))
def test_texts_are_folded_character_by_character(texts):
    assert fold("\n".join(texts)) == "\n".join(map(fold, texts))


def test_text_content_of_a_link_with_or_without_children():
    page = Page.from_html('<a href="/a">Agenda</a><a href="/b"><!-- c -->Vos <b>idées</b></a><a href="/c"></a>',
                          "https://x.fr/")
    assert [text_content(a) for a in page.tree.iter("a")] == ["Agenda", "Vos idées", ""]


def test_a_page_without_body_has_its_whole_text_as_main_text_and_prose():
    page = Page.from_html("<html><frameset><frame src='a.html'></frameset></html>", "https://x.fr/")
    assert page.tree.find("body") is None
    assert page.text == page.main_text == page.prose == ""


@pytest.mark.parametrize("mark", ["\ufdd1", "&#xFDD2;", "&#64976;"])
def test_a_page_whose_text_holds_a_mark_of_the_walk_gets_the_prose_of_the_marked_walk(mark):
    html = (f"<html><body><nav>menu {mark} x</nav><p>Texte {mark} suite <a href='/'>lien</a> fin</p>"
            "<footer>pied</footer></body></html>")
    alone, after_text = Page.from_html(html, "https://x.fr/"), Page.from_html(html, "https://x.fr/")
    assert after_text.text  # the marked walk, whose prose is cut from its output
    assert alone.prose == after_text.prose


# The reference: a plain recursive walk of the tree in Python.
SKIP = {"script", "style", "noscript", "template", "svg"}
OUT_OF_MAIN = {"nav", "header", "footer", "aside"}


def _parts(el, leave_out, quiet=False):
    """(text, inside a link) of each visible text node under `el`, in document order."""
    if not isinstance(el.tag, str) or el.tag in leave_out:
        return []
    quiet = quiet or el.tag == "a" or (el.tag == "li" and el.find(".//a") is not None)
    found = [(el.text, quiet)] if el.text else []
    for child in el:
        found += _parts(child, leave_out, quiet)
        if child.tail:
            found.append((child.tail, quiet))
    return found


TAGS = ["div", "p", "a", "li", "ul", "nav", "header", "footer", "aside", "script", "style", "noscript",
        "svg", "template", "span", "b"]
fragments = st.one_of(
    st.sampled_from(["x", " y ", "Budget participatif", "<!-- c -->", "é", "\n"]),
    st.builds(lambda t: f"<{t}>", st.sampled_from(TAGS)),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fragments, max_size=40).map("".join))
def test_the_texts_are_those_of_a_plain_walk(html):
    page = Page.from_html(f"<html><body>{html}</body></html>", "https://x.fr/")
    body = page.tree.find("body")
    alone = Page.from_html(f"<html><body>{html}</body></html>", "https://x.fr/").prose  # the prose walk alone
    assert alone == squash(" ".join(text for text, quiet in _parts(body, SKIP | OUT_OF_MAIN) if not quiet))
    assert page.text == squash(" ".join(text for text, _ in _parts(body, SKIP)))
    main = _parts(body, SKIP | OUT_OF_MAIN)
    assert page.main_text == squash(" ".join(text for text, _ in main))
    assert page.prose == squash(" ".join(text for text, quiet in main if not quiet))
    for el in body.iter():
        if isinstance(el.tag, str):
            assert visible_text(el, 10_000) == " ".join(text for text, _ in _parts(el, SKIP))
            assert text_content(el) == el.text_content()


def test_an_xhtml_page_with_an_xml_declaration_is_read_whole():
    """Older sites (phpBB 2, SPIP, many city sites of the 2000s) open with <?xml ... encoding=...?>;
    the text Scrapy decoded still holds it, and the page must not read as empty."""
    xhtml = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
             'Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
             '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Mairie</title></head>'
             '<body><h1>Conseils de quartier</h1><a href="/cq">Les conseils</a></body></html>')
    for body in (xhtml, xhtml.encode("iso-8859-1")):
        page = Page.from_html(body, "https://www.ville.fr/")
        assert page.heading_text.startswith("mairie") and "Conseils de quartier" in page.text
        assert [url for _, url, _ in page.anchors] == ["https://www.ville.fr/cq"]


def test_links_keep_every_link_in_order_and_every_mail_address():
    """A page links to the same pages from its menus, body and footer: each address is resolved once,
    and every link is still read, with its own text, in document order."""
    page = Page.from_html('<a href="/contact">Contact</a><a href="mailto:mairie@x.fr">Écrire</a>'
                          '<a href="../agenda">Agenda</a><a href="/contact">Nous écrire</a>'
                          '<a href="mailto:mairie@x.fr">mairie@x.fr</a><a href="#haut">Haut</a><a href="/contact#plan">Plan</a>',
                          "https://x.fr/vie/page.html")
    assert page.links() == [("https://x.fr/contact", "Contact"), ("https://x.fr/agenda", "Agenda"),
                            ("https://x.fr/contact", "Nous écrire"), ("https://x.fr/contact", "Plan")]
    assert page.mailtos == ["mailto:mairie@x.fr", "mailto:mairie@x.fr"]

"""Which pages are application shells to render, and which are ordinary pages read as fetched."""
import pytest

from citycrawl.render import is_app_shell

SHELLS = {
    "vue": """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Participez</title>
        <link rel="stylesheet" href="/css/app.4f2a.css"></head><body>
        <noscript>Activez JavaScript pour utiliser ce site.</noscript><div id="app"></div>
        <script src="/js/chunk-vendors.9b1c.js"></script><script src="/js/app.77e0.js"></script></body></html>""",
    "react": """<!doctype html><html><head><title>Ma ville</title></head><body><div id="root"></div>
        <script type="module" src="/assets/index-3a9f.js"></script></body></html>""",
    "next": """<html><head><title>Concertation</title><script src="/_next/static/chunks/main.js" defer></script>
        </head><body><div id="__next"><div class="spinner">Chargement…</div></div>
        <script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"long": "%s"}}}</script>
        </body></html>""" % ("x" * 3000),
    "angular": """<html><head><base href="/"><title>Budget participatif</title></head><body>
        <app-root></app-root><script src="runtime.js"></script><script src="main.js"></script></body></html>""",
}

ORDINARY = {
    "article": """<html><head><title>Conseil municipal</title><script src="/js/jquery.min.js"></script></head>
        <body><div id="app"><h1>Conseil municipal du 12 mars</h1><p>%s</p></div></body></html>"""
        % ("Le conseil municipal s'est réuni pour voter le budget et les subventions aux associations. " * 5),
    "no_bundle": """<html><body><div id="root"></div><script>document.title = "x";</script></body></html>""",
    "no_root": """<html><body><div id="page"></div><script src="/main.js"></script></body></html>""",
    "static_contact": """<html><head><title>Contact</title></head><body><form action="/envoyer" method="post">
        <label>Nom <input name="nom"></label><label>Message <textarea name="message"></textarea></label>
        <button>Envoyer</button></form></body></html>""",
    "empty": "",
    "not_html": "\x00\x01\x02",
}


@pytest.mark.parametrize("name", SHELLS)
def test_an_application_shell_is_rendered(name):
    assert is_app_shell(SHELLS[name].encode())


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_page_is_read_as_fetched(name):
    assert not is_app_shell(ORDINARY[name].encode())


def test_a_big_page_is_never_a_shell():
    big = SHELLS["react"].replace("</body>", "<!--" + "x" * 600_000 + "--></body>")
    assert not is_app_shell(big.encode())

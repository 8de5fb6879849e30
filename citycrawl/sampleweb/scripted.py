"""The scripted corner: a city whose participation pages are drawn by a script in the browser.

Each participation page is served as an empty application shell (a root element and a bundle);
the bundle asks the site's JSON API for the page's content and builds it: an ideas form, a
survey, a petition. A crawler that reads the fetched HTML sees nothing; one that renders the
page finds every feature. Used by tests/test_render.py only, not by the demo.

A second site, served but seeded by no truth (``LOOPING_HOST``), holds shells whose script never yields once the page
has loaded: the browser never answers for their DOM, and a render of them must be given up without holding the
browser, while its questionnaire, drawn as above, is still rendered.
"""
import json
from html import escape

from . import widgets as w
from .handmade import home
from .hostile import CustomHost
from .site import City, Site, page
from .web import Reply

HOST = "www.ville-scriptee.fr"
NAME = "Ville-Scriptée"
BUNDLE = "/static/js/participation.3e9c1d.js"
API = "/api/contenu"
TRACKER = "mesure.traceur-exemple.net"  # a third-party data host the page calls
PRIVATE = "192.168.1.1"  # an address in a private range
PIXEL = "stats/pixel.gif"  # an image on the page's own site

# path -> (title, introduction, markup of the block the script inserts, features)
_PAGES = {
    "/participer/idees/": (
        "Vos idées pour la ville",
        "Proposez vos idées pour améliorer la vie du quartier : les élus répondent chaque trimestre.",
        w.idea_box("/api/idees"), {"suggestion_call", "contact_form"}),
    "/participer/questionnaire/": (
        "Questionnaire sur la propreté",
        "Enquête en ligne ouverte à tous les habitants jusqu'au 30 juin.",
        w.questionnaire("/api/questionnaire", "Répondez en deux minutes.", [
            ("Les rues de votre quartier sont-elles propres ?", ["Oui", "Plutôt", "Non"]),
            ("Faut-il plus de corbeilles ?", ["Oui", "Non"])]),
        {"poll"}),
    "/participer/petitions/": (
        "Pétitions citoyennes",
        "Toute pétition qui réunit 300 signatures est débattue en conseil municipal.",
        w.petition_form("/api/petitions", "Pour un marché le dimanche matin", 187), {"petition"}),
}

# The application: no content in the HTML, everything from the API once the page has loaded.
_BUNDLE_JS = """(function () {
  var root = document.getElementById("app");
  fetch("%s?chemin=" + encodeURIComponent(location.pathname))
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var title = document.createElement("h1");
      title.textContent = data.titre;
      var intro = document.createElement("p");
      intro.textContent = data.introduction;
      var block = document.createElement("section");
      block.className = "bloc-participation";
      block.innerHTML = data.bloc;
      root.replaceChildren(title, intro, block);
      document.title = data.titre;
    });
  // What a crawl must not let a page do: call a tracker, reach into the private network, load images.
  fetch("http://%s/collecte?page=" + encodeURIComponent(location.pathname)).catch(function () {});
  fetch("http://%s/admin/").catch(function () {});
  new Image().src = "/%s";
})();
""" % (API, TRACKER, PRIVATE, PIXEL)


def _shell(name=NAME, bundle=BUNDLE):
    # The application's one title, as most bundles ship it: the page's own title comes with its data.
    return Reply.html(
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{escape(name)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
        f'<noscript>Ce site nécessite JavaScript.</noscript><div id="app"></div>'
        f'<script src="{bundle}" defer></script></body></html>')


def _special(request):
    path, _, query = request.target.partition("?")
    if path in _PAGES:
        return _shell()
    if path == BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _BUNDLE_JS.encode())
    if path == API:
        wanted = query.removeprefix("chemin=").replace("%2F", "/")
        if wanted in _PAGES:
            title, intro, block, _features = _PAGES[wanted]
            body = json.dumps({"titre": title, "introduction": intro, "bloc": block}).encode()
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")], body)
        return Reply.text(404, "inconnu")
    return None


def _site():
    teasers = [(path, title, "") for path, (title, *_rest) in _PAGES.items()] + [("/contact/", "Contact", "")]
    pages = [page("/", "Accueil", home("Bienvenue sur le site de la ville.", teasers))]
    pages += [page(path, title, "", features) for path, (title, _i, _b, features) in _PAGES.items()]
    pages.append(page("/contact/", "Contact", w.vendor_contact("/contact/"), {"contact_form"}))
    return Site(HOST, "vendor", NAME, pages=pages, address=f"Hôtel de ville, {NAME}")


_SITE = _site()
SHELL_URLS = tuple(_SITE.url(path) for path in _PAGES)


def cities():
    yield City("99401", NAME, 61_000, "75", "11", "Île-de-France", f"http://{HOST}/", [_SITE])


LOOPING_HOST = "www.ville-bouclee.fr"
LOOPING_NAME = "Ville-Bouclée"
LOOPING_BUNDLE = "/static/js/carte.9f0b2e.js"
LOOPING_PATHS = ("/carte/quartiers/", "/carte/travaux/")
QUESTIONNAIRE = "/participer/questionnaire/"
# Once the page has loaded, a script that never gives the page back (a map redrawn forever, or a hostile page).
_LOOPING_JS = 'window.addEventListener("load", function () { setTimeout(function () { for (;;) {} }, 0); });'


def _looping_special(request):
    path = request.target.partition("?")[0]
    if path in LOOPING_PATHS:
        return _shell(LOOPING_NAME, LOOPING_BUNDLE)
    if path == LOOPING_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _LOOPING_JS.encode())
    return _special(request)  # the questionnaire, its bundle and its data, as on the first site


def _looping_site():
    title = _PAGES[QUESTIONNAIRE][0]
    teasers = [(path, "Carte", "") for path in LOOPING_PATHS] + [(QUESTIONNAIRE, title, "")]
    pages = [page("/", "Accueil", home("Bienvenue sur le site de la ville.", teasers))]
    pages += [page(path, "Carte", "") for path in LOOPING_PATHS] + [page(QUESTIONNAIRE, title, "", {"poll"})]
    return Site(LOOPING_HOST, "vendor", LOOPING_NAME, pages=pages, address=f"Hôtel de ville, {LOOPING_NAME}")


def hosts():
    return {HOST: CustomHost(_SITE, _special), LOOPING_HOST: CustomHost(_looping_site(), _looping_special)}

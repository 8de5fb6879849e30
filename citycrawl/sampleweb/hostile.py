"""The hostile corner: hosts that misbehave the ways the real web does, each the site of one city.

Traps, loops, errors, silence, resets, oversized and endless bodies, broken markup and encodings,
robots.txt rules, links into private networks and markup injection. Each city states the
``crawl_status`` a correct crawler reports for it.
"""
import functools
import random
import zlib

from . import widgets as w
from .handmade import home
from .site import City, Site, page, social
from .web import HANG, RESET, Reply, SiteHost

BIG_PAGE_BYTES = 60 * 1024 * 1024
GZIP_INFLATED_BYTES = 1024 ** 3  # what the "gzip bomb" inflates to, from about 1 MB on the wire:
# under the download size limit, so only the limit on the inflated size can stop it
_CHUNK = 64 * 1024
CONTACT = {"contact_form"}


class CustomHost(SiteHost):
    """A site whose ``special(request)`` answers first; ``None`` falls back to the site's pages."""

    def __init__(self, site, special):
        super().__init__(site)
        self.special = special

    def respond(self, request):
        return self.special(request) or super().respond(request)


class FixedHost:
    def __init__(self, reply):
        self.reply = reply

    def respond(self, request):
        return self.reply


def _vendor(host, title, pages, **kw):
    return Site(host, "vendor", title, pages=pages, address=f"Hôtel de ville, {title}", **kw)


# ---- the crawler trap ---------------------------------------------------------------------------

def _agenda(request):
    if not request.target.startswith("/agenda/"):
        return None
    month = 0
    for part in request.target.split("?", 1)[-1].split("&"):
        if part.startswith("mois="):
            month = int(part[5:]) if part[5:].isdigit() else 0
    sid = zlib.crc32(f"{request.target}".encode())  # a new "session id" at every step
    return Reply.html(f"<!DOCTYPE html><html lang=\"fr\"><head><title>Agenda, mois {month}</title></head><body>"
                      f"<h1>Agenda</h1><p>Aucun événement ce mois-ci.</p>"
                      f'<a href="/agenda/?mois={month + 1}&amp;PHPSESSID={sid:08x}">Mois suivant</a> '
                      f'<a href="/agenda/?mois={month - 1}&amp;PHPSESSID={sid + 1:08x}">Mois précédent</a></body></html>')


# ---- oversized and endless bodies ---------------------------------------------------------------

def _big_page():
    head = b"<!DOCTYPE html><html><head><title>Rapport annuel</title></head><body><pre>"
    line = b"Rapport annuel de la ville : tableaux et annexes. " * 20 + b"\n"
    remaining = BIG_PAGE_BYTES - len(head)

    def chunks():
        yield head
        block = line * (_CHUNK // len(line))
        left = remaining
        while left > 0:
            piece = block[:left]
            left -= len(piece)
            yield piece
    return Reply(200, [("Content-Type", "text/html; charset=utf-8")], chunks(), length=BIG_PAGE_BYTES)


@functools.lru_cache(maxsize=1)
def _gzip_parts():
    """A gzip header block and a repeatable block of deflated zeros (full flush: blocks are independent)."""
    zeros = b"\0" * (1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    return first, block


def _gzip_bomb():
    first, block = _gzip_parts()
    repeats = GZIP_INFLATED_BYTES // (1024 * 1024) - 1
    return Reply(200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
                 (piece for piece in [first] + [block] * repeats), length=len(first) + len(block) * repeats)


def _heavy(request):
    if request.target == "/rapport-annuel.html":
        return _big_page()
    if request.target == "/donnees-ouvertes.html":
        return _gzip_bomb()
    return None


# ---- broken content and encodings ---------------------------------------------------------------

def _binary(request):
    if request.target == "/document":
        data = random.Random(42).randbytes(200_000)
        return Reply(200, [("Content-Type", "text/html")], data)
    if request.target == "/contact":
        return Reply(200, [("Content-Type", "text/html")], _MALFORMED.encode())
    return None


_MALFORMED = ("<html><head><title>Contact</title><body><div class=contenu><h1>Écrire à la mairie</h2>"
              "<table><tr><td><form method=post action=/contact><p>Nom <input name=nom>"
              "<p>Courriel <input type=email name=courriel><p>Message<textarea name=message rows=6></textarea>"
              "<p><input type=submit value=Envoyer></td></form></table></div><div><span><b>Fin")

_LEGACY = ("<html><head><title>{title}</title>{meta}</head><body><h1>Écrivez à la mairie</h1>"
           "<p>Vous souhaitez signaler un problème ou poser une question ? Écrivez-nous, nous répondrons "
           "à votre demande dans les délais prévus par la réglementation.</p>"
           '<form method="post" action="/contact.php"><p>Nom : <input type="text" name="nom"></p>'
           '<p>Courriel : <input type="text" name="email"></p><p>Votre message :<br>'
           '<textarea name="message" rows="8" cols="50"></textarea></p><p><input type="submit" value="Envoyer"></p></form>'
           '<p><a href="/">Retour à l\'accueil</a> – Été 2024 – « Ville fleurie » – Œuvres d\'art</p></body></html>')


def _legacy(charset, declared):
    def special(request):
        if request.target == "/contact.php":
            meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">' if declared else ""
            return Reply(200, [("Content-Type", "text/html")],
                         _LEGACY.format(title="Contact – Mairie", meta=meta).encode(charset, "xmlcharrefreplace"))
        return None
    return special


# ---- private networks and injection -------------------------------------------------------------

PRIVATE_TARGETS = ("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://localhost/admin",
                   "http://127.0.0.1:{port}/")


def _private_links(request):
    if request.target != "/liens-utiles":
        return None
    items = "".join(f'<li><a href="{url.format(port=request.port)}">Consultation citoyenne {n}</a></li>'
                    for n, url in enumerate(PRIVATE_TARGETS, 1))
    return Reply.html(f"<!DOCTYPE html><html lang=\"fr\"><head><title>Liens utiles</title></head><body>"
                      f"<h1>Liens utiles</h1><ul>{items}</ul><p><a href=\"/\">Accueil</a></p></body></html>")


INJECTED_TITLE = '<script>alert("titre")</script>Mairie'
INJECTED_LINK = '<img src=x onerror=alert("lien")>'
INJECTED_HANDLE = 'ville"><script>alert(1)</script>'


def _injection(request):
    if request.target != "/":
        return None
    from html import escape
    body = (f"<!DOCTYPE html><html lang=\"fr\"><head><title>{escape(INJECTED_TITLE)}</title></head><body>"
            f"<h1>{escape(INJECTED_TITLE)}</h1>"
            f'<p><a href="/contact/">{escape(INJECTED_LINK)}</a></p>'
            f'<footer><a href="https://www.facebook.com/{escape(INJECTED_HANDLE, quote=True)}">Facebook</a> '
            f'<a href="https://www.facebook.com/villeinjection">Facebook officiel</a></footer></body></html>')
    return Reply.html(body)


@functools.lru_cache(maxsize=1)
def _cities_and_hosts():
    return tuple(_sites())


def cities():
    return [city for city, _ in _cities_and_hosts()]


def hosts():
    """host name -> the object that answers for it (unknown hosts are simply absent)."""
    return {city.sites[0].host: host for city, host in _cities_and_hosts() if host is not None}


# ---- the hostile cities -------------------------------------------------------------------------

def _sites():
    """(city, host objects) for every hostile city."""
    trap = _vendor("www.ville-piege.fr", "Ville-Piège", [
        page("/", "Accueil", home("Bienvenue.", [("/agenda/?mois=1&PHPSESSID=0a1b2c3d", "Agenda", "Tous les événements."),
                                                 ("/contact/", "Contact", "Écrivez-nous.")])),
        page("/contact/", "Contact", w.vendor_contact("/contact/"), CONTACT)])
    heavy = _vendor("www.ville-lourde.fr", "Ville-Lourde", [
        page("/", "Accueil", home("Bienvenue.", [("/rapport-annuel.html", "Rapport annuel (60 Mo)", ""),
                                                 ("/donnees-ouvertes.html", "Données ouvertes", ""),
                                                 ("/contact/", "Contact", "")])),
        page("/contact/", "Contact", w.vendor_contact("/contact/"), CONTACT)])
    broken = _vendor("www.ville-bancale.fr", "Ville-Bancale", [
        page("/", "Accueil", home("Bienvenue.", [("/document", "Document", ""), ("/contact", "Contact", "")])),
        page("/contact", "Contact", _MALFORMED, CONTACT)])
    windows = _vendor("www.ville-ancienne.fr", "Ville-Ancienne", [
        page("/", "Accueil", home("Bienvenue.", [("/contact.php", "Nous écrire", "")])),
        page("/contact.php", "Contact", "", CONTACT)])
    latin = _vendor("www.ville-latine.fr", "Ville-Latine", [
        page("/", "Accueil", home("Bienvenue.", [("/contact.php", "Nous écrire", "")])),
        page("/contact.php", "Contact", "", CONTACT)])
    closed = _vendor("www.ville-fermee.fr", "Ville-Fermée", [
        page("/", "Accueil", home("Bienvenue.", [("/contact/", "Contact", "")])),
        page("/contact/", "Contact", w.vendor_contact("/contact/"), CONTACT)], robots="User-agent: *\nDisallow: /\n")
    discreet = _vendor("www.ville-discrete.fr", "Ville-Discrète", [
        page("/", "Accueil", home("Bienvenue.", [("/prive/dossiers/", "Espace agents", ""), ("/contact/", "Contact", "")])),
        page("/prive/dossiers/", "Espace agents", "<p>Réservé aux agents.</p>"),
        page("/contact/", "Contact", w.vendor_contact("/contact/"), CONTACT)],
        robots="User-agent: *\nDisallow: /prive/\n")
    open_links = _vendor("www.ville-ouverte.fr", "Ville-Ouverte", [
        page("/", "Accueil", home("Bienvenue.", [("/liens-utiles", "Liens utiles", ""), ("/contact/", "Contact", "")])),
        page("/liens-utiles", "Liens utiles", ""),
        page("/contact/", "Contact", w.vendor_contact("/contact/"), CONTACT)])
    injection = _vendor("www.ville-injection.fr", "Ville-Injection", [
        page("/", INJECTED_TITLE, "", {"social_account"}),
        page("/contact/", "Contact", w.vendor_contact("/contact/"), CONTACT)])
    # The injection city's footer is hand-written in its start page: the one real account is this one.
    injection_account = social("facebook", "villeinjection")

    def city(code, name, site, status, host=None, **kw):
        return City(code, name, 50_000 + int(code[-2:]) * 1000, "75", "11", "Île-de-France",
                    f"http://{site.host}/" if isinstance(site, Site) else site, [site] if isinstance(site, Site) else [],
                    crawl_status=status, **kw), host

    def failing(host_name, reply):
        return Site(host_name, "vendor", host_name, [page("/", "Accueil", "")]), FixedHost(reply)

    loop = Site("www.ville-boucle.fr", "vendor", "Ville-Boucle", [], redirects={"/": "/accueil", "/accueil": "/"})
    error_site, error_host = failing("www.ville-panne.fr", Reply.html("<h1>Internal Server Error</h1>", 500))
    hang_site, hang_host = failing("www.ville-muette.fr", HANG)
    reset_site, reset_host = failing("www.ville-coupee.fr", RESET)
    items = [
        city("99101", "Ville-Piège", trap, "partial", CustomHost(trap, _agenda)),
        city("99102", "Ville-Boucle", loop, "unreachable", SiteHost(loop)),
        city("99103", "Ville-Panne", error_site, "error", error_host),
        city("99104", "Ville-Muette", hang_site, "unreachable", hang_host),
        city("99105", "Ville-Coupée", reset_site, "unreachable", reset_host),
        city("99106", "Ville-Fantôme", "http://www.ville-fantome.fr/", "unreachable"),
        city("99107", "Ville-Lourde", heavy, "partial", CustomHost(heavy, _heavy)),
        city("99108", "Ville-Bancale", broken, "ok", CustomHost(broken, _binary)),
        city("99109", "Ville-Ancienne", windows, "ok", CustomHost(windows, _legacy("windows-1252", None))),
        city("99110", "Ville-Latine", latin, "ok", CustomHost(latin, _legacy("iso-8859-1", "utf-8"))),
        city("99111", "Ville-Fermée", closed, "blocked", SiteHost(closed)),
        city("99112", "Ville-Discrète", discreet, "ok", SiteHost(discreet),
             never_request=("http://www.ville-discrete.fr/prive/dossiers/",)),
        city("99113", "Ville-Ouverte", open_links, "ok", CustomHost(open_links, _private_links),
             never_request=tuple(u.replace(":{port}", "") for u in PRIVATE_TARGETS)),
        city("99114", "Ville-Injection", injection, "ok", CustomHost(injection, _injection),
             decoy_accounts=("https://www.facebook.com/" + INJECTED_HANDLE,)),
        city("99115", "Ville-Mal-Saisie", "htp//www ville mal saisie", "error"),
    ]
    injection.accounts.append(injection_account)
    return items

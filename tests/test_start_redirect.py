"""A home page that redirects (`/` -> `/accueil`, as many city sites do) and links back to itself:
the city is crawled from its landing page, which stays its start page, and is fetched once. The seed
is on loopback: a host the operator seeds is crawled even though private networks are not followed."""
import csv
import http.server
import threading

import pytest

from tests.conftest import run_scrapy, run_settings

HOME = """<html><head><title>Accueil - Ville de Test</title></head><body>
<header><a href="/accueil">Ville de Test</a></header>
<nav><a href="/accueil">Accueil</a> <a href="/contact">Contact</a></nav></body></html>"""
CONTACT = """<html><head><title>Contact</title></head><body><h1>Écrire à la mairie</h1>
<form method="post" action="/contact"><label>Nom <input name="nom"></label>
<label>Courriel <input type="email" name="courriel"></label>
<label>Votre message <textarea name="message"></textarea></label><button>Envoyer</button></form></body></html>"""


class Site(http.server.BaseHTTPRequestHandler):
    requests: list = []

    def do_GET(self):
        Site.requests.append(self.path)
        if self.path == "/":
            self.send_response(302)
            self.send_header("Location", "/accueil")
            self.end_headers()
            return
        body = {"/accueil": HOME, "/contact": CONTACT, "/robots.txt": "User-agent: *\nDisallow:\n"}.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "").encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    Site.requests = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def test_a_redirecting_home_page_stays_the_start_page_and_is_fetched_once(site, tmp_path):
    seeds = tmp_path / "seeds.csv"
    seeds.write_text(f"insee_code,name,population,website\n99901,Ville de Test,60000,http://127.0.0.1:{site}/\n")
    run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", *run_settings(tmp_path),
               "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", timeout=120)
    with open(tmp_path / "exports" / "latest" / "cities.csv", newline="", encoding="utf-8") as f:
        (row,) = list(csv.DictReader(f))
    assert (row["crawl_status"], row["contact_form"], row["level"]) == ("ok", "1", "1")
    assert Site.requests.count("/accueil") == 1
    assert "/contact" in Site.requests

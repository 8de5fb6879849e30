"""A SearXNG-compatible search engine on the sample web, and engines that answer badly.

`search.sampleweb.test` answers `/search?q=...&format=json` as a SearXNG instance does, from
citycrawl/sampleweb/debate.py. The other hosts each show one way an engine fails (see each class), for the tests.
"""
import json
import re
from html import escape
from datetime import date
from urllib.parse import parse_qs, urlsplit

from citycrawl.detect.text import fold

from .debate import DOCS, published
from .web import HANG, Reply

HOST = "search.sampleweb.test"
PER_PAGE = 10
QUOTED = re.compile(r'"([^"]+)"')


class SearchHost:
    """The working engine: results for the quoted city name of the query, filtered by its terms."""
    engine = "sampleweb"

    def __init__(self):
        self.queries = 0

    def respond(self, request) -> Reply:
        parts = urlsplit(request.target)
        if parts.path == "/robots.txt":
            return Reply.text(200, "User-agent: *\nDisallow: /search\n")
        if parts.path != "/search":
            return Reply.text(404, "Not Found")
        params = parse_qs(parts.query)
        query = (params.get("q") or [""])[0]
        if (params.get("format") or [""])[0] != "json":  # SearXNG without the json format enabled
            return Reply.html("<!DOCTYPE html><html><body><p>Résultats</p></body></html>")
        self.queries += 1
        return self.answer(query)

    def answer(self, query: str) -> Reply:
        return _json({"query": query, "number_of_results": 0, "results": self.results(query),
                      "answers": [], "corrections": [], "infoboxes": [], "suggestions": [],
                      "unresponsive_engines": []})

    def results(self, query: str) -> list[dict]:
        text = fold(query)
        names = {fold(n) for n in QUOTED.findall(query)}
        today = date.today()
        found = []
        for doc in DOCS:
            if doc.name is not None and fold(doc.name) not in names:
                continue
            if doc.terms and not any(fold(t) in text for t in doc.terms):
                continue
            found.append({"url": doc.url, "title": doc.title, "content": doc.content,
                          "engine": self.engine, "engines": [self.engine],
                          "publishedDate": published(doc, today), "score": 1.0,
                          "category": "general"})
        return found[:PER_PAGE]


class RefusingHost(SearchHost):
    """HTTP 429 with a Retry-After, every time (`search-429`), or every other time (`search-flaky`)."""

    def __init__(self, every: int):
        super().__init__()
        self.every = every

    def answer(self, query):
        if (self.queries - 1) % self.every == 0:
            return Reply(429, [("Retry-After", "1"), ("Content-Type", "text/plain")], b"Too Many Requests")
        return super().answer(query)


class HtmlHost(SearchHost):
    """An HTML page where JSON was asked for (`search-html`: a block page, json format disabled)."""

    def answer(self, query):
        return Reply.html("<!DOCTYPE html><html><head><title>SearXNG</title></head>"
                          "<body><p>Too many requests</p></body></html>")


class EmptyHost(SearchHost):
    """No result, every engine behind it unresponsive (`search-empty`: engines gone or banned)."""

    def answer(self, query):
        return _json({"query": query, "results": [], "unresponsive_engines": [
            ["duckduckgo", "timeout"], ["qwant", "access denied"]]})


class HangingHost(SearchHost):
    """Never answers (`search-slow`): the client's timeout must end the wait."""

    def answer(self, query):
        return HANG


class PartialHost(SearchHost):
    """Answers every query but the petition ones, which fail with 503 (`search-partial`)."""

    def answer(self, query):
        if "petition" in fold(query):
            return Reply.text(503, "Service Unavailable")
        return super().answer(query)


class PetitionSite:
    """A petition site of the sample web: the page of each petition result that has one, and a
    robots.txt (`disallow` keeps a polite reader off its petitions)."""

    def __init__(self, host: str, disallow: str = ""):
        self.robots = f"User-agent: *\nDisallow: {disallow}\n"
        self.pages = {urlsplit(d.url).path: d for d in DOCS
                      if d.page and urlsplit(d.url).hostname == host}

    def respond(self, request) -> Reply:
        path = urlsplit(request.target).path
        if path == "/robots.txt":
            return Reply.text(200, self.robots)
        doc = self.pages.get(path)
        if doc is None:
            return Reply.text(404, "Not Found")
        page = doc.page
        created = date.today().toordinal() - page["age"]
        day = date.fromordinal(created).strftime("%d/%m/%Y")
        signatures = f"{page['signatures']:,}".replace(",", "\u202f")  # 1 517, as French pages write it
        return Reply.html(
            f'<!DOCTYPE html><html lang="fr"><head><title>{escape(doc.title)}</title></head><body>'
            f'<main><h1 class="petition-title">{escape(doc.title)}</h1>'
            f'<p class="petition-to">Destinataire : {escape(page["target"])}</p>'
            f'<p class="petition-started">Lancée le {day}</p>'
            f'<p class="petition-count"><strong>{signatures}</strong> signatures</p>'
            f'<div class="petition-text"><p>{escape(doc.content)}</p></div>'
            "<script>document.title = 'jamais exécuté';</script></main></body></html>")


def hosts() -> dict:
    """Host name -> host object. `search-missing.sampleweb.test` is not among them: its connection
    closes without an answer, as an engine that is not running."""
    return {HOST: SearchHost(), "search-429.sampleweb.test": RefusingHost(1),
            "search-flaky.sampleweb.test": RefusingHost(2), "search-html.sampleweb.test": HtmlHost(),
            "search-empty.sampleweb.test": EmptyHost(), "search-slow.sampleweb.test": HangingHost(),
            "search-partial.sampleweb.test": PartialHost(),
            "www.change.org": PetitionSite("www.change.org"),
            "www.petitions.fr": PetitionSite("www.petitions.fr"),
            "www.mesopinions.com": PetitionSite("www.mesopinions.com", disallow="/petition/")}


def _json(data) -> Reply:
    return Reply(200, [("Content-Type", "application/json")],
                 json.dumps(data, ensure_ascii=False).encode("utf-8"))

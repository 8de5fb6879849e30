"""What the server answers for each host: the sample web as a set of virtual hosts."""
import functools
from dataclasses import dataclass, field
from typing import Iterable, Optional

from . import themes
from .site import Site


@dataclass
class Reply:
    status: int
    headers: list = field(default_factory=list)
    body: "bytes | Iterable[bytes]" = b""
    length: Optional[int] = None  # required when body is an iterable of chunks
    action: Optional[str] = None  # "hang": never answer; "reset": reset the connection

    @classmethod
    def html(cls, text: str, status=200, charset="utf-8", content_type=None):
        return cls(status, [("Content-Type", content_type or f"text/html; charset={charset}")],
                   text.encode(charset, "xmlcharrefreplace"))

    @classmethod
    def text(cls, status: int, text: str):
        return cls(status, [("Content-Type", "text/plain; charset=utf-8")], text.encode())

    @classmethod
    def redirect(cls, location: str, status=301):
        return cls(status, [("Location", location), ("Content-Type", "text/html; charset=utf-8")],
                   f'<a href="{location}">Moved</a>'.encode())


HANG = Reply(0, action="hang")
RESET = Reply(0, action="reset")
NOT_FOUND_PAGE = "<!DOCTYPE html><html lang=\"fr\"><head><title>Page introuvable</title></head><body><h1>Page introuvable</h1><p><a href=\"/\">Retour à l'accueil</a></p></body></html>"


class SiteHost:
    """Serves a Site: its pages rendered by its theme (rendered once, then kept), robots.txt, redirects."""

    def __init__(self, site: Site):
        self.site = site
        self._rendered = {}

    def respond(self, request) -> Reply:
        path = request.target
        if path == "/robots.txt":
            return Reply(200, [("Content-Type", "text/plain")], self.site.robots.encode())
        if path in self.site.redirects:
            return Reply.redirect(self.site.redirects[path])
        body = self._rendered.get(path)
        if body is None:
            page = self.site.by_path.get(path)
            if page is None:
                return Reply.html(NOT_FOUND_PAGE, 404)
            body = self._rendered[path] = themes.render(self.site, page).encode()
        return Reply(200, [("Content-Type", "text/html; charset=utf-8")], body)


class Web:
    """Every host of one sample web: the handmade cities, plus generated and hostile ones on demand;
    or, with ``holdout``, the holdout cities alone."""

    def __init__(self, generated=0, seed=0, hostile=False, pages=None, scripted=False, holdout=False):
        from . import (elsewhere, generated as gen, handmade, holdout as holdout_part, hostile as hostile_corner,
                       scripted as scripted_corner, search_engine)
        self.generated, self.seed, self.pages_per_site = (0 if holdout else generated), seed, pages
        self._gen = gen
        if holdout:  # the holdout alone, scored apart (HOLDOUT.md)
            self._hosts = dict(_site_hosts(holdout_part.cities()))
            self._hosts.update(holdout_part.hosts())
            return
        self._hosts = dict(_site_hosts(handmade.cities()))
        # Sites outside every city, and the communes sharing a platform (crawled when seeded).
        self._hosts.update(_site_hosts(elsewhere.cities()))
        self._hosts.update(elsewhere.hosts())
        self._hosts.update(search_engine.hosts())  # the off-site debate searches
        if hostile:
            self._hosts.update(hostile_corner.hosts())
        if scripted:
            self._hosts.update(scripted_corner.hosts())
        self._gen = gen

    def host(self, name: str):
        found = self._hosts.get(name)
        if found is None and self.generated:
            index = self._gen.index_of(name)
            if index is not None and index < self.generated:
                found = _generated_hosts(self.seed, index, self.pages_per_site).get(name)
        return found


def _site_hosts(cities):
    for city in cities:
        for site in city.sites:
            yield site.host, SiteHost(site)


@functools.lru_cache(maxsize=512)
def _generated_hosts(seed, index, pages):
    # A few hundred generated cities at a time: enough for a crawl's working set, bounded memory.
    from . import generated
    return dict(_site_hosts([generated.city(seed, index, pages)]))

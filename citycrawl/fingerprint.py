"""Request fingerprints: one request per city and URL on the city's own hosts, one per URL for a
participation space outside every city's domains.

The city is in the fingerprint of a city's own pages, so two cities sharing a host (a metropolitan
portal that hosts its communes' pages) each get their pages. A page outside every city's domains
that several cities link to (a metropolitan participation platform, a national site) is fetched once
per run: the spider records every city that links to it, and the survey credits its findings to
each of them (citycrawl/survey/shared.py).
"""
import hashlib

from scrapy.utils.request import RequestFingerprinter
from w3lib.url import canonicalize_url


def city_fingerprint(request) -> bytes:
    city = "" if request.meta.get("external") else request.meta.get("city", "")
    key = f"{city}\n{request.method}\n{canonicalize_url(request.url)}".encode()
    return hashlib.sha1(key + (request.body or b"")).digest()


class CityRequestFingerprinter(RequestFingerprinter):
    def fingerprint(self, request) -> bytes:
        return city_fingerprint(request)

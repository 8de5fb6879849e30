"""Request fingerprints that include the city, so a participation space shared by two cities
(a metropolitan platform, say) is crawled for each of them instead of being filtered as a duplicate."""
import hashlib

from scrapy.utils.request import RequestFingerprinter
from w3lib.url import canonicalize_url


def city_fingerprint(request) -> bytes:
    city = request.meta.get("city", "")
    key = f"{city}\n{request.method}\n{canonicalize_url(request.url)}".encode()
    return hashlib.sha1(key + (request.body or b"")).digest()


class CityRequestFingerprinter(RequestFingerprinter):
    def fingerprint(self, request) -> bytes:
        return city_fingerprint(request)

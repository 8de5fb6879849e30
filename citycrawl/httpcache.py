"""The HTTP cache of periodic runs: cheap for the sites, and still a measure of them as they are now.

Every page is asked again, conditionally (If-None-Match / If-Modified-Since): an unchanged page
costs the site a 304 and no body. The cache never stands in for the site: a page is not served
from it without asking (however fresh its headers say it is), nor when the site fails to answer,
because a site that is down this month must be recorded as such."""
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import RFC2616Policy


VALIDATORS = ((b"ETag", b"If-None-Match"), (b"Last-Modified", b"If-Modified-Since"))


class RevalidatePolicy(RFC2616Policy):
    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        for header, condition in VALIDATORS:
            if header in cachedresponse.headers:
                request.headers[condition] = cachedresponse.headers[header]
        return False


class SurveyCacheMiddleware(HttpCacheMiddleware):
    def process_exception(self, request, exception, spider=None):
        request.meta.pop("cached_response", None)
        return None

"""The crawler's identity: the user agent names the project and, when given, the operator's contact.

`CITYCRAWL_CONTACT` (an e-mail address or an http(s) URL) goes into the user agent, so that a city's
webmaster who sees the crawler in the logs can reach whoever runs it. The `Contact` add-on writes it
in before the crawl starts; a USER_AGENT given on the command line still wins.
"""
import os
import re
from urllib.parse import urlsplit

from scrapy.settings import SETTINGS_PRIORITIES

from citycrawl.urls import host_of, is_private_host

PROJECT = SETTINGS_PRIORITIES["project"]
BASE_USER_AGENT = "citycrawl/0.1 (survey of online participation on city websites)"
_EMAIL = re.compile(r"[^@\s<>()\";,]+@[^@\s<>()\";,]+\.[A-Za-z]{2,}")
_URL = re.compile(r"https?://[^\s/?#<>()\";,]+\.[^\s/?#<>()\";,]+[^\s<>()\";,]*")


def contact_problem(value: str) -> str | None:
    """Why a CITYCRAWL_CONTACT value cannot go into a user agent, or None."""
    if not value or _EMAIL.fullmatch(value) or _URL.fullmatch(value):
        return None
    return "not an e-mail address or an http(s) URL (e.g. survey@example.org or https://example.org/survey)"


def user_agent(contact: str) -> str:
    return f"{BASE_USER_AGENT[:-1]}; contact: {contact})" if contact else BASE_USER_AGENT


def leaves_this_machine(hosts) -> bool:
    """True when the crawl reaches hosts beyond loopback: some seed host is not local and requests
    do not all go through a proxy on this machine (the offline sample web is reached that way)."""
    proxies = [os.environ.get(name) or os.environ.get(name.upper()) for name in ("http_proxy", "https_proxy")]
    if all(proxies) and all(is_private_host(urlsplit(p).hostname or "") for p in proxies):
        return False
    return any(not is_private_host(host) for host in hosts if host)


class Contact:
    """Scrapy add-on: the operator's contact in the user agent."""

    def update_settings(self, settings):
        contact = str(settings.get("CITYCRAWL_CONTACT") or "").strip()
        # Over the project's default user agent (settings.py), under one given on the command line.
        if contact and not contact_problem(contact) and settings.getpriority("USER_AGENT") <= PROJECT:
            settings.set("USER_AGENT", user_agent(contact), "project")


def seed_hosts(seeds) -> set[str]:
    return {host_of(s.website) for s in seeds if s.website and not s.error}

"""A participation site of its own: a site apart from the city's main one (a subdomain such as
fabrique.ville.fr, or a space outside the city's domains the crawl followed a link to), whose home page
is about taking part (residents act there, or its title or address says participation) and where
residents propose ideas or projects, vote a budget or sign petitions. It is a dedicated participation platform
(codebook: "or a custom one") whatever its brand: white-label and home-made platforms carry names no
marker knows ("<Ville> c'est vous", "<Ville> demain").

A site whose home page says nothing of it counts too when residents act on most of its crawled pages (two at
least): a home page's teasers are no evidence of a feature (vocabulary.py). A site is judged as a whole, from
the findings of all its crawled pages, so this runs when a stored run is read for the survey
(citycrawl/storage/store.py), after the crawl or a re-detection, never in `scrapy detect` on one page. A
general site (a metropolis's portal, a newspaper) with a budget page is no platform: its home page is about
everything. A board or a survey alone is an expression space.
"""
from collections import Counter
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from citycrawl.urls import host_of, is_home


DIALOGUE = ("suggestion_call", "participatory_budget", "petition")  # what residents do on a platform
PLATFORM = "participatory_platform"
RULE = "spaces:own-site"
# A home page about taking part: residents act there, or its title or address says participation (a
# teaser on a portal's home page, read in its text, is not enough)
_NAMED_ON_HOME = ("vocabulary:participation-title", "vocabulary:participation-url", "vocabulary:participation-section")


def own_sites(evidence: pd.DataFrame, pages: pd.DataFrame) -> pd.DataFrame:
    """One `participatory_platform` row (platform `custom`) per city and host apart from its main site
    that is a site of its own, in the columns of `evidence`. `pages` holds the city, url, requested_url
    and is_start of the pages crawled; a city's main site is the host its start pages answered from, and
    a host's home page is the page its root answered."""
    columns = list(evidence.columns)
    if pages.empty or evidence.empty:
        return pd.DataFrame(columns=columns)
    sites, start = sites_of(pages["url"]).to_numpy(), pages["is_start"].astype(bool).to_numpy()
    main = set(zip(pages["city"].to_numpy()[start], sites[start]))
    on_apart = np.fromiter(((city, site) not in main for city, site in zip(pages["city"], sites)), bool, len(sites))
    if not on_apart.any():  # most cities: every page on the main site
        return pd.DataFrame(columns=columns)
    apart_pages = pages[on_apart]
    apart = set(zip(apart_pages["city"], sites[on_apart]))
    homes = {(city, url) for city, url, requested in zip(apart_pages["city"], apart_pages["url"],
                                                         apart_pages["requested_url"])
             if is_home(url) or is_home(requested)}
    found = evidence[evidence["page_url"].isin(set(apart_pages["url"]))]  # a few rows of a run's many
    if found.empty:
        return pd.DataFrame(columns=columns)
    found = found.assign(host=sites_of(found["page_url"]).to_numpy())
    found = found[[key in apart for key in zip(found["city"], found["host"])]]
    crawled = Counter(zip(apart_pages["city"], sites[on_apart]))
    rows = []
    for (city, host), site in found.groupby(["city", "host"], sort=True):
        features = set(site["feature"])
        acts = site["feature"].isin(DIALOGUE)
        acting = site[acts]
        about = acts | site["rule"].isin(_NAMED_ON_HOME)
        home = site[about.to_numpy() & [(city, url) in homes for url in site["page_url"]]]
        # residents act on most of its pages: a site made for it, whatever its home page announces (a home
        # page's teasers are no evidence: vocabulary.py)
        mostly = acting["page_url"].nunique() >= max(2, crawled[city, host] / 2)
        if PLATFORM in features or acting.empty or (home.empty and not mostly):
            continue  # a named platform, no resident acting, or a site about something else
        page_url = (home if not home.empty else acting)["page_url"].iloc[0]
        shown = ", ".join(sorted(features & {"participation_displayed", *DIALOGUE}))
        rows.append({"city": city, "feature": PLATFORM, "platform": "custom",
                     "url": f"{urlsplit(page_url).scheme}://{host_of(page_url)}/", "page_url": page_url, "rule": RULE,
                     "detail": f"a site of its own apart from the city's main site: {shown}", "handle": None,
                     "occurrences": 1})
    return pd.DataFrame(rows, columns=columns)


def sites_of(urls: pd.Series) -> pd.Series:
    """The host each address's site answers from, `www.` or not (ville.fr and www.ville.fr are one site),
    lower-case; for many addresses at once (a run's pages and findings: hundreds of thousands)."""
    hosts = urls.fillna("").astype(str).str.extract(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#]*)", expand=False)
    return hosts.fillna("").str.lower().str.replace(r"^www\.", "", regex=True).reset_index(drop=True)

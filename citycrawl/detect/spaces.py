"""A participation space of its own: a site outside the city's domains, reached by a link the crawl
took for a participation space, where residents propose ideas or projects, vote a budget or sign
petitions. It is a dedicated participation platform (codebook: "or a custom one"), whatever its
brand: white-label and home-made platforms carry names no marker knows ("<Ville> c'est vous").

This reads the crawl's context (the page lies outside the city's domains), which a page alone does
not give: it runs in the crawl and in re-detection, after the families, never in `scrapy detect`.
A board alone (forum) or a survey alone (poll) on such a site is an expression space, not a platform.
"""
from citycrawl.detect.findings import Finding

DIALOGUE = ("suggestion_call", "participatory_budget", "petition")
PLATFORM = "participatory_platform"


def own_space(findings: list, external: bool, url: str) -> list[Finding]:
    """The platform finding an outside page's dialogue findings make, when no marker named its platform."""
    if not external or any(f.feature == PLATFORM for f in findings):
        return []
    shown = sorted({f.feature for f in findings if f.feature in DIALOGUE})
    if not shown:
        return []
    return [Finding(PLATFORM, platform="custom", url=url, page_url=url, rule="spaces:own-site",
                    detail=f"{', '.join(shown)} on a site of its own, outside the city's domains")]

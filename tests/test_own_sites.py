"""A participation site of its own apart from the city's main site (citycrawl/detect/spaces.py): judged
from the findings of all its crawled pages, as the survey reads a stored run. The crawl itself is tested
in tests/test_shared_spaces.py (Val-d'Amont's budget site)."""
import pandas as pd

from citycrawl.detect.spaces import own_sites

COLUMNS = ["city", "feature", "platform", "url", "detail", "page_url", "rule", "handle", "occurrences"]


def finding(city, feature, page_url, platform=None, rule="vocabulary:x"):
    return {"city": city, "feature": feature, "platform": platform, "url": page_url, "detail": "",
            "page_url": page_url, "rule": rule, "handle": None, "occurrences": 1}


MAIN = "https://www.villedex.fr/"


def crawled(*pages, city="1"):
    """(city, url, requested_url, is_start) of the pages crawled: the city's start page, then `pages`
    given as (city, url, requested_url)."""
    return pd.DataFrame([(city, MAIN, MAIN, True), *[(*p, False) for p in pages]],
                        columns=["city", "url", "requested_url", "is_start"])


def platforms(evidence_rows, pages):
    rows = own_sites(pd.DataFrame(evidence_rows, columns=COLUMNS), pages)
    assert list(rows.columns) == COLUMNS
    return [(r.city, r.platform, r.url, r.page_url, r.rule) for r in rows.itertuples()]


def test_a_brand_site_whose_home_presents_a_budget_residents_file_projects_in_is_a_platform():
    home, projects = "https://www.villedex-demain.fr/", "https://www.villedex-demain.fr/projets"
    found = platforms([finding("1", "participatory_budget", home), finding("1", "suggestion_call", projects)],
                      crawled(("1", home, home), ("1", projects, projects)))
    assert found == [("1", "custom", "https://www.villedex-demain.fr/", home, "spaces:own-site")]


def test_a_home_page_reached_through_a_redirect_or_in_one_language_counts():
    home = "https://www.villedex-demain.fr/accueil"
    found = platforms([finding("1", "participation_displayed", home), finding("1", "petition", home)],
                      crawled(("1", home, "https://www.villedex-demain.fr/")))
    assert [f[3] for f in found] == [home]
    home = "https://www.villedex-demain.fr/fr-FR/"
    assert [f[3] for f in platforms([finding("1", "petition", home)], crawled(("1", home, home)))] == [home]


def test_a_site_where_residents_act_on_most_pages_is_a_platform_whatever_its_home_page_announces():
    # its home page's teasers are no finding; its budget and proposals pages are most of what was crawled
    home, budget, ideas = ("https://demain.villedex.fr/", "https://demain.villedex.fr/budget",
                           "https://demain.villedex.fr/idees")
    pages = crawled(("1", home, home), ("1", budget, budget), ("1", ideas, ideas))
    found = platforms([finding("1", "participatory_budget", budget), finding("1", "suggestion_call", ideas)], pages)
    assert found == [("1", "custom", "https://demain.villedex.fr/", budget, "spaces:own-site")]
    # a portal with two budget pages among many is about everything
    others = [("1", url, url) for url in (f"https://demain.villedex.fr/page{n}" for n in range(4))]
    assert platforms([finding("1", "participatory_budget", budget), finding("1", "suggestion_call", ideas)],
                     crawled(("1", home, home), ("1", budget, budget), ("1", ideas, ideas), *others)) == []


def test_a_general_site_with_a_budget_page_is_no_platform():
    # a metropolis's portal or a newspaper: its home page is about everything, a teaser on it read in its text
    home, budget = "https://www.metropole-dex.fr/", "https://www.metropole-dex.fr/budget-participatif"
    pages = crawled(("1", home, home), ("1", budget, budget))
    assert platforms([finding("1", "participatory_budget", budget), finding("1", "suggestion_call", budget),
                      finding("1", "contact_form", home)], pages) == []
    assert platforms([finding("1", "participatory_budget", budget),
                      finding("1", "participation_displayed", home, rule="vocabulary:participation-about")], pages) == []
    # its title saying participation makes it one
    assert len(platforms([finding("1", "participatory_budget", budget),
                          finding("1", "participation_displayed", home, rule="vocabulary:participation-title")],
                         pages)) == 1


def test_a_named_platform_a_board_or_a_survey_alone_or_a_site_inside_the_city_give_nothing_more():
    home = "https://www.villedex-demain.fr/"
    pages = crawled(("1", home, home))
    assert platforms([finding("1", "participatory_budget", home),
                      finding("1", "participatory_platform", home, "decidim")], pages) == []
    assert platforms([finding("1", "participation_displayed", home), finding("1", "poll", home),
                      finding("1", "forum", home)], pages) == []
    # the city's main site is no site apart, whatever its home page shows, with or without www.
    assert platforms([finding("1", "participatory_budget", MAIN), finding("1", "participation_displayed", MAIN)],
                     pages) == []
    bare = "https://villedex.fr/"
    assert platforms([finding("1", "participatory_budget", bare), finding("1", "participation_displayed", bare)],
                     crawled(("1", bare, bare))) == []
    # another city's crawl of the same host is judged for that city
    assert platforms([finding("2", "participatory_budget", home)], pages) == []


def test_a_subdomain_of_the_city_dedicated_to_taking_part_is_a_site_of_its_own():
    home, petitions = "https://fabrique.villedex.fr/", "https://fabrique.villedex.fr/petitions"
    found = platforms([finding("1", "participation_displayed", home, rule="vocabulary:participation-title"),
                       finding("1", "petition", petitions)], crawled(("1", home, home), ("1", petitions, petitions)))
    assert found == [("1", "custom", "https://fabrique.villedex.fr/", home, "spaces:own-site")]

"""What a site says once of its participatory budget, found on its other pages (citycrawl/detect/site.py): in the
crawl's pipeline, on real Scrapy responses, and in `scrapy detect` given several pages of one site."""
import json

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from citycrawl.detect import Finding, Page, detect_page
from citycrawl.detect.site import SiteMemory, names_given, space_of
from citycrawl.items import PageItem
from pipelines.site import SitePipeline
from tests.conftest import run_scrapy
from tests.test_detect_pipelines import PIPELINES

BUDGET = "participatory_budget"
SITE = "https://www.villedex.fr"
# The budget presented once under its name; the vote page speaks of the name alone.
PRESENTATION = ("Budget participatif", "<h1>Le budget participatif</h1><p>« Villedex en Grand », le budget "
                "participatif de la Ville, revient cette année avec 300 000 euros pour vos projets.</p>"
                "<p>Les habitants déposent leurs projets au printemps et votent à l'automne.</p>")
VOTE = ("Villedex en Grand : à vous de choisir", "<h1>Villedex en Grand : à vous de choisir</h1><p>Quarante projets "
        "sont en lice. Choisissez vos trois préférés avant le 30 novembre.</p>")
NEWS = ("Marché de Noël", "<h1>Marché de Noël</h1><p>Le marché revient place de la Mairie avec ses chalets.</p>")


def html(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>".encode()


def page(path: str, title: str, body: str, site: str = SITE) -> Page:
    return Page.from_html(html(title, body), site + path)


def budgets(memory: SiteMemory, site: str, p: Page) -> list:
    found = detect_page(p)
    return [f for f in found + memory.extend(site, p.url, p.own_heading_text, found) if f.feature == BUDGET]


def test_the_name_a_site_gives_its_budget_is_read_in_its_usual_wordings():
    assert names_given(page("/bp", *PRESENTATION)) == {"villedex en grand"}
    assert names_given(page("/bp", "Budget", "<p>Le budget participatif « Castel'idées » est ouvert.</p>")) == \
        {"castel'idees"}
    assert names_given(page("/bp", "Budget", "<p>Le budget participatif de la ville, baptisé « Orsanne "
                                             "Demain », commence.</p>")) == {"orsanne demain"}
    # a project the budget funds, quoted further on, is not the budget's name
    assert names_given(page("/bp", "Budget", "<p>Le budget participatif finance cette année le projet "
                                             "« Jardin partagé » du quartier.</p>")) == set()
    assert space_of("https://participer.villedex.fr/processes/bp-2026/f/3/budgets/1") == \
        "https://participer.villedex.fr/processes/bp-2026/"
    assert space_of(SITE + "/actualites/marche") is None


def test_a_page_naming_the_budget_alone_is_the_budgets_once_the_site_has_said_what_the_name_is():
    memory, vote = SiteMemory(), page("/villedex-en-grand/vote", *VOTE)
    assert budgets(memory, "99999", vote) == []  # read alone, nothing says it is a budget
    presentation = page("/budget-participatif", *PRESENTATION)
    memory.learn("99999", presentation, detect_page(presentation))
    found = budgets(memory, "99999", vote)
    assert [f.rule for f in found] == ["site:budget-name"]
    assert "villedex en grand" in found[0].detail and presentation.url in found[0].detail
    # another city's page with the same words, and a page of this site that does not carry the name, stay as they are
    assert budgets(memory, "99998", page("/vote", *VOTE, site="https://www.ailleurs.fr")) == []
    assert budgets(memory, "99999", page("/marche-de-noel", *NEWS)) == []


def test_a_page_in_the_platform_space_holding_the_budget_is_the_budgets():
    memory, space = SiteMemory(), "https://participer.villedex.fr/processes/grand-villedex"
    budget = page("/f/4/budgets", "Budgets", "<p>Votez pour les projets.</p>", site=space)
    assert [f.rule for f in budgets(memory, "99999", budget)] == ["components:decidim-budgets"]
    memory.learn("99999", budget, detect_page(budget))
    proposal = page("/f/5/proposals/12", "Un banc sous le tilleul", "<p>Installer un banc place du Marché.</p>",
                    site=space)
    assert [f.rule for f in budgets(memory, "99999", proposal)] == ["site:budget-space"]
    elsewhere = page("/f/5/proposals/12", "Un banc sous le tilleul", "<p>Installer un banc.</p>",
                     site="https://participer.villedex.fr/processes/plan-velo")
    assert budgets(memory, "99999", elsewhere) == []


def test_what_the_site_taught_is_not_taught_on():
    """A page where the budget was found only by the site's knowledge teaches nothing: no chain of names."""
    memory = SiteMemory()
    relay = page("/villedex-en-grand", "Villedex en Grand", "<p>« Les Jardins du Lac », le budget participatif "
                                                             "des écoles, commence.</p>")
    taught = memory.extend("99998", relay.url, relay.own_heading_text, [])  # nothing learned yet: nothing found
    memory.learn("99999", relay, [Finding(BUDGET, url=relay.url, page_url=relay.url, rule="site:budget-name")])
    assert taught == [] and memory.names == {} and memory.spaces == {}
    memory.learn("99999", relay, detect_page(relay))  # found on its own evidence, it teaches
    assert "les jardins du lac" in memory.names["99999"]


def run_pipelines(pages: list[Page]) -> tuple[list, dict]:
    crawler = get_crawler()
    crawler.stats.open_spider()
    pipelines = [cls.from_crawler(crawler) for cls in (*PIPELINES, SitePipeline)]
    items = []
    for p in pages:
        response = HtmlResponse(p.url, body=p.source.encode(), request=Request(p.url))
        item = PageItem(city="99999", url=p.url, response=response)
        for pipeline in pipelines:
            item = pipeline.process_item(item)
        items.append(item)
    return items, crawler.stats.get_stats()


def test_the_crawl_finds_the_budget_on_the_pages_read_after_its_presentation():
    presentation, vote = page("/budget-participatif", *PRESENTATION), page("/villedex-en-grand/vote", *VOTE)
    items, stats = run_pipelines([presentation, vote])
    assert [f.rule for f in items[1]["findings"] if f.feature == BUDGET] == ["site:budget-name"]
    assert stats["citycrawl/findings/participatory_budget"] == 2
    # read before the presentation, a page keeps what it had: the crawl does not go back
    items, _ = run_pipelines([vote, presentation])
    assert not [f for f in items[0]["findings"] if f.feature == BUDGET]


def test_scrapy_detect_reads_pages_of_one_site_given_together_as_the_crawl_reads_a_site(tmp_path):
    files = {"vote.html": VOTE, "presentation.html": PRESENTATION}
    for name, (title, body) in files.items():
        (tmp_path / name).write_bytes(html(title, body))
    vote_url = SITE + "/villedex-en-grand/vote"
    together = run_scrapy("detect", str(tmp_path / "vote.html"), str(tmp_path / "presentation.html"),
                          "--url", vote_url, "--url", SITE + "/budget-participatif")
    vote, presentation = (json.loads(line) for line in together.stdout.splitlines() if line.strip())
    assert vote["url"] == vote_url
    assert [f["rule"] for f in vote["findings"] if f["feature"] == BUDGET] == ["site:budget-name"]
    assert any(f["feature"] == BUDGET for f in presentation["findings"])
    alone = run_scrapy("detect", str(tmp_path / "vote.html"), "--url", vote_url)
    assert not [f for f in json.loads(alone.stdout)["findings"] if f["feature"] == BUDGET]

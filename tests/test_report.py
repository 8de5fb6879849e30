"""report.html: what an analyst reads, checked as rendered by a real headless Chromium."""
import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from citycrawl.survey.report import EVIDENCE_PER_CITY, render_report
from citycrawl.survey.report_text import esc, script_json
from tests.browser import Browser, chromium_or_skip
from tests.report_fixtures import fake_survey, make_survey

PWNED = "window.__pwned === undefined"  # every planted script would set it


def known_survey(**extra):
    """Five cities: four crawled, three of them participatory; one unreachable."""
    return make_survey([
        {"insee_code": "42218", "name": "Saint-Étienne", "population": 172_718, "contact_form": 1,
         "participatory_budget": 1, "social_facebook": 1, "platforms": "decidim",
         "social_accounts": "https://www.facebook.com/saintetienne"},
        {"insee_code": "69123", "name": "Lyon", "population": 519_127, "forum": 1, "contact_form": 1},
        {"insee_code": "49007", "name": "Angers", "population": 157_555, "contact_form": 1},
        {"insee_code": "62193", "name": "Calais", "population": 67_000},
        {"insee_code": "97411", "name": "Saint-Denis", "population": 150_000, "crawl_status": "unreachable"},
    ], [
        {"insee_code": "42218", "feature": "participatory_budget", "platform": "decidim",
         "url": "https://jeparticipe.saint-etienne.fr/budget", "detail": "Budget participatif : votez",
         "page_url": "https://www.saint-etienne.fr/participer", "rule": "budget:title"},
        {"insee_code": "42218", "feature": "contact_form", "platform": None,
         "url": "https://www.saint-etienne.fr/contact", "detail": "form#contact: textarea message, email",
         "page_url": "https://www.saint-etienne.fr/contact", "rule": "forms:textarea+email"},
        {"insee_code": "42218", "feature": "social_account", "platform": "facebook",
         "url": "https://www.facebook.com/saintetienne", "detail": "footer link",
         "page_url": "https://www.saint-etienne.fr/", "rule": "social:facebook"},
    ], **extra)


PLANTED = {
    "name": '<img src=x onerror="window.__pwned=1">Évry',
    "name2": "</script><script>window.__pwned=2</script>",
    "snippet": "<script>document.title='pwned'</script> \u2028 & <!-- ",
    "url": "javascript:window.__pwned=3",
    "platform": '<svg onload="window.__pwned=4">',
    "region": '"><script>window.__pwned=5</script>',
    "run_id": "<script>window.__pwned=6</script>",
}


def hostile_survey():
    """Crawled text that tries to run script everywhere the page shows it."""
    return make_survey([
        {"insee_code": "91228", "name": PLANTED["name"], "population": 53_000, "region_name": PLANTED["region"],
         "participatory_platform": 1, "platforms": PLANTED["platform"], "website": PLANTED["url"]},
        {"insee_code": "91229", "name": PLANTED["name2"], "population": 60_000, "contact_form": 1},
    ], [
        {"insee_code": "91228", "feature": "participatory_platform", "platform": PLANTED["platform"],
         "url": PLANTED["url"], "detail": PLANTED["snippet"], "page_url": " JaVaScRiPt:window.__pwned=7",
         "rule": "platform:1"},
        {"insee_code": "91229", "feature": "contact_form", "platform": None,
         "url": "https://evry.example.fr/</script><script>window.__pwned=8</script>",
         "detail": "</script>", "page_url": "https://evry.example.fr/contact", "rule": "forms:1"},
    ], run={"run_id": PLANTED["run_id"], "settings": {"<b>key</b>": "</script>"}})


def write(tmp_path, survey, name="report.html"):
    path = tmp_path / name
    path.write_text(render_report(survey), encoding="utf-8")
    return path


def sha256(source):
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text of its script elements."""

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self.text, self._in_script = [], [], "", False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        self.text += data
        if self._in_script:
            self.scripts[-1] += data


# ---- without a browser ----------------------------------------------------------------------------

@given(st.text())
def test_any_text_reads_back_unchanged_from_html_and_script_data(text):
    encoded = script_json({"text": text})
    assert not set("<>&\u2028\u2029") & set(encoded)
    assert json.loads(encoded) == {"text": text}
    page = Tags(f'<p title="{esc(text)}">{esc(text)}</p>')
    assert page.tags == [("p", {"title": text})] and page.text == text


def test_crawled_text_is_escaped_in_the_html():
    page = render_report(hostile_survey())
    tags = Tags(page)
    # Only the page's own two scripts: the data block and the code; no planted element survives.
    assert [attrs.get("type") for tag, attrs in tags.tags if tag == "script"] == ["application/json", None]
    assert not [tag for tag, _ in tags.tags if tag in ("img", "iframe", "object", "embed", "base", "link")]
    assert not [(tag, name) for tag, attrs in tags.tags for name in attrs if name.startswith("on")]
    # The embedded data holds the planted strings exactly, as data.
    data = json.loads(tags.scripts[0])
    names = [city[data["fields"].index("name")] for city in data["cities"]]
    assert names == [PLANTED["name"], PLANTED["name2"]]
    finding = data["cities"][0][data["fields"].index("evidence")][0]
    assert [data["strings"][ref] for ref in finding[1:4]] == [PLANTED["platform"], PLANTED["url"], PLANTED["snippet"]]
    # Text placed by Python (run id, region strata, settings) is escaped, not markup.
    assert "&lt;script&gt;window.__pwned=6&lt;/script&gt;" in page
    assert 'data-stratum="region:&quot;&gt;&lt;script&gt;window.__pwned=5&lt;/script&gt;"' in page


def test_page_loads_nothing_from_outside_and_allows_only_its_own_script():
    page = render_report(known_survey())
    tags = Tags(page)
    resources = [(tag, name, value) for tag, attrs in tags.tags for name, value in attrs.items()
                 if name in ("src", "srcset", "href", "xlink:href", "action", "poster", "data", "background")]
    # The only links of the page itself: its own sections and the data dictionary beside it; the
    # maps draw the département outlines defined once in the page (<use href="#dep-..">).
    assert all((tag == "a" and (value.startswith("#") or value == "README.md"))
               or (tag == "use" and re.fullmatch(r"#dep-\w+", value))
               for tag, _, value in resources), resources
    data, code = tags.scripts
    assert not re.search(r"url\(|@import|//[\w.-]+\.\w", page.replace(data, "")), "a URL outside the data"
    policy = next(attrs["content"] for tag, attrs in tags.tags
                  if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")
    style = page.split("<style>")[1].split("</style>")[0]
    assert policy.startswith("default-src 'none';")
    assert f"script-src {sha256(code)};" in policy and f"style-src {sha256(style)};" in policy
    assert "unsafe-inline" not in policy


def test_unmeasurable_2009_rows_say_why_and_waves_are_optional():
    page = render_report(known_survey())
    debate = next(row for row in page.split("<tr>") if "contesting form outside the site" in row)
    # No search engine in this run: the off-site debate row says so, with no figure.
    assert "not measured" in debate and "CITYCRAWL_SEARCH_URL" in debate
    assert '<td colspan="4">not measured</td>' in debate
    assert "chart-waves" not in page
    assert "chart-waves" in render_report(fake_survey(40))


# ---- in Chromium ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    with Browser(chromium_or_skip()) as running:
        yield running


def assert_clean(browser, path):
    """No console message, and nothing requested but the page itself."""
    assert browser.console == []
    assert browser.requests == [path.resolve().as_uri()]


def open_city(browser, name):
    browser.evaluate(f"""Array.from(document.querySelectorAll('#city-rows button.expand'))
        .find(b => b.textContent === {json.dumps(name)}).click()""")


def choose(browser, element_id, value, event="change"):
    """Set a form control as a reader would, and fire the event the page listens to."""
    browser.evaluate(f"""(() => {{ const control = document.getElementById({json.dumps(element_id)});
        control.value = {json.dumps(value)}; control.dispatchEvent(new Event({json.dumps(event)})); }})()""")


def visible_city_names(browser):
    return browser.evaluate("Array.from(document.querySelectorAll('#city-rows button.expand'), b => b.textContent)")


def test_headline_figures_and_coverage_show_first(browser, tmp_path):
    path = write(tmp_path, known_survey())
    text = browser.open(path).text()
    assert_clean(browser, path)
    coverage, headline = text.index("Coverage"), text.index("Headline figures")
    assert coverage < headline
    assert "Coverage is incomplete: 1 of 5 cities were not fully crawled (unreachable 1)" in text
    assert "Shares are computed on crawled cities only (ok or partial: 4 of 5)" in text
    participatory = browser.evaluate("document.querySelector('[data-indicator=participatory]').innerText")
    assert [line for line in participatory.split("\n") if line] == ["Participatory approach (démarche participative)", "75.0%",
                                         "3 / 4 cities", "95% interval 30.1–95.4%"]
    social = browser.evaluate("document.querySelector('[data-indicator=social_media]').innerText")
    assert "25.0%" in social and "1 / 4 cities" in social
    # 2009 comparison: 3 of 4 cities participatory today as against 75% in 2009; 1 of 4 (Angers)
    # stops at a contact form as against 46%.
    assert re.search(r"showed a participatory approach on the site\n.*\n\tall crawled cities\t75%\t75.0%\t"
                     r"3 / 4\t30.1–95.4%\t±0.0 pts", text)
    assert re.search(r"limited it to a contact form\n.*\n\tall crawled cities\t46%\t25.0%\t1 / 4\t4.6–69.9%\t"
                     r"−21.0 pts", text)


def test_a_city_opens_on_its_evidence(browser, tmp_path):
    path = write(tmp_path, known_survey())
    browser.open(path)
    open_city(browser, "Saint-Étienne")
    evidence = browser.evaluate("document.querySelector('tr.evidence').innerText")
    assert "Participatory budget (budget participatif) [decidim]: Budget participatif : votez" in evidence
    assert "found on https://www.saint-etienne.fr/participer" in evidence
    assert "Contact form (formulaire de contact): form#contact: textarea message, email" in evidence
    links = browser.evaluate("""Array.from(document.querySelectorAll('tr.evidence a'),
                                a => [a.getAttribute('href'), a.rel])""")
    assert ["https://jeparticipe.saint-etienne.fr/budget", "noopener noreferrer nofollow"] in links
    badges = browser.evaluate("""Array.from(document.querySelector('tr.evidence').previousSibling
                                 .querySelectorAll('.badge'), b => b.textContent)""")
    assert badges == ["contact", "budget", "social"]
    assert_clean(browser, path)


def test_search_finds_cities_by_name_without_accents_code_or_platform(browser, tmp_path):
    path = write(tmp_path, known_survey())
    browser.open(path)
    assert len(visible_city_names(browser)) == 5

    def search(words):
        choose(browser, "city-search", words, "input")
        return visible_city_names(browser)

    assert search("saint etienne") == ["Saint-Étienne"]
    assert search("SAINT") == ["Saint-Étienne", "Saint-Denis"]
    assert search("69123") == ["Lyon"]
    assert search("decidim") == ["Saint-Étienne"]
    assert search("nowhere") == []
    assert browser.evaluate("document.getElementById('city-summary').textContent") == \
        "No city matches (5 in the survey)"
    assert_clean(browser, path)


def test_cities_can_be_filtered_by_status_and_feature(browser, tmp_path):
    path = write(tmp_path, known_survey())
    browser.open(path)
    choose(browser, "city-status", "unreachable")
    assert visible_city_names(browser) == ["Saint-Denis"]
    choose(browser, "city-status", "")
    forum = browser.evaluate("""Array.from(document.getElementById('city-feature').options)
                                .find(o => o.text.startsWith('Forum')).value""")
    choose(browser, "city-feature", forum)
    assert visible_city_names(browser) == ["Lyon"]


def test_indicators_table_filters_by_base_and_stratum(browser, tmp_path):
    path = write(tmp_path, known_survey())
    browser.open(path)
    visible_rows = """Array.from(document.querySelectorAll('#indicators-table tbody tr'))
                      .filter(r => !r.hidden).map(r => r.dataset.base + ' ' + r.dataset.stratum)"""
    assert set(browser.evaluate(visible_rows)) == {"all all", "participatory all"}
    choose(browser, "filter-base", "participatory")
    choose(browser, "filter-stratum", "200k+")
    assert set(browser.evaluate(visible_rows)) == {"participatory 200k+"}


def test_without_javascript_every_indicator_shows_and_the_city_table_says_why_it_is_empty(browser, tmp_path):
    path = write(tmp_path, known_survey())
    browser.send("Emulation.setScriptExecutionDisabled", value=True)
    try:
        text = browser.open(path).text()
        hidden = browser.evaluate("document.querySelectorAll('#indicators-table tbody tr[hidden]').length")
        assert hidden == 0
        assert "The city table needs JavaScript" in text
    finally:
        browser.send("Emulation.setScriptExecutionDisabled", value=False)


def test_planted_scripts_do_not_run_and_show_as_text(browser, tmp_path):
    survey = hostile_survey()
    path = write(tmp_path, survey)
    browser.open(path)
    open_city(browser, PLANTED["name"])
    open_city(browser, PLANTED["name2"])
    text = browser.text()
    assert browser.evaluate(PWNED)
    assert browser.evaluate("document.title") == f"citycrawl survey – run {PLANTED['run_id']}"
    for planted in (PLANTED["name"], PLANTED["name2"], PLANTED["url"], PLANTED["platform"],
                    PLANTED["region"], PLANTED["run_id"], "<script>document.title='pwned'</script>"):
        assert planted in text
    hrefs = browser.evaluate("Array.from(document.querySelectorAll('a'), a => a.getAttribute('href'))")
    assert all(h.startswith(("#", "README.md", "https://")) for h in hrefs), hrefs
    assert not browser.evaluate("document.querySelector('img, iframe, svg [onload], [onerror]')")
    assert_clean(browser, path)


def test_console_errors_would_be_seen(browser, tmp_path):
    """The console check above can fail: a script outside the policy is reported."""
    page = render_report(known_survey()).replace("</body>", "<script>window.__pwned=1</script></body>")
    path = tmp_path / "tampered.html"
    path.write_text(page, encoding="utf-8")
    browser.open(path)
    assert browser.evaluate(PWNED)
    assert any("Content Security Policy" in message for message in browser.console), browser.console


def test_large_survey_pages_through_cities_and_caps_evidence(browser, tmp_path):
    survey = fake_survey(400)
    extra = [{"insee_code": "10000", "feature": "social_account", "platform": f"peertube{i}",
              "url": f"https://video{i}.example.org/a/ville", "detail": "footer link",
              "page_url": "https://www.ville-0.example.fr/", "rule": "social:peertube"} for i in range(20)]
    survey.evidence = pd.concat([survey.evidence, pd.DataFrame(extra)], ignore_index=True)
    path = write(tmp_path, survey)
    browser.open(path)
    first_page = visible_city_names(browser)
    assert len(first_page) == 50
    browser.evaluate("document.getElementById('city-next').click()")
    assert visible_city_names(browser)[0] == survey.cities["name"].iloc[50]
    summary = browser.evaluate("document.getElementById('city-summary').textContent")
    assert summary == "Cities 51–100 of 400 matching (400 in the survey)"
    browser.evaluate("document.getElementById('city-previous').click()")
    open_city(browser, survey.cities["name"].iloc[0])
    shown = browser.evaluate("document.querySelectorAll('tr.evidence li').length")
    assert shown == EVIDENCE_PER_CITY
    assert "the others are in evidence.csv" in browser.evaluate("document.querySelector('tr.evidence').innerText")
    assert_clean(browser, path)


def test_page_fits_a_narrow_window(browser, tmp_path):
    path = write(tmp_path, fake_survey(60))
    browser.open(path, width=360, height=740)
    open_city(browser, visible_city_names(browser)[0])
    assert browser.evaluate("document.documentElement.scrollWidth") <= 360
    assert_clean(browser, path)


def test_the_map_shades_departements_and_places_cities(browser, tmp_path):
    """known_survey: Saint-Étienne (42) and Lyon (69) participatory, Angers (49) participatory,
    Calais (62) not, Saint-Denis (974) unreachable."""
    path = write(tmp_path, known_survey())
    browser.open(path)
    assert_clean(browser, path)
    tips = browser.evaluate("Array.from(document.querySelectorAll('#map-departements use title'), t => t.textContent)")
    assert len(tips) == 101  # every département of metropolitan France and overseas
    by_code = {re.search(r"\((\w+)\)", tip).group(1): tip for tip in tips}
    assert by_code["42"].endswith("1 of 1 crawled cities participatory (100%)")
    assert by_code["62"].endswith("0 of 1 crawled cities participatory (0%)")
    assert by_code["974"].endswith("no crawled city")  # Saint-Denis was unreachable
    fills = browser.evaluate("Object.fromEntries(Array.from(document.querySelectorAll('#map-departements use'),"
                             " u => [u.getAttribute('href'), u.getAttribute('fill')]))")
    assert fills["#dep-42"] != fills["#dep-62"] and fills["#dep-974"] == "#ffffff"
    points = browser.evaluate("Array.from(document.querySelectorAll('#map-cities circle title'), t => t.textContent)")
    assert sorted(p.split(":")[0] for p in points) == ["Angers", "Calais", "Lyon", "Saint-Étienne"]
    # Drawn at the town hall: Calais is north of Lyon, Angers west of Saint-Étienne.
    where = browser.evaluate("Object.fromEntries(Array.from(document.querySelectorAll('#map-cities circle'),"
                             " c => [c.querySelector('title').textContent.split(':')[0],"
                             " [+c.getAttribute('cx'), +c.getAttribute('cy')]]))")
    assert where["Calais"][1] < where["Lyon"][1] and where["Angers"][0] < where["Saint-Étienne"][0]
    # Lyon (519,127 inhabitants) is drawn larger than Calais (67,000).
    radius = browser.evaluate("Object.fromEntries(Array.from(document.querySelectorAll('#map-cities circle'),"
                              " c => [c.querySelector('title').textContent.split(':')[0], +c.getAttribute('r')]))")
    assert radius["Lyon"] > radius["Calais"]
    box = browser.evaluate("JSON.stringify(document.querySelector('#map-departements svg').getBoundingClientRect())")
    assert json.loads(box)["height"] > 200  # drawn, not collapsed

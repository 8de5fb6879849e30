"""Which pages are application shells to render, and which are ordinary pages read as fetched."""
import pytest

from citycrawl.render import is_app_shell

SHELLS = {
    "vue": """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Participez</title>
        <link rel="stylesheet" href="/css/app.4f2a.css"></head><body>
        <noscript>Activez JavaScript pour utiliser ce site.</noscript><div id="app"></div>
        <script src="/js/chunk-vendors.9b1c.js"></script><script src="/js/app.77e0.js"></script></body></html>""",
    "react": """<!doctype html><html><head><title>Ma ville</title></head><body><div id="root"></div>
        <script type="module" src="/assets/index-3a9f.js"></script></body></html>""",
    "next": """<html><head><title>Concertation</title><script src="/_next/static/chunks/main.js" defer></script>
        </head><body><div id="__next"><div class="spinner">Chargement…</div></div>
        <script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"long": "%s"}}}</script>
        </body></html>""" % ("x" * 3000),
    "angular": """<html><head><base href="/"><title>Budget participatif</title></head><body>
        <app-root></app-root><script src="runtime.js"></script><script src="main.js"></script></body></html>""",
    # a mount point of the application's own naming, empty or showing a loader
    "loader": """<html><head><title>Agora</title></head><body><div id="appRoot"><div class="loader">Chargement…</div>
        </div><script src="/static/app.js"></script></body></html>""",
    # a body of scripts and an empty element of any name, or of scripts alone: the bundle draws the page (on an
    # element it appends itself, document.body.appendChild)
    "empty_element": """<html><head><title>Concertation</title></head><body><div id="page-wrapper"></div>
        <script src="/build/main.4c2e.js"></script></body></html>""",
    "scripts_only": """<!DOCTYPE html><html><head><title>Budget participatif</title></head><body>
        <script src="/dist/bundle.js"></script></body></html>""",
    # a mount point of the application's own naming
    "own_mount": """<!DOCTYPE html><html lang="fr"><head><title>Agora</title></head><body>
        <div id="agora-root" aria-live="polite"></div><noscript>Activez JavaScript pour participer.</noscript>
        <script src="/static/agora/app.7d21c0.js" defer></script></body></html>""",
}

ORDINARY = {
    "article": """<html><head><title>Conseil municipal</title><script src="/js/jquery.min.js"></script></head>
        <body><div id="app"><h1>Conseil municipal du 12 mars</h1><p>%s</p></div></body></html>"""
        % ("Le conseil municipal s'est réuni pour voter le budget et les subventions aux associations. " * 5),
    "no_bundle": """<html><body><div id="root"></div><script>document.title = "x";</script></body></html>""",
    # content of its own under an element no application names, beside a script
    "no_root": """<html><body><div id="page"><p>Page en travaux.</p></div><script src="/main.js"></script></body></html>""",
    "static_contact": """<html><head><title>Contact</title></head><body><form action="/envoyer" method="post">
        <label>Nom <input name="nom"></label><label>Message <textarea name="message"></textarea></label>
        <button>Envoyer</button></form></body></html>""",
    # a short page whose Facebook SDK root or banner stands among its content
    "fb_root": """<html><head><title>Horaires</title></head><body><div id="fb-root"></div><h1>Horaires</h1>
        <p>La mairie ouvre à 9 h.</p><script src="https://connect.facebook.net/fr_FR/sdk.js"></script></body></html>""",
    "app_banner": """<html><head><title>Accès</title></head><body><div id="app-banner"></div><main><h1>Accès</h1>
        <p>Bus 3, arrêt Mairie.</p></main><script src="/js/site.js"></script></body></html>""",
    "empty": "",
    "not_html": "\x00\x01\x02",
}


@pytest.mark.parametrize("name", SHELLS)
def test_an_application_shell_is_rendered(name):
    assert is_app_shell(SHELLS[name].encode())


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_page_is_read_as_fetched(name):
    assert not is_app_shell(ORDINARY[name].encode())


def test_a_big_page_is_never_a_shell():
    big = SHELLS["react"].replace("</body>", "<!--" + "x" * 600_000 + "--></body>")
    assert not is_app_shell(big.encode())


# ---- a real crawl of the scripted corner --------------------------------------------------------

import csv  # noqa: E402  (the crawl tests below need more than the unit tests above)
import json  # noqa: E402

from citycrawl.render import chromium_path  # noqa: E402
from citycrawl.sampleweb import scripted, seeds_csv, serve, truth  # noqa: E402
from tests.conftest import run_scrapy, run_settings, served_folder  # noqa: E402

CITY = "99401"
EXPECTED = next(c for c in truth(scripted=True).cities if c.insee_code == CITY)
SCRIPTED_FEATURES = ("poll", "petition", "suggestion_call")
needs_chromium = pytest.mark.skipif(not chromium_path(), reason="Debian's chromium package is not installed")


def crawl_scripted(folder, *settings):
    seeds = folder / "seeds.csv"
    seeds_csv(folder / "all.csv", scripted=True)
    with open(folder / "all.csv", newline="", encoding="utf-8") as f:
        header, *rows = csv.reader(f)
    with open(seeds, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *[r for r in rows if r[0] == CITY]])
    with serve(scripted=True) as web:
        proc = run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", *run_settings(folder),
                          "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", *settings,
                          env={"http_proxy": web.proxy_url}, timeout=120)
        requests = list(web.requests)
    latest = folder / "exports" / "latest"
    with open(latest / "cities.csv", newline="", encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["insee_code"] == CITY)
    with open(latest / "evidence.csv", newline="", encoding="utf-8") as f:
        evidence = [e for e in csv.DictReader(f) if e["insee_code"] == CITY]
    stats = json.loads((latest / "run.json").read_text(encoding="utf-8"))["stats"]
    return {"proc": proc, "row": row, "evidence": evidence, "stats": stats, "requests": requests}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    return crawl_scripted(tmp_path_factory.mktemp("rendered"), "-s", "CITYCRAWL_RENDER=True")


@pytest.fixture(scope="module")
def unrendered(tmp_path_factory):
    return crawl_scripted(tmp_path_factory.mktemp("unrendered"), "-s", "CITYCRAWL_RENDER=False")


@needs_chromium
def test_features_drawn_by_a_script_are_found_in_the_rendered_page(rendered):
    assert "Traceback" not in rendered["proc"].stderr
    for feature in SCRIPTED_FEATURES:
        assert rendered["row"][feature] == "1" == str(EXPECTED.flags[feature]), feature
        assert any(e["feature"] == feature and e["url"] in scripted.SHELL_URLS for e in rendered["evidence"]), feature
    assert rendered["row"]["level"] == str(EXPECTED.level)
    assert rendered["stats"]["citycrawl/renders"] == len(scripted.SHELL_URLS)
    assert "citycrawl/renders_skipped" not in rendered["stats"]


@needs_chromium
def test_the_browser_asks_only_the_city_site_for_the_page_and_its_data(rendered):
    """The bundle also calls a tracker, a private address and an image: none of them is fetched,
    nor any of the browser's own calls home."""
    paths = [path for host, path in rendered["requests"]]
    assert "/" + scripted.PIXEL not in paths
    assert paths.count(scripted.BUNDLE) == len(scripted.SHELL_URLS)
    assert sum(p.startswith(scripted.API) for p in paths) == len(scripted.SHELL_URLS)
    assert {host for host, _path in rendered["requests"]} == {scripted.HOST}
    assert all(path.startswith("/") for path in paths)  # no tunnel: the page at its own address, not an https probe


def test_without_rendering_the_shells_show_nothing(unrendered):
    for feature in SCRIPTED_FEATURES:
        assert unrendered["row"][feature] == "0", feature
    assert unrendered["row"]["contact_form"] == "1"  # the ordinary pages are read as ever
    assert "citycrawl/renders" not in unrendered["stats"]
    assert unrendered["stats"]["citycrawl/renders_skipped"] == len(scripted.SHELL_URLS)
    assert scripted.BUNDLE not in [path for _host, path in unrendered["requests"]]


@needs_chromium
def test_renders_stop_at_the_city_budget(tmp_path):
    run = crawl_scripted(tmp_path, "-s", "CITYCRAWL_RENDER=True", "-s", "CITYCRAWL_MAX_RENDERS=1")
    assert run["stats"]["citycrawl/renders"] == 1
    assert run["stats"]["citycrawl/renders_skipped"] == len(scripted.SHELL_URLS) - 1
    assert [path for _host, path in run["requests"]].count(scripted.BUNDLE) == 1
    found = sum(run["row"][feature] == "1" for feature in SCRIPTED_FEATURES)
    assert found == 1  # the one rendered page's feature, not the others'


@needs_chromium
def test_scrapy_detect_reads_a_page_drawn_by_a_script_as_the_crawl_does():
    url = scripted.SHELL_URLS[0]
    with serve(scripted=True) as web:
        drawn = run_scrapy("detect", url, env={"http_proxy": web.proxy_url}, timeout=120)
        shell = run_scrapy("detect", url, "-s", "CITYCRAWL_RENDER=False", env={"http_proxy": web.proxy_url}, timeout=120)
    found = {f["feature"] for f in json.loads(drawn.stdout.splitlines()[-1])["findings"]}
    assert found & set(SCRIPTED_FEATURES), drawn.stdout
    assert not {f["feature"] for f in json.loads(shell.stdout.splitlines()[-1])["findings"]} & set(SCRIPTED_FEATURES)


@needs_chromium
def test_scrapy_detect_reads_a_shell_as_fetched_when_its_render_fails(tmp_path):
    # a shell on a loopback address: the browser may not open it (private network), the markup is read
    (tmp_path / "shell.html").write_text(SHELLS["vue"], encoding="utf-8")
    with served_folder(tmp_path) as site:
        url = f"{site}/shell.html"
        proc = run_scrapy("detect", url, timeout=120)
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["url"] == url and "error" not in result and "findings" in result, proc.stdout


@needs_chromium
def test_a_shell_whose_render_fails_is_read_as_fetched_and_the_crawl_goes_on(tmp_path):
    """The browser may not open a private address, which the crawl is allowed here: the render fails, the page is
    read as fetched (not a failed page) and the city's crawl ends complete."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("<html><head><title>Mairie</title></head><body><h1>Mairie</h1><p>Horaires."
                                       "</p><a href='/participer.html'>Participer</a></body></html>", encoding="utf-8")
    (folder / "participer.html").write_text(SHELLS["vue"], encoding="utf-8")
    seeds = tmp_path / "seeds.csv"
    with served_folder(folder) as site:
        seeds.write_text("insee_code,name,population,population_year,departement,region,region_name,website\n"
                         f"99411,Villedex,52000,2023,33,75,Nouvelle-Aquitaine,{site}/index.html\n", encoding="utf-8")
        proc = run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", *run_settings(tmp_path), "-s", "DOWNLOAD_DELAY=0",
                          "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CITYCRAWL_ALLOW_PRIVATE_NETWORKS=True",
                          "-s", "CITYCRAWL_RENDER=True", "-s", "ROBOTSTXT_OBEY=False", timeout=120)
    latest = tmp_path / "exports" / "latest"
    stats = json.loads((latest / "run.json").read_text(encoding="utf-8"))["stats"]
    with open(latest / "cities.csv", newline="", encoding="utf-8") as f:
        row = next(csv.DictReader(f))
    assert stats["citycrawl/renders"] == 1 and stats["citycrawl/renders_failed"] == 1, (stats, proc.stderr[-2000:])
    # the site's root, its start page and the shell
    assert "citycrawl/pages_failed" not in stats and stats["citycrawl/pages"] == 3
    assert row["crawl_status"] == "ok" and row["pages_crawled"] == "3"


@needs_chromium
def test_a_page_whose_script_never_yields_is_given_up_without_holding_the_browser(tmp_path):
    """Two shells whose script loops forever once loaded: the browser never answers for their DOM. Each render is
    given up at its deadline, its page closed and the shell read as fetched; with one page in the whole browser, the
    questionnaire's render still runs, and the crawl, kept in a job directory, ends with every page of the city."""
    seeds = tmp_path / "seeds.csv"
    seeds.write_text("insee_code,name,population,population_year,departement,region,region_name,website\n"
                     f"99402,{scripted.LOOPING_NAME},48000,2023,13,93,Provence-Alpes-Côte d'Azur,"
                     f"http://{scripted.LOOPING_HOST}/\n", encoding="utf-8")
    with serve(scripted=True) as web:
        proc = run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", *run_settings(tmp_path), "-s", "DOWNLOAD_DELAY=0",
                          "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CITYCRAWL_RENDER=True",
                          "-s", "CITYCRAWL_RENDER_TIMEOUT=2", "-s", "PLAYWRIGHT_MAX_CONTEXTS=1",
                          "-s", "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=1", "-s", f"JOBDIR={tmp_path / 'job'}",
                          env={"http_proxy": web.proxy_url}, timeout=180)
    latest = tmp_path / "exports" / "latest"
    stats = json.loads((latest / "run.json").read_text(encoding="utf-8"))["stats"]
    with open(latest / "cities.csv", newline="", encoding="utf-8") as f:
        row = next(csv.DictReader(f))
    looping = len(scripted.LOOPING_PATHS)
    assert stats["citycrawl/renders"] == looping + 1, (stats, proc.stderr[-3000:])
    assert stats["citycrawl/renders_stalled"] == looping and stats["citycrawl/renders_failed"] == looping
    assert row["poll"] == "1"  # drawn in the page the given-up renders gave back
    assert "citycrawl/pages_failed" not in stats and row["crawl_status"] == "ok"
    assert row["pages_crawled"] == str(looping + 3)  # robots.txt's site root, the home page, the maps, the questionnaire
    # the shells sent back to be read as fetched went through the run's disk queue: their requests keep no function
    assert "scheduler/unserializable" not in stats

"""`scrapy validate draw|score` for real: a run of the sample web made to miss known features (a
small page budget, the forum detector switched off), a coding sheet filled from the sample web's
ground truth, and the accuracy the command must then find exactly."""
import csv
import json
import re
import shutil

import openpyxl
import pandas as pd
import pytest

from citycrawl.accuracy.kit import CODED, SHEET_COLUMNS
from citycrawl.sampleweb import truth
from citycrawl.settings import ITEM_PIPELINES
from citycrawl.accuracy.kit import coding_page, coding_rules
from tests.browser import Browser, chromium_or_skip
from tests.conftest import run_scrapy, run_settings, sample_web_fixtures
from tests.test_report import Tags

GENERATED, SEED = 20, 5
RUN = "missing-features"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CITYCRAWL_PROGRESS_INTERVAL=0",
        "-s", "CITYCRAWL_RENDER=False"]
WITHOUT_FORUMS = {name: order for name, order in ITEM_PIPELINES.items() if not name.endswith("ForumPipeline")}

web, seeds = sample_web_fixtures(GENERATED, SEED)


@pytest.fixture(scope="module")
def crawled(web, seeds, tmp_path_factory):
    """The run: 6 pages per city and no forum detector, then its validation sample (seed 7)."""
    folder = tmp_path_factory.mktemp("crawled")
    run_scrapy("crawl", "cities", "-a", f"seeds={seeds}", *run_settings(folder), *FAST,
               "-s", "CITYCRAWL_MAX_PAGES=6", "-s", f"CITYCRAWL_RUN_ID={RUN}",
               "-s", f"ITEM_PIPELINES={json.dumps(WITHOUT_FORUMS)}", env={"http_proxy": web.proxy_url})
    run_scrapy("validate", "draw", "--run", RUN, "--seed", "7", *run_settings(folder))
    return folder


@pytest.fixture
def run(crawled, tmp_path):
    """A copy of the crawled run and its kit for one test (scoring rewrites the survey)."""
    shutil.copytree(crawled, tmp_path, dirs_exist_ok=True)
    return tmp_path


def survey(folder):
    return folder / "exports" / RUN


def read_csv(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def sample_codes(folder):
    return json.loads((survey(folder) / "validation" / "sample.json").read_text())["cities"]


def ground_truth():
    return truth(generated=GENERATED, seed=SEED)


def fill_from_truth(folder, name="truth.csv", coder="ground truth", change=None):
    """coding.csv filled with the ground truth; `change` (code, feature) cells get the other value."""
    known = ground_truth()
    rows = list(csv.DictReader(open(survey(folder) / "validation" / "coding.csv", encoding="utf-8")))
    for row in rows:
        row.update(coder=coder, date="2026-12-05")
        for feature in CODED:
            value = known.city(row["insee_code"]).flags[feature]
            if change and (row["insee_code"], feature) in change:
                value = 1 - value
            row[feature] = str(value)
    path = folder / name
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=SHEET_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def score(folder, *sheets, check=True):
    return run_scrapy("validate", "score", "--run", RUN, *map(str, sheets), *run_settings(folder), check=check)


# ---- the draw ------------------------------------------------------------------------------------

def test_the_sample_is_stratified_repeatable_and_recorded(crawled):
    kit = survey(crawled) / "validation"
    sample = json.loads((kit / "sample.json").read_text())
    assert (sample["run_id"], sample["seed"], sample["size"], len(sample["cities"])) == (RUN, 7, 30, 30)
    # 34 crawled cities: 18, 9 and 7 by stratum; 30 drawn in proportion.
    assert [(s["stratum"], s["crawled"], s["drawn"]) for s in sample["strata"]] == [
        ("50-100k", 18, 16), ("100-200k", 9, 8), ("200k+", 7, 6)]
    cities = read_csv(survey(crawled) / "cities.csv").set_index("insee_code")
    assert cities.loc[sample["cities"], "crawl_status"].isin(["ok", "partial"]).all()

    before = (kit / "coding.csv").read_text()
    run_scrapy("validate", "draw", "--run", RUN, "--seed", "7", *run_settings(crawled))
    assert (kit / "coding.csv").read_text() == before  # the same seed draws the same cities
    other = run_scrapy("validate", "draw", "--run", RUN, "--seed", "8", *run_settings(crawled), check=False)
    assert other.returncode == 1 and "already drawn" in other.stderr and "--force" in other.stderr
    assert (kit / "coding.csv").read_text() == before


def test_the_kit_is_blind_and_lists_what_the_crawl_visited(crawled):
    kit = survey(crawled) / "validation"
    sheet = read_csv(kit / "coding.csv")
    assert list(sheet.columns) == list(SHEET_COLUMNS)
    assert sheet["insee_code"].tolist() == sample_codes(crawled)
    assert (sheet[["coder", "date", *CODED]] == "").all().all()  # nothing pre-filled
    book = openpyxl.load_workbook(kit / "coding.xlsx")
    assert book.sheetnames == ["coding", "how to code", "read me"]
    rows = list(book["coding"].iter_rows(values_only=True))
    assert list(rows[0]) == list(SHEET_COLUMNS) and len(rows) == 31
    assert all(value is None for row in rows[1:] for value in row[3:])
    about = dict(book["read me"].iter_rows(min_row=2, values_only=True))
    assert about["seed"] == "7" and about["repeat the draw"].endswith("--seed 7")

    page = (kit / "coding.html").read_text()
    tags = Tags(page)
    assert not [tag for tag, _ in tags.tags if tag == "script"]
    links = [attrs["href"] for tag, attrs in tags.tags if tag == "a"]
    cities = read_csv(survey(crawled) / "cities.csv").set_index("insee_code")
    for code in sample_codes(crawled):
        assert cities.loc[code, "website"] in links
    # How to code each feature, in the codebook's words.
    assert "Forum des associations" in tags.text and "boîte à idées" in tags.text
    # Blind: no snippet the instrument kept as evidence, no feature name of a finding.
    evidence = read_csv(survey(crawled) / "evidence.csv")
    snippets = {d for d in evidence["detail"] if len(d) > 15}
    assert snippets and not [d for d in snippets if d in tags.text]
    # Each city's visited pages in address order (not in the order of their findings), linked.
    for code in sample_codes(crawled):
        section = re.search(rf'<section class="city" id="city-{code}">.*?</section>', page).group(0)
        visited = [attrs["href"] for tag, attrs in Tags(section.split("<details>")[1]).tags if tag == "a"]
        assert visited and visited == sorted(visited)


# ---- scoring the ground truth --------------------------------------------------------------------

def known_accuracy(folder):
    """Instrument (cities.csv) against the ground truth on the sampled cities, counted here."""
    cities = read_csv(survey(folder) / "cities.csv").set_index("insee_code")
    known = ground_truth()
    table = {}
    for feature in CODED:
        pairs = [(int(cities.loc[code, feature]), known.city(code).flags[feature]) for code in sample_codes(folder)]
        cells = {name: sum(1 for found, true in pairs if (found, true) == key)
                 for name, key in (("tp", (1, 1)), ("fp", (1, 0)), ("fn", (0, 1)), ("tn", (0, 0)))}
        table[feature] = cells
    return table


def test_scoring_the_ground_truth_finds_the_known_sensitivity_and_specificity(run):
    book = openpyxl.load_workbook(survey(run) / "validation" / "coding.xlsx")
    sheet, known = book["coding"], ground_truth()
    for row in sheet.iter_rows(min_row=2):
        row[3].value, row[4].value = "ground truth", "2026-12-05"
        for cell, feature in zip(row[5:], CODED):
            cell.value = known.city(row[0].value).flags[feature]  # numbers, as a spreadsheet types them
    book.save(run / "filled.xlsx")
    done = score(run, run / "filled.xlsx")
    accuracy_path = survey(run) / "validation" / "accuracy.csv"
    assert done.stdout.splitlines()[0] == str(accuracy_path)

    accuracy = pd.read_csv(accuracy_path).set_index("feature")
    assert list(accuracy.reset_index().columns[:12]) == [
        "feature", "n", "tp", "fp", "fn", "tn", "sensitivity", "specificity", "precision", "kappa",
        "kappa_low", "kappa_high"]
    expected = known_accuracy(run)
    for feature, cells in expected.items():
        row = accuracy.loc[feature]
        assert {k: int(row[k]) for k in cells} == cells, feature
        assert row["n"] == 30
        positives, negatives = cells["tp"] + cells["fn"], cells["tn"] + cells["fp"]
        if positives:
            assert row["sensitivity"] == pytest.approx(cells["tp"] / positives), feature
        else:
            assert pd.isna(row["sensitivity"])
        assert row["specificity"] == pytest.approx(cells["tn"] / negatives), feature
    # The run was made to miss: no forum without its detector, other features lost to the budget.
    assert expected["forum"]["tp"] == 0 and expected["forum"]["fn"] > 0
    assert accuracy.loc["forum", "sensitivity"] == 0
    assert sum(expected[f]["fn"] for f in CODED if f != "forum") > 0
    assert 0 < accuracy.loc["comments", "sensitivity"] < 1

    # Every miss is listed, with the instrument's side of it.
    cases = read_csv(survey(run) / "validation" / "disagreements.csv")
    assert len(cases) == sum(c["fp"] + c["fn"] for c in expected.values())
    assert set(cases["between"]) == {"instrument and coders"}

    # indicators.csv and survey.xlsx carry the corrected shares, marked as such.
    indicators = read_csv(survey(run) / "indicators.csv")
    corrected = indicators[indicators["estimate"] == "corrected"].set_index("indicator")
    assert list(corrected.index) == list(CODED)
    assert (indicators.loc[indicators["estimate"] != "corrected", "estimate"] == "raw").all()
    # Comments: 3 of 34 crawled cities found, Se 3/5, Sp 1 on the sample -> Rogan-Gladen 5/34.
    comments = corrected.loc["comments"]
    assert (comments["count"], comments["n"]) == ("3", "34")
    assert float(comments["share"]) == pytest.approx((3 / 34) / (3 / 5))
    assert float(comments["ci_low"]) <= float(comments["share"]) <= float(comments["ci_high"])
    assert corrected.loc["forum", "share"] == "" and "not estimable" in corrected.loc["forum", "note"]
    xlsx = pd.read_excel(survey(run) / "survey.xlsx", sheet_name=None)
    assert (xlsx["accuracy"][["feature", "tp", "fp", "fn", "tn"]].to_dict("records")
            == pd.read_csv(accuracy_path)[["feature", "tp", "fp", "fn", "tn"]].to_dict("records"))
    assert (xlsx["indicators"]["estimate"] == "corrected").sum() == len(CODED)

    # The report: the sample, the agreement table, corrected next to raw, the cases to read first.
    page = (survey(run) / "report.html").read_text()
    section = Tags(page[page.index('id="accuracy"'):page.index("</section>", page.index('id="accuracy"'))]).text
    assert "30 crawled cities drawn at random by population stratum (50-100k 16 of 18" in section
    assert "seed 7" in section and "Sensitivity" in section and "Corrected share" in section
    cells = " / ".join(str(expected["comments"][k]) for k in ("tp", "fp", "fn", "tn"))
    assert re.search(rf"Comments \(commentaires\)\s*30\s*{cells}\s*60\.0%", section)
    first_miss = cases.iloc[0]
    assert first_miss["name"] in section
    with Browser(chromium_or_skip()) as browser:
        shown = browser.open(survey(run) / "report.html").text()
        assert browser.console == [] and len(browser.requests) == 1  # the CSP holds, nothing fetched
    assert "Measured accuracy" in shown and "Cases where they disagree: read these first" in shown
    # A rebuilt survey keeps the kit, the coded sheet and the measured accuracy.
    before = accuracy_path.read_text()
    run_scrapy("survey", "--run", RUN, *run_settings(run))
    assert accuracy_path.read_text() == before
    assert (survey(run) / "validation" / "coding.html").is_file()
    assert 'id="accuracy"' in (survey(run) / "report.html").read_text()


def test_two_coders_their_agreement_and_the_cities_they_differ_on(run):
    codes = sample_codes(run)
    differ = {(codes[0], "contact_form"), (codes[1], "contact_form")}
    first = fill_from_truth(run, "first.csv", coder="Ana")
    second = fill_from_truth(run, "second.csv", coder="Ben", change=differ)
    score(run, first, second)
    accuracy = pd.read_csv(survey(run) / "validation" / "accuracy.csv").set_index("feature")
    contact = accuracy.loc["contact_form"]
    assert (contact["coders_n"], contact["coders_disagree"], contact["n"]) == (30, 2, 28)
    assert contact["coders_kappa"] < 1 and accuracy.loc["poll", "coders_kappa"] == 1
    cases = read_csv(survey(run) / "validation" / "disagreements.csv")
    between = cases[cases["between"] == "coder and coder"]
    assert sorted(zip(between["insee_code"], between["feature"])) == sorted(differ)
    assert "Coders' kappa" in Tags((survey(run) / "report.html").read_text()).text


# ---- broken sheets -------------------------------------------------------------------------------

def rewrite(path, edit):
    rows = list(csv.reader(open(path, encoding="utf-8")))
    edit(rows)
    with open(path, "w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


BROKEN = {
    "wrong columns": (lambda rows: rows[0].__setitem__(7, "forums"),
                      ["line 1: missing column(s) forum", "unknown column(s) 'forums'"]),
    "text in a cell": (lambda rows: rows[3].__setitem__(6, "oui"),
                       ["line 4, column participation_displayed: 'oui' is not 0, 1, blank or 'cannot tell'"]),
    "another run's city": (lambda rows: rows[2].__setitem__(0, "75056"),
                           ["line 3: city 75056 is not in the validation sample of run missing-features "
                            "(nor in the run: a sheet of another run?)", "of the sample is missing"]),
    "a missing city": (lambda rows: rows.pop(5), ["of the sample is missing"]),
    "an empty file": (lambda rows: rows.clear(), ["the file is empty (no header line)"]),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_sheet_is_reported_by_line_and_nothing_is_published(run, case):
    good = fill_from_truth(run)
    score(run, good)
    kit = survey(run) / "validation"
    before = {name: (kit / name).read_bytes() for name in ("accuracy.csv", "coded.csv")}
    report = (survey(run) / "report.html").read_bytes()
    edit, messages = BROKEN[case]
    broken = rewrite(fill_from_truth(run, "broken.csv", coder="Zoé"), edit)
    done = score(run, broken, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    for message in messages:
        assert f"broken.csv" in done.stderr and message in done.stderr, done.stderr
    assert "nothing scored" in done.stderr
    assert {name: (kit / name).read_bytes() for name in before} == before
    assert (survey(run) / "report.html").read_bytes() == report


def test_scoring_needs_a_drawn_sample(tmp_path):
    empty = run_scrapy("validate", "score", "--run", "nope", str(tmp_path / "x.csv"),
                       *run_settings(tmp_path), check=False)
    assert empty.returncode == 1 and "Traceback" not in empty.stderr


# ---- crawled addresses are hostile ----------------------------------------------------------------

def test_the_coding_page_escapes_crawled_text_and_links_only_web_addresses(tmp_path):
    drawn = pd.DataFrame([{"insee_code": "91228", "name": '<img src=x onerror="window.__pwned=1">Évry',
                           "website": "javascript:window.__pwned=2", "population": 53_000}])
    pages = pd.DataFrame({"city": ["91228"] * 4, "status": [200, 200, 200, None], "url": [
        'https://evry.example.fr/"><script>window.__pwned=3</script>',
        " JaVaScRiPt:window.__pwned=4", "data:text/html,<script>window.__pwned=5</script>",
        "https://evry.example.fr/never-answered"]})
    sample = {"run_id": "<b>run</b>", "seed": "</script>", "cities": ["91228"]}
    page = coding_page(sample, drawn, pages, coding_rules())
    tags = Tags(page)
    assert not [tag for tag, _ in tags.tags if tag in ("script", "img", "iframe", "object", "embed", "base")]
    assert not [(tag, name) for tag, attrs in tags.tags for name in attrs if name.startswith("on")]
    links = [attrs["href"] for tag, attrs in tags.tags if tag == "a"]
    assert links == ['https://evry.example.fr/"><script>window.__pwned=3</script>']  # text, safely quoted
    assert "never-answered" not in page  # only pages that answered are listed
    path = tmp_path / "coding.html"
    path.write_text(page, encoding="utf-8")
    with Browser(chromium_or_skip()) as browser:
        text = browser.open(path).text()
        assert browser.evaluate("window.__pwned === undefined")
        assert browser.console == [] and browser.requests == [path.resolve().as_uri()]
    assert '<img src=x onerror="window.__pwned=1">Évry' in text  # shown as text
    assert "JaVaScRiPt:window.__pwned=4" in tags.text  # listed (in the closed list), not linked


def test_a_false_alarm_is_listed_with_the_instruments_evidence(run):
    cities = read_csv(survey(run) / "cities.csv").set_index("insee_code")
    found = next(code for code in sample_codes(run) if cities.loc[code, "contact_form"] == "1")
    score(run, fill_from_truth(run, change={(found, "contact_form")}))
    accuracy = pd.read_csv(survey(run) / "validation" / "accuracy.csv").set_index("feature")
    expected = known_accuracy(run)["contact_form"]
    assert accuracy.loc["contact_form", "fp"] == expected["fp"] + 1
    assert accuracy.loc["contact_form", "specificity"] < 1
    cases = read_csv(survey(run) / "validation" / "disagreements.csv")
    alarm = cases[(cases["insee_code"] == found) & (cases["feature"] == "contact_form")].iloc[0]
    assert (alarm["instrument"], alarm["coder_1"]) == ("1", "0")
    evidence = read_csv(survey(run) / "evidence.csv")
    pages = evidence.loc[(evidence["insee_code"] == found) & (evidence["feature"] == "contact_form"), "page_url"]
    assert alarm["evidence_url"] in set(pages) and int(alarm["findings"]) == len(pages)
    links = [attrs.get("href") for tag, attrs in Tags((survey(run) / "report.html").read_text()).tags if tag == "a"]
    assert alarm["evidence_url"] in links

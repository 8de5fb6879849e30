"""The offline demo end to end: `scrapy demo` crawls the sample web with the real spider and
pipelines, and its survey must match the sample web's ground truth for every city."""
import csv
import json

import pytest

from citycrawl.sampleweb import truth
from citycrawl.sampleweb.truth import FLAGS
from tests.conftest import run_scrapy, run_settings


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    proc = run_scrapy("demo", *run_settings(tmp), timeout=300)
    return proc, tmp / "exports" / "latest"


def read_cities(folder):
    with open(folder / "cities.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_demo_writes_a_complete_survey_folder(demo):
    proc, latest = demo
    for name in ("cities.csv", "evidence.csv", "indicators.csv", "cities.parquet", "survey.xlsx",
                 "report.html", "run.json"):
        assert (latest / name).is_file(), name
    log = proc.stdout + proc.stderr
    assert "report.html" in log  # the user is told where the report is
    assert "cities answered" in log  # and saw the crawl move on (a progress line, then "done:")


def test_demo_survey_matches_ground_truth_for_every_city(demo):
    _, latest = demo
    expected = truth()
    rows = read_cities(latest)
    assert [r["insee_code"] for r in rows] == [c.insee_code for c in expected.cities]
    mismatches = []
    for row, city in zip(rows, expected.cities):
        got = {"crawl_status": row["crawl_status"], "level": row["level"],
               **{flag: row[flag] for flag in FLAGS},
               "platforms": set(filter(None, row["platforms"].split(";"))),
               "social_accounts": set(filter(None, row["social_accounts"].split(";")))}
        want = {"crawl_status": city.crawl_status, "level": str(city.level),
                **{flag: str(city.flags[flag]) for flag in FLAGS},
                "platforms": city.platforms, "social_accounts": city.social_accounts}
        diff = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
        if diff:
            mismatches.append(f"{city.insee_code} {city.name}: {diff}")
    assert not mismatches, "\n".join(mismatches)


def test_every_finding_has_evidence(demo):
    _, latest = demo
    with open(latest / "evidence.csv", newline="", encoding="utf-8") as f:
        evidence = list(csv.DictReader(f))
    assert evidence
    for row in evidence:
        assert row["insee_code"] and row["feature"] and row["page_url"].startswith("http")
        # the matched address: a page, an account, a platform (or a mailto for contact_email)
        assert row["url"].startswith(("http://", "https://", "mailto:"))
    flagged = {(r["insee_code"], f) for r in read_cities(latest) for f in FLAGS[:10] if r[f] == "1"}
    evidenced = {(r["insee_code"], r["feature"]) for r in evidence}
    assert flagged <= evidenced  # no flag without a row of evidence behind it


def test_run_json_describes_the_run(demo):
    _, latest = demo
    run = json.loads((latest / "run.json").read_text())
    assert run["run_id"] == latest.resolve().name
    assert run["stats"]["finish_reason"] == "finished"


def _truth_table():
    """indicator -> (base, stratum) -> (count, n), from the ground truth and the seeds alone."""
    from citycrawl.sampleweb import cities

    population = {c.insee_code: c.population for c in cities()}
    region = {c.insee_code: c.region_name for c in cities()}

    def stratum(code):
        p = population[code]
        return "50-100k" if p < 100_000 else "100-200k" if p < 200_000 else "200k+"

    crawled = [c for c in truth().cities if c.crawl_status in ("ok", "partial")]
    table = {}
    for base, members in (("all", crawled), ("participatory", [c for c in crawled if c.level >= 1])):
        groups = {"all": members}
        for c in members:
            groups.setdefault(stratum(c.insee_code), []).append(c)
            groups.setdefault(f"region:{region[c.insee_code]}", []).append(c)
        for name, group in groups.items():
            for flag in FLAGS:
                table[(flag, base, name)] = (sum(c.flags[flag] for c in group), len(group))
            for level in range(5):
                table[(f"level_{level}", base, name)] = (sum(c.level == level for c in group), len(group))
    return table


def test_indicators_match_ground_truth_on_both_bases_and_every_stratum(demo):
    _, latest = demo
    with open(latest / "indicators.csv", newline="", encoding="utf-8") as f:
        published = {(r["indicator"], r["base"], r["stratum"]): (int(r["count"]), int(r["n"]), r)
                     for r in csv.DictReader(f)}
    expected = _truth_table()
    assert expected.keys() <= published.keys()
    for key, (count, n) in expected.items():
        got_count, got_n, row = published[key]
        assert (got_count, got_n) == (count, n), key
        assert float(row["share"]) == pytest.approx(count / n)
        assert float(row["ci_low"]) <= count / n <= float(row["ci_high"])


def test_demo_measures_offsite_debate_of_every_city_as_the_truth_says(demo):
    from citycrawl.sampleweb.debate import truth as debate_truth

    _, latest = demo
    rows = read_cities(latest)
    expected = debate_truth()
    got = {r["insee_code"]: {code: int(r[code]) for code in ("offsite_debate", "contesting_debate")}
           for r in rows}
    assert got == expected
    assert {r["offsite_status"] for r in rows} == {"measured"}
    with open(latest / "evidence.csv", newline="", encoding="utf-8") as f:
        evidence = {(r["insee_code"], r["feature"]) for r in csv.DictReader(f)
                    if r["rule"].startswith("offsite:")}
    flagged = {(code, f) for code, flags in expected.items() for f, v in flags.items() if v}
    assert evidence == flagged  # one row of evidence behind every 1, none behind a 0


def test_demo_2009_contesting_row_has_a_value_with_its_interval(demo):
    from citycrawl.sampleweb.debate import truth as debate_truth

    _, latest = demo
    with open(latest / "useo2009.csv", newline="", encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["indicator"] == "contesting_debate_outside")
    count = sum(t["contesting_debate"] for t in debate_truth().values())
    assert (int(row["count"]), int(row["n"])) == (count, 14)
    assert float(row["share"]) == pytest.approx(count / 14)
    assert float(row["ci_low"]) < count / 14 < float(row["ci_high"])
    with open(latest / "indicators.csv", newline="", encoding="utf-8") as f:
        rows = {(r["indicator"], r["base"], r["stratum"]) for r in csv.DictReader(f)}
    assert ("offsite_debate", "all", "all") in rows and ("contesting_debate", "participatory", "all") in rows

"""Statistics: the Wilson interval against published values, indicator counts recomputed by hand."""
import math
import random

import numpy as np
import pandas as pd
import pytest

from citycrawl.seeds import Seed
from citycrawl.storage import Store
from citycrawl.survey import city_table, indicator_table
from citycrawl.survey.codebook import FEATURES, INDICATORS
from citycrawl.survey.stats import Z95, coverage_line, coverage_summary, coverage_table, wilson
from citycrawl.survey.strata import frame_strata, parse_strata, population_stratum, strata_labels
from citycrawl.survey.useo import useo_table

# Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
# seven methods", Statistics in Medicine 17:857-872, Table II, method 3 (score interval, no
# continuity correction), values as printed (4 decimals).
NEWCOMBE_1998 = [((81, 263), (0.2553, 0.3662)), ((15, 148), (0.0624, 0.1605)),
                 ((0, 20), (0.0000, 0.1611)), ((1, 29), (0.0061, 0.1718))]


@pytest.mark.parametrize(("counts", "expected"), NEWCOMBE_1998)
def test_wilson_matches_newcombe_1998(counts, expected):
    low, high = wilson(*counts)
    assert (round(float(low), 4), round(float(high), 4)) == expected


def test_wilson_bounds_are_where_the_score_test_is_at_its_critical_value():
    # The interval's definition, independent of its closed form: |k/n - p| = z sqrt(p(1-p)/n).
    for count, n in [(1, 3), (7, 10), (50, 134), (133, 134), (2, 1000)]:
        observed = count / n
        for bound in wilson(count, n):
            bound = float(bound)
            assert abs(observed - bound) == pytest.approx(Z95 * math.sqrt(bound * (1 - bound) / n))


def test_wilson_edges():
    low, high = wilson(0, 0)
    assert math.isnan(low) and math.isnan(high)
    assert [float(b) for b in wilson(5, 5)][1] == 1.0
    assert [float(b) for b in wilson(0, 5)][0] == 0.0


def test_strata_labels_and_setting():
    assert parse_strata("50000,100000,200000") == (50_000, 100_000, 200_000)
    assert parse_strata(None) is None  # unset: the strata follow the frame


def test_default_strata_follow_the_frame():
    # The bundled 50k frame keeps the 2009 strata; smaller frames add the lower ones.
    assert frame_strata([54_210, 120_000, 2_100_000]) == (50_000, 100_000, 200_000)
    assert frame_strata([10_000, 20_500, 60_000]) == (10_000, 20_000, 50_000, 100_000, 200_000)
    assert frame_strata([12, 3_000, None]) == (2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000)
    assert frame_strata([None]) == (50_000, 100_000, 200_000)
    assert strata_labels((50_000, 100_000, 200_000)) == ["50-100k", "100-200k", "200k+"]
    assert strata_labels(parse_strata(" 75500, 20000 ")) == ["20-75.5k", "75.5k+"]
    assert [population_stratum(p) for p in (49_999, 50_000, 99_999, 100_000, 2_100_000, None)] == [
        "<50k", "50-100k", "50-100k", "100-200k", "200k+", "unknown"]
    with pytest.raises(ValueError, match="CITYCRAWL_STRATA"):
        parse_strata("50k,100k")


REGIONS = ["Bretagne", "Normandie", "Occitanie"]


@pytest.fixture(scope="module")
def random_cities(tmp_path_factory):
    """80 cities with random features and statuses, stored and read back through Store."""
    rng = random.Random(2009)
    db = tmp_path_factory.mktemp("stats") / "db.sqlite"
    with Store(f"sqlite:///{db}") as store:
        store.start_run("r", {})
        store.add_cities("r", [
            Seed(line=i + 2, insee_code=f"{i:05d}", name=f"V{i}",
                 population=rng.choice([55_000, 120_000, 450_000, None]),
                 website=f"https://v{i}.fr/", region=str(i % 3),
                 attrs={"region_name": REGIONS[i % 3]}) for i in range(80)])
        for i in range(80):
            status = rng.choice([200, 200, 200, 404, None])
            findings = [{"feature": f, "url": "https://v.fr/"} for f in FEATURES if rng.random() < 0.3]
            if rng.random() < 0.5:
                findings.append({"feature": "social_account", "platform": "youtube",
                                 "url": f"https://youtube.com/@v{i}"})
            store.add_page("r", {"city": f"{i:05d}", "url": f"https://v{i}.fr/", "status": status,
                                 "error": None if status else "TimeoutError: t", "is_start": True},
                           findings)
        return city_table(store.load_run("r"))


def test_indicator_counts_match_a_count_by_hand(random_cities):
    table = indicator_table(random_cities)
    rows = random_cities.to_dict("records")
    crawled = [r for r in rows if r["crawl_status"] in ("ok", "partial")]
    assert 0 < len(crawled) < len(rows)

    def value(row, indicator):
        if indicator.startswith("level_"):
            return int(row["level"] == int(indicator[-1]))
        return int(row[indicator])

    def stratum(row):
        population = row["population"]
        if population is None or population is pd.NA:
            return "unknown"
        return "50-100k" if population < 100_000 else "100-200k" if population < 200_000 else "200k+"

    checked = 0
    for (indicator, base, label), row in table.set_index(["indicator", "base", "stratum"]).iterrows():
        members = [r for r in crawled if base == "all" or r["level"] >= 1]
        if label.startswith("region:"):
            members = [r for r in members if "region:" + r["region_name"] == label]
        elif label != "all":
            members = [r for r in members if stratum(r) == label]
        count = sum(value(r, indicator) for r in members)
        assert (row["count"], row["n"]) == (count, len(members)), (indicator, base, label)
        if members:
            assert row["share"] == pytest.approx(count / len(members))
            assert (row["ci_low"], row["ci_high"]) == pytest.approx(
                tuple(float(b) for b in wilson(count, len(members))))
        checked += 1
    labels = ["all", "50-100k", "100-200k", "200k+", "unknown"] + [f"region:{r}" for r in REGIONS]
    assert checked == len(INDICATORS) * 2 * len(labels)
    assert table["stratum"].drop_duplicates().tolist() == labels
    assert table["share"].dropna().between(0, 1).all()


def test_an_empty_stratum_has_no_share_and_no_crash(random_cities):
    table = indicator_table(random_cities, strata=(50_000, 1_000_000))
    empty = table[table["stratum"] == "1000k+"]
    assert len(empty) == 2 * len(INDICATORS)
    assert (empty["n"] == 0).all() and empty[["share", "ci_low", "ci_high"]].isna().all().all()


def test_coverage_and_its_log_line(random_cities):
    coverage = coverage_table(random_cities)
    counts = random_cities["crawl_status"].value_counts()
    assert coverage.set_index("crawl_status")["count"].to_dict() == {
        s: int(counts.get(s, 0)) for s in ("ok", "partial", "unreachable", "blocked", "error", "no_website")}
    assert coverage["share"].sum() == pytest.approx(1)
    summary = coverage_summary(coverage)
    assert coverage_line(summary) == (
        f"coverage: {summary['ok']}/80 cities crawled ({summary['unreachable']} unreachable, "
        f"{summary['error']} error)")


def test_useo_2009_rows_sit_beside_todays_share_on_base_all(random_cities):
    indicators = indicator_table(random_cities)
    useo = useo_table(indicators).set_index("indicator")
    overall = indicators[(indicators["base"] == "all") & (indicators["stratum"] == "all")]
    today = overall.set_index("indicator")
    for indicator in ("participatory", "level_1", "expression_space", "modern_dialogue"):
        assert useo.loc[indicator, "share"] == today.loc[indicator, "share"]
        assert useo.loc[indicator, "difference"] == pytest.approx(
            today.loc[indicator, "share"] - useo.loc[indicator, "share_2009"])
    assert useo.loc["participatory", "share_2009"] == 0.75
    assert (useo["base"] == "all").all()
    unmeasured = useo.loc["contesting_debate_outside"]
    assert unmeasured["share_2009"] == 0.23 and np.isnan(unmeasured["share"])
    assert unmeasured["note"].startswith("not measured") and pd.isna(unmeasured["count"])

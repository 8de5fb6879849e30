"""The city table (cities.csv): crawl_status, flags and derived indicators of every seeded city."""
import numpy as np
import pandas as pd

from citycrawl.survey.codebook import (CITY_COLUMNS, CITY_EXTRA_COLUMNS, CITY_FLAGS, CRAWLED,
                                       EXPRESSION, FEATURES, INDEX_COMPONENTS, MODERN_DIALOGUE,
                                       PARTICIPATORY_PLATFORM, SOCIAL_ACCOUNT, SOCIAL_PLATFORMS)
from citycrawl.survey.offsite import offsite_columns
from citycrawl.survey.strata import DEFAULT_STRATA, population_stratum

SUMMARY_COLUMNS = ("pages_crawled", "start_pages", "start_reached", "start_http_error",
                   "start_robots", "failed_pages")


def crawl_status(seed_error, budget_exhausted: bool, pages: dict, website=None) -> str:
    """The codebook's crawl_status from a city's page counts (Store's page_summary)."""
    if isinstance(seed_error, str) and seed_error:  # missing values come back as None or NaN
        return "error"
    if website is not None and not (isinstance(website, str) and website.strip()):
        return "no_website"  # a commune of the frame without a website: counted apart
    if pages["start_reached"] > 0:  # a start page answered with a status below 400
        partial = budget_exhausted or pages["failed_pages"] > 0
        return "partial" if partial else "ok"
    if pages["start_pages"] == 0:  # never tried, or no page row at all
        return "unreachable"
    if pages["start_robots"] == pages["start_pages"]:
        return "blocked"
    if pages["start_http_error"] > 0:
        return "error"
    return "unreachable"  # no answer: DNS, timeout, refused, reset


def city_table(run_data, strata=DEFAULT_STRATA) -> pd.DataFrame:
    """One row per seeded city, in seed order: the cities.csv columns, then the extra ones."""
    seeded = run_data.cities
    summary = (run_data.page_summary.set_index("city")
               .reindex(seeded["insee_code"]).fillna(0).astype(int))
    table = pd.DataFrame({
        "insee_code": seeded["insee_code"].to_numpy(),
        "name": seeded["name"].to_numpy(),
        "population": pd.array(seeded["population"], dtype="Int64"),
        "region": seeded["region"].to_numpy(),
        "website": seeded["website"].to_numpy(),
    })
    table["crawl_status"] = [
        crawl_status(error, bool(exhausted), pages, website)
        for error, exhausted, pages, website in zip(seeded["seed_error"], seeded["budget_exhausted"],
                                                    summary.to_dict("records"), seeded["website"])]
    table["pages_crawled"] = summary["pages_crawled"].to_numpy()
    flags = _flags(run_data.evidence, table["insee_code"])
    crawled = table["crawl_status"].isin(CRAWLED).to_numpy()
    for column in CITY_FLAGS:  # empty (unknown) for a city that was not crawled
        table[column] = pd.Series(flags[column].to_numpy(), dtype="Int64").where(crawled)
    lists = _lists(run_data.evidence, table["insee_code"])
    for column in ("platforms", "social_accounts"):
        table[column] = np.where(crawled, lists[column], None)
    index = flags[list(INDEX_COMPONENTS)].mean(axis=1).round(4).to_numpy()
    table["participation_index"] = pd.Series(index, dtype="Float64").where(crawled)
    table["stratum"] = [population_stratum(p, strata) for p in table["population"]]
    attrs = seeded["attrs"].tolist()
    for key in ("departement", "region_name"):
        table[key] = [a.get(key, "") if isinstance(a, dict) else "" for a in attrs]
    table["budget_exhausted"] = seeded["budget_exhausted"].astype(int).to_numpy()
    table["seed_error"] = seeded["seed_error"].to_numpy()
    table = table[[*CITY_COLUMNS, *CITY_EXTRA_COLUMNS]]
    return pd.concat([table, offsite_columns(run_data, table["insee_code"])], axis=1)


def _flags(evidence: pd.DataFrame, codes: pd.Series) -> pd.DataFrame:
    """0/1 features, derived indicators and ladder level of each city, as if all were crawled."""
    flags = _presence(evidence, "feature", codes, FEATURES)
    social = evidence[evidence["feature"] == SOCIAL_ACCOUNT]
    accounts = _presence(social, "platform", codes, SOCIAL_PLATFORMS)
    for platform in SOCIAL_PLATFORMS:
        flags[f"social_{platform}"] = accounts[platform]
    flags["social_media"] = codes.isin(set(social["city"])).astype(int).to_numpy()
    flags["expression_space"] = flags[list(EXPRESSION)].max(axis=1)
    flags["modern_dialogue"] = flags[list(MODERN_DIALOGUE)].max(axis=1)
    # The highest rung reached: later conditions override earlier ones.
    level = pd.Series(0, index=flags.index)
    for rung, met in ((1, flags["contact_form"]), (2, flags["participation_displayed"]),
                      (3, flags["expression_space"]), (4, flags["modern_dialogue"])):
        level = level.mask(met == 1, rung)
    flags["level"] = level
    flags["participatory"] = (level >= 1).astype(int)
    return flags.reset_index(drop=True)


def _presence(evidence: pd.DataFrame, column: str, codes: pd.Series, values) -> pd.DataFrame:
    """A 0/1 table: city (rows, in `codes` order) x value of `column` (columns, `values`)."""
    counts = evidence.groupby(["city", column]).size().unstack(fill_value=0)
    return (counts.reindex(index=codes, columns=list(values), fill_value=0)
            .fillna(0).astype(int).clip(upper=1))


def _lists(evidence: pd.DataFrame, codes: pd.Series) -> pd.DataFrame:
    """`;`-separated sorted participation platform names and social account URLs of each city."""

    def joined(rows, column):
        values = {}
        pairs = {(c, v) for c, v in zip(rows["city"], rows[column]) if isinstance(v, str) and v}
        for city, value in sorted(pairs):
            values.setdefault(city, []).append(value)
        return [";".join(values.get(code, ())) for code in codes]

    platforms = evidence[evidence["feature"] == PARTICIPATORY_PLATFORM]
    accounts = evidence[evidence["feature"] == SOCIAL_ACCOUNT]
    return pd.DataFrame({"platforms": joined(platforms, "platform"),
                         "social_accounts": joined(accounts, "url")})

"""The off-site debate measure in the survey: city columns, evidence rows, offsite.csv and the
indicator values.

A code is 1 when a counted space was found; 0 only when every query of the city was answered
(`measured`) and none was found; empty otherwise (`partial` with nothing found, `failed`, or
`not measured` when no search engine was set): a run without answers publishes no zeros.
"""
import pandas as pd

from citycrawl.survey.codebook import CRAWLED

# code -> its count column: the number of distinct spaces found
CODES = {"offsite_debate": "offsite_spaces", "contesting_debate": "contesting_spaces"}
COLUMNS = (*CODES, *CODES.values(), "offsite_status")
NOT_MEASURED = "not measured"
ANSWERED = ("measured", "partial")
RESULT_COLUMNS = ["insee_code", "counted", "contesting", "kind", "url", "title", "snippet",
                  "published", "query", "search_url", "engine", "rank", "reason", "petition_target",
                  "petition_place", "petition_date", "petition_signatures"]
EVIDENCE_KEYS = ["city", "feature", "platform", "url", "detail", "page_url", "rule", "handle",
                 "occurrences"]


def offsite_columns(run_data, codes: pd.Series) -> pd.DataFrame:
    """The COLUMNS of each city, in `codes` order."""
    statuses = run_data.offsite_status.set_index("city")["status"].astype(object)
    status = codes.map(statuses).astype(object).fillna(NOT_MEASURED)
    status = status.to_numpy()
    counted = _counted(run_data.offsite_results)
    table = pd.DataFrame({"offsite_status": status})
    for code, count_column in CODES.items():
        found = counted if code == "offsite_debate" else counted[counted["contesting"].astype(bool)]
        count = pd.Series(codes.map(found.groupby("city").size()).fillna(0).astype(int).to_numpy(),
                          dtype="Int64")
        table[code] = count.clip(upper=1).where((count > 0) | (status == "measured"))
        table[count_column] = count.where(pd.Series(status).isin(ANSWERED))
    return table[list(COLUMNS)]


def offsite_values(cities: pd.DataFrame) -> pd.DataFrame:
    """The two codes of each crawled city (empty where not measured), for indicators.csv."""
    crawled = cities[cities["crawl_status"].isin(CRAWLED)]
    return crawled[list(CODES)].astype("Int64")


def measured_anywhere(cities: pd.DataFrame) -> bool:
    return bool(cities["offsite_debate"].notna().any())


def offsite_evidence(run_data) -> pd.DataFrame:
    """evidence.csv rows: one per counted space and code, in the store's evidence columns."""
    counted = _counted(run_data.offsite_results)
    rows = []
    for r in counted.to_dict("records"):
        where = f'found by "{r["query"]}" (engine {r["engine"] or "?"}, rank {r["rank"]}'
        where += f", dated {r['published']})" if r["published"] else ", no date)"
        detail = f'{r["title"]} | {r["reason"]} | {where}'[:200]
        codes = ("offsite_debate", "contesting_debate") if r["contesting"] else ("offsite_debate",)
        for code in codes:
            rows.append({"city": r["city"], "feature": code, "platform": r["kind"],
                         "url": r["url"], "detail": detail, "page_url": r["search_url"],
                         "rule": f"offsite:{r['kind']}", "handle": None, "occurrences": 1})
    return pd.DataFrame(rows, columns=EVIDENCE_KEYS)


def offsite_table(run_data, codes: pd.Series) -> pd.DataFrame:
    """offsite.csv: every search result kept, counted or not, with why, cities in seed order."""
    results = run_data.offsite_results
    if results.empty:
        return pd.DataFrame(columns=RESULT_COLUMNS)
    order = {code: i for i, code in enumerate(codes)}
    table = results.rename(columns={"city": "insee_code"})
    details = [d if isinstance(d, dict) else {} for d in table["details"]]
    for key in ("target", "place", "date", "signatures"):
        table[f"petition_{key}"] = [d.get(key) for d in details]
    table["petition_signatures"] = pd.array(table["petition_signatures"], dtype="Int64")
    table["counted"] = table["counted"].astype(int)
    table["contesting"] = table["contesting"].astype(int)
    table = table.assign(_order=table["insee_code"].map(order).fillna(len(order)))
    table = table.sort_values(["_order", "counted", "query", "rank"],
                              ascending=[True, False, True, True], kind="stable")
    return table.reindex(columns=RESULT_COLUMNS).reset_index(drop=True)


def _counted(results: pd.DataFrame) -> pd.DataFrame:
    if results.empty:
        return results
    counted = results[results["counted"].astype(bool)].copy()
    counted["contesting"] = counted["contesting"].astype(bool)
    return counted

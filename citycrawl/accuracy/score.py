"""Scoring a coded validation sample against the run: what the survey publishes about its accuracy.

The reference for a city and feature is the coder's 1 or 0; with two sheets, the value both coders
gave. A case coded "cannot tell" or left blank (by either coder), or on which the two coders differ,
has no reference: it is left out of the instrument's scores, and the coders' differences are listed
to be settled (edit one sheet and score again)."""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from citycrawl.accuracy.kit import CODED, CODEBOOK_CODE
from citycrawl.accuracy.stats import cohen_kappa, corrected_share
from citycrawl.survey.stats import wilson
from citycrawl.survey.report_text import indicator_rows

ACCURACY_COLUMNS = ["feature", "n", "tp", "fp", "fn", "tn", "sensitivity", "specificity", "precision",
                    "kappa", "kappa_low", "kappa_high",
                    # extensions after the contract columns (exports/README.md)
                    "sensitivity_low", "sensitivity_high", "specificity_low", "specificity_high",
                    "precision_low", "precision_high", "left_out", "coders_n", "coders_disagree",
                    "coders_kappa", "coders_kappa_low", "coders_kappa_high"]
DISAGREEMENT_COLUMNS = ["insee_code", "name", "feature", "between", "instrument", "coder_1", "coder_2",
                        "pages_crawled", "budget_exhausted", "findings", "evidence_url", "evidence_detail"]
CORRECTED_COLUMNS = ["indicator", "base", "stratum", "count", "n", "share", "ci_low", "ci_high",
                     "raw_share", "raw_ci_low", "raw_ci_high", "estimate", "note"]
INSTRUMENT_AND_CODERS, CODERS = "instrument and coders", "coder and coder"


@dataclass
class Accuracy:
    sample: dict  # sample.json: run_id, seed, size, strata, cities
    coders: list  # one entry per sheet: the names in its coder column
    table: pd.DataFrame  # accuracy.csv
    disagreements: pd.DataFrame  # disagreements.csv
    corrected: pd.DataFrame  # the corrected shares, as rows of indicators.csv


def _binary(values: pd.Series) -> pd.Series:
    """'1'/'0' -> 1.0/0.0; anything else (cannot tell, blank) -> NaN."""
    return values.map({"1": 1.0, "0": 0.0}).astype(float)


def coder_values(coded: pd.DataFrame, sheet: int) -> pd.DataFrame:
    """One sheet's values per city (index insee_code) and feature: 1.0, 0.0, or NaN (not coded)."""
    return coded[coded["sheet"] == sheet].set_index("insee_code")[list(CODED)].apply(_binary)


def reference(first: pd.DataFrame, second: pd.DataFrame | None) -> pd.DataFrame:
    """The reference: the first coder's value, or with two coders the value they both gave."""
    return first if second is None else first.where(first == second.reindex(first.index))


def _proportion(count: int, n: int):
    low, high = wilson(count, n)
    return (count / n if n else np.nan), float(low), float(high)


def score(sample: dict, coded: pd.DataFrame, cities: pd.DataFrame, evidence: pd.DataFrame,
          indicators: pd.DataFrame) -> Accuracy:
    codes = [str(c) for c in sample["cities"]]
    first = coder_values(coded, 1)
    second = coder_values(coded, 2).reindex(first.index) if (coded["sheet"] == 2).any() else None
    ref = reference(first, second)
    city = cities.assign(insee_code=cities["insee_code"].astype(str)).set_index("insee_code").loc[codes]
    rows, disagreements, corrected = [], [], []
    totals = indicator_rows(indicators)
    for feature in CODED:
        found = pd.to_numeric(city[feature], errors="coerce").reindex(codes)
        truth = ref[feature].reindex(codes)
        known = truth.notna() & found.notna()
        f, t = found[known].astype(int), truth[known].astype(int)
        tp, fp = int(((f == 1) & (t == 1)).sum()), int(((f == 1) & (t == 0)).sum())
        fn, tn = int(((f == 0) & (t == 1)).sum()), int(((f == 0) & (t == 0)).sum())
        sens, spec, prec = _proportion(tp, tp + fn), _proportion(tn, tn + fp), _proportion(tp, tp + fp)
        kappa = cohen_kappa(tp, fp, fn, tn)
        row = {"feature": feature, "n": len(t), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
               "sensitivity": sens[0], "specificity": spec[0], "precision": prec[0],
               "kappa": kappa[0], "kappa_low": kappa[1], "kappa_high": kappa[2],
               "sensitivity_low": sens[1], "sensitivity_high": sens[2],
               "specificity_low": spec[1], "specificity_high": spec[2],
               "precision_low": prec[1], "precision_high": prec[2], "left_out": len(codes) - len(t)}
        if second is not None:
            a, b = first[feature].reindex(codes), second[feature].reindex(codes)
            both = a.notna() & b.notna()
            a, b = a[both].astype(int), b[both].astype(int)
            coders = cohen_kappa(int(((a == 1) & (b == 1)).sum()), int(((a == 1) & (b == 0)).sum()),
                                 int(((a == 0) & (b == 1)).sum()), int(((a == 0) & (b == 0)).sum()))
            row.update(coders_n=len(a), coders_disagree=int((a != b).sum()), coders_kappa=coders[0],
                       coders_kappa_low=coders[1], coders_kappa_high=coders[2])
            for code in a.index[a != b]:
                disagreements.append(_disagreement(code, feature, CODERS, city, evidence, first, second))
        rows.append(row)
        for code in f.index[f != t]:
            disagreements.append(_disagreement(code, feature, INSTRUMENT_AND_CODERS, city, evidence,
                                               first, second))
        raw = totals.get(feature)
        count, n = (int(raw["count"]), int(raw["n"])) if raw is not None else (0, 0)
        share, low, high, note = corrected_share(count, n, f.to_numpy(), t.to_numpy())
        corrected.append({"indicator": feature, "base": "all", "stratum": "all", "count": count, "n": n,
                          "share": share, "ci_low": low, "ci_high": high,
                          "raw_share": raw["share"] if raw is not None else np.nan,
                          "raw_ci_low": raw["ci_low"] if raw is not None else np.nan,
                          "raw_ci_high": raw["ci_high"] if raw is not None else np.nan,
                          "estimate": "corrected", "note": note})
    coders = [sorted({str(c) for c in coded.loc[coded["sheet"] == s, "coder"] if str(c)})
              for s in sorted(coded["sheet"].unique())]
    table = pd.DataFrame(rows).reindex(columns=ACCURACY_COLUMNS)
    found_order = {code: i for i, code in enumerate(codes)}
    disagreements = pd.DataFrame(disagreements, columns=DISAGREEMENT_COLUMNS)
    disagreements = disagreements.sort_values(
        ["between", "insee_code"], key=lambda c: c.map(found_order) if c.name == "insee_code" else c,
        kind="stable").reset_index(drop=True)
    return Accuracy(sample=sample, coders=coders, table=table, disagreements=disagreements,
                    corrected=pd.DataFrame(corrected, columns=CORRECTED_COLUMNS))


def _code(value) -> str:
    return "" if pd.isna(value) else str(int(value))


def _disagreement(code, feature, between, city, evidence, first, second) -> dict:
    """One case to read first: the instrument's value and evidence beside each coder's."""
    row = city.loc[code]
    found = evidence[(evidence["insee_code"].astype(str) == code)
                     & (evidence["feature"] == CODEBOOK_CODE.get(feature, feature))]
    top = found.iloc[0] if len(found) else None
    return {"insee_code": code, "name": row["name"], "feature": feature, "between": between,
            "instrument": _code(row[feature]), "coder_1": _code(first.at[code, feature]),
            "coder_2": _code(second.at[code, feature]) if second is not None else "",
            "pages_crawled": row.get("pages_crawled"), "budget_exhausted": row.get("budget_exhausted"),
            "findings": len(found),
            "evidence_url": None if top is None else (top.get("page_url") or top.get("url")),
            "evidence_detail": None if top is None else top.get("detail")}

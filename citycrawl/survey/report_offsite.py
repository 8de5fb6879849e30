"""The report's section on local debate outside the official site: how far the searches got, and
the two shares. The spaces themselves are in each city's evidence and in offsite.csv."""
import pandas as pd

from citycrawl.survey.offsite import CODES, NOT_MEASURED
from citycrawl.survey.report_text import count_of, esc, indicator_rows, interval, label, pct

STATUS_ORDER = ("measured", "partial", "failed", NOT_MEASURED)


def offsite_section(survey) -> str:
    cities = survey.cities
    if "offsite_status" not in cities or (cities["offsite_status"] == NOT_MEASURED).all():
        return ""  # not measured in this run: the 2009 table says so
    counts = cities["offsite_status"].value_counts()
    statuses = ", ".join(f"{counts.get(s, 0)} {s}" for s in STATUS_ORDER if counts.get(s, 0))
    rows = indicator_rows(survey.indicators)
    cells = []
    for code in CODES:
        row = rows.get(code)
        if row is None or pd.isna(row["share"]):
            continue
        cells.append(f'<tr><td>{esc(label(code))}</td><td class="num">{pct(row["share"])}</td>'
                     f'<td class="num">{count_of(row["count"], row["n"])}</td>'
                     f'<td class="num">{interval(row["ci_low"], row["ci_high"])}</td></tr>')
    return ('<section><h2 id="offsite">Local debate outside the official site</h2>'
            f'<p class="note">Web searches per city through a SearXNG instance; cities: {esc(statuses)}. '
            "A share counts the crawled cities whose searches were all answered, or found a space; "
            "every result, counted or not, is in offsite.csv with its query, rank and reason.</p>"
            '<div class="scroll"><table><thead><tr><th>Indicator</th><th class="num">Share</th>'
            '<th class="num">Count / n</th><th class="num">95% interval</th></tr></thead>'
            f'<tbody>{"".join(cells)}</tbody></table></div></section>')

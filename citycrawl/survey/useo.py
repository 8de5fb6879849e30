"""The 2009 Uséo figures (137 French cities over 50,000 inhabitants) beside today's shares.

Every 2009 figure was a share of all the cities surveyed, so today's share is taken on the base
`all` (crawled cities), stratum `all`. The mapping of each figure to an indicator is documented in
exports/README.md.
"""
import pandas as pd

# indicator, what Uséo reported, 2009 share, how the indicator relates to it
USEO_2009 = (
    ("participatory", "showed a participatory approach on the site", 0.75,
     "level >= 1"),
    ("level_1", "limited it to a contact form", 0.46,
     "highest rung is contact: contact_form and nothing above"),
    ("participation_displayed", "displayed their participatory approach", 0.17,
     "a page presents the approach, whatever else the site offers"),
    ("forum", "ran forums with comments", 0.17,
     "discussion boards; comments under content count in expression_space"),
    ("expression_space", "gave an overall space of expression", 0.22,
     "forum or comments or poll"),
    ("modern_dialogue", "used modern dialogue spaces", 0.04,
     "suggestion_call, participatory_budget, participatory_platform, "
     "territorial_social_network or petition"),
    ("suggestion_call", "called for suggestions", 0.03, "explicit calls for ideas"),
    ("territorial_social_network", "ran a territorial social network", 0.01,
     "local social networks for residents"),
    ("contesting_debate_outside", "local debate took a contesting form outside the site", 0.23,
     "contesting_debate: a contesting space of residents outside the city's web presence, found "
     "by web search; n = crawled cities whose searches were all answered or found one"),
)
# Today's indicator behind a 2009 figure, where the names differ, and what the row says when
# that indicator was not measured in the run.
SOURCES = {"contesting_debate_outside": "contesting_debate"}
UNMEASURED = {"contesting_debate_outside": "not measured: no search engine was set "
                                           "(CITYCRAWL_SEARCH_URL) or none answered"}
COLUMNS = ["indicator", "label", "base", "share_2009", "count", "n", "share", "ci_low", "ci_high",
           "difference", "note"]


def useo_table(indicators: pd.DataFrame) -> pd.DataFrame:
    overall = indicators[(indicators["base"] == "all") & (indicators["stratum"] == "all")]
    today = overall.set_index("indicator")
    rows = []
    for indicator, label, share_2009, note in USEO_2009:
        row = {"indicator": indicator, "label": label, "base": "all", "share_2009": share_2009,
               "note": note}
        source = SOURCES.get(indicator, indicator)
        if source in today.index:
            now = today.loc[source]
            row.update({k: now[k] for k in ("count", "n", "share", "ci_low", "ci_high")})
        elif indicator in UNMEASURED:
            row["note"] = UNMEASURED[indicator]
        rows.append(row)
    table = pd.DataFrame(rows).reindex(columns=COLUMNS)
    table["count"] = table["count"].astype("Int64")
    table["n"] = table["n"].astype("Int64")
    table["difference"] = table["share"] - table["share_2009"]  # NaN where not measurable
    return table.astype({"share": float, "ci_low": float, "ci_high": float, "difference": float})

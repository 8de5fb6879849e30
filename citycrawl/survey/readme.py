"""The 'read me' sheet of survey.xlsx: what the tables hold, where the frame comes from."""
from citycrawl.survey.codebook import CRAWLED

SOURCES = (
    "Survey frame (cities, websites): Annuaire de l'administration – Direction de l'information "
    "légale et administrative (DILA)",
    "Populations: INSEE, populations légales 2023, via Etalab découpage administratif",
    "Reference study: Uséo, June 2009, websites of the 137 French cities of more than 50,000 "
    "inhabitants",
)

DEFINITIONS = (
    ("contact_form", "a form lets a resident write a free-text message to the city"),
    ("participation_displayed", "a page presents the city's participatory approach "
                                "(démocratie participative, conseils de quartier, concertation...)"),
    ("forum", "a discussion board where residents post threads and replies"),
    ("comments", "residents can publish comments under content"),
    ("poll", "an online poll, survey or questionnaire open to residents"),
    ("petition", "residents can start or sign petitions on a city-run space"),
    ("suggestion_call", "an explicit call for residents' ideas or suggestions"),
    ("participatory_budget", "a participatory budget where residents propose or vote projects"),
    ("participatory_platform", "a dedicated participation platform (Decidim, CONSUL, Cap Collectif...)"),
    ("territorial_social_network", "a local social network for the city's residents"),
    ("expression_space", "forum or comments or poll"),
    ("modern_dialogue", "suggestion_call or participatory_budget or participatory_platform or "
                        "territorial_social_network or petition"),
    ("social_media", "at least one link to an account of the city on a social platform; "
                     "social_<platform> per platform"),
    ("level", "highest rung of the ladder: 0 none, 1 contact (contact_form only), "
              "2 information (participation_displayed), 3 expression (expression_space), "
              "4 dialogue (modern_dialogue); level_<n> in indicators = share at that rung"),
    ("participatory", "level >= 1 (Uséo's 'démarche participative affichée')"),
    ("participation_index", "share of 11 page-level indicators met: the 10 features above "
                            "contact_form..territorial_social_network, plus social_media"),
    ("offsite_debate", "a space outside the city's web presence where residents discuss its local "
                       "matters (forum, group, collective's site, petition), active in the 24 "
                       "months before the survey, found by web search; empty = not measured"),
    ("contesting_debate", "an offsite_debate space that opposes a decision or project of the city "
                          "(non à, stop, sauvons, collectif contre, pétition contre, en colère...)"),
    ("offsite_status", "the web searches of the city: measured (all answered), partial (some), "
                       "failed (none), not measured (no search engine set); offsite.csv holds "
                       "every result with its query, engine, rank, date and reason"),
    ("crawl_status", "ok; partial (some pages failed or the page budget ran out); unreachable "
                     "(the start page never answered); blocked (robots.txt forbids the start "
                     "page); error (seed error or HTTP error on the start page)"),
)


def readme_rows(survey) -> list[tuple[str, str]]:
    run, coverage = survey.run, survey.run["coverage"]
    rows = [
        ("citycrawl survey", f"run {run['run_id']}"),
        ("run status", str(run.get("status"))),
        ("run started", str(run.get("started_at") or "")),
        ("run finished", str(run.get("finished_at") or "")),
        ("coverage", f"{coverage['crawled']} of {coverage['seeded']} seeded cities crawled; "
                     + ", ".join(f"{s}: {coverage[s]}" for s in
                                 ("ok", "partial", "unreachable", "blocked", "error"))),
        ("bases", f"every share is computed on crawled cities only (crawl_status "
                  f"{' or '.join(CRAWLED)}): base 'all' = all crawled cities, base "
                  f"'participatory' = crawled cities with level >= 1"),
        ("intervals", "ci_low, ci_high: 95% Wilson score interval of count / n"),
        ("strata", "'all', population strata (e.g. 50-100k = 50,000 to 99,999 inhabitants), "
                   "regions as 'region:<region name>'"),
        ("flags", "1 present, 0 absent, empty = unknown (city not crawled)"),
        ("text cells", "values here are exact and typed as text, never run as formulas; in the "
                       "CSV files a text cell starting with = + - @ gets a leading apostrophe"),
    ]
    if survey.compared_run:
        rows.append(("waves", f"changes since run {survey.compared_run}, on the cities crawled "
                              f"in both runs"))
    if survey.accuracy is not None:
        sample = survey.accuracy.sample
        rows += [
            ("measured accuracy", f"{len(sample['cities'])} cities drawn at random by population "
                                  f"stratum (seed {sample['seed']}) and coded by hand: sheet "
                                  "'accuracy' (instrument against coders, per feature) and sheet "
                                  "'disagreements' (the cases to read first)"),
            ("estimate", "indicators: 'raw' rows are the instrument's shares; 'corrected' rows (base "
                         "all, stratum all) correct them for the measured error (Rogan-Gladen), with "
                         "a bootstrap interval; 'note' says why a correction is not estimable"),
        ]
    rows += [("definition: " + code, text) for code, text in DEFINITIONS]
    rows += [("source", text) for text in SOURCES]
    return rows

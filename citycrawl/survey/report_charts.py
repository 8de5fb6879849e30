"""The report's charts, as inline SVG written here (the page loads no chart library).

Every chart carries a title and a description for screen readers, and prints its numbers next to
its bars, so it reads without colour and on paper.
"""
from dataclasses import dataclass

import pandas as pd

from citycrawl.survey.report_text import (
    HEADLINE, LADDER, count_of, esc, indicator_rows, label, missing, number, pct, points,
    population_strata,
)

WIDTH = 480  # viewBox units: one CSS pixel at full size (the page never draws a chart larger)
BAR_SPACE = 240  # the longest bar; the rest of the width holds the numbers
LINE = 18  # height of a label line
BAR = 14  # thickness of a bar
# Dark to light, so that strata stay apart in grey print; bars are outlined in the darkest.
PALETTE = ["#1d3f6e", "#4f7fb8", "#9dbbdc", "#dce7f3"]
GAINED, LOST = "#1d3f6e", "#b5522b"
LADDER_TITLE = "Participation ladder: highest level reached"
STRATA_TITLE = "Features by population stratum"
SOCIAL_TITLE = "Social platforms linked from city websites"


@dataclass
class Bar:
    fraction: float  # length as a share of the longest possible bar, in [0, 1]
    text: str  # the number shown after the bar
    color: str = PALETTE[0]


@dataclass
class Item:
    label: str
    bars: list[Bar]


def _text(x, y, content, anchor="start", css=""):
    css_attr = f' class="{css}"' if css else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{css_attr}>{esc(content)}</text>'


def _rect(x, y, width, color):
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(width, 0):.1f}" height="{BAR}" '
            f'fill="{color}" stroke="{PALETTE[0]}" stroke-width="0.5"/>')


def _figure(chart_id, title, description, content):
    return (f'<figure class="chart" id="{chart_id}"><figcaption>{esc(title)}'
            f'<span class="note">{esc(description)}</span></figcaption>{content}</figure>')


def _svg(chart_id, title, description, height, parts):
    return _figure(chart_id, title, description,
                   f'<svg role="img" viewBox="0 0 {WIDTH} {height:.0f}" '
                   f'aria-labelledby="{chart_id}-title {chart_id}-desc">'
                   f'<title id="{chart_id}-title">{esc(title)}</title>'
                   f'<desc id="{chart_id}-desc">{esc(description)}</desc>{"".join(parts)}</svg>')


def _empty(chart_id, title, message):
    """A chart with nothing to draw says so, under its title."""
    return _figure(chart_id, title, message, "")


def _legend(entries, y):
    """Colour keys in one row; returns the parts and the height used."""
    parts, x = [], 0
    for name, color in entries:
        parts.append(_rect(x, y, BAR, color))
        parts.append(_text(x + BAR + 4, y + BAR - 2, name))
        x += BAR + 12 + 8 * len(name)
    return parts, LINE + 8


def bar_chart(chart_id, title, description, items, legend=()):
    """Horizontal bars, each item's label on its own line above its bars."""
    parts, y = [], 0.0
    if legend:
        legend_parts, used = _legend(legend, y)
        parts += legend_parts
        y += used
    for item in items:
        y += LINE
        parts.append(_text(0, y - 4, item.label, css="item"))
        for bar in item.bars:
            width = BAR_SPACE * min(max(bar.fraction, 0.0), 1.0)
            parts.append(_rect(0, y, width, bar.color))
            parts.append(_text(width + 6, y + BAR - 2, bar.text))
            y += BAR + 4
        y += 6
    return _svg(chart_id, title, description, y + 4, parts)


def ladder_chart(cities: pd.DataFrame) -> str:
    """How many crawled cities reached each rung of the participation ladder."""
    levels = pd.to_numeric(cities["level"], errors="coerce").dropna().astype(int)
    total = len(levels)
    if not total:
        return _empty("chart-ladder", LADDER_TITLE, "No city was crawled.")
    counts = levels.value_counts()
    items = []
    for level, rung in LADDER.items():
        count = _count(counts.get(level, 0))
        text = f"{pct(count / total)} ({count_of(count, total)})"
        items.append(Item(f"{level} {rung}", [Bar(count / total, text)]))
    return bar_chart("chart-ladder", LADDER_TITLE,
                     f"Crawled cities by the highest rung reached, out of {number(total)}.", items)


def _count(value) -> int:
    return 0 if missing(value) else int(value)


def _share_bar(row, color=PALETTE[0], prefix=""):
    if row is None or missing(row["share"]):
        return Bar(0.0, f"{prefix}not measured", color)
    return Bar(float(row["share"]), f"{prefix}{pct(row['share'])} ({count_of(row['count'], row['n'])})", color)


def strata_chart(indicators: pd.DataFrame) -> str:
    """The headline indicators in each population stratum (all cities base)."""
    strata = population_strata(indicators)
    if not strata:
        return _empty("chart-strata", STRATA_TITLE, "This survey has no population strata.")
    by_stratum = {s: indicator_rows(indicators, "all", s) for s in strata}
    colors = dict(zip(strata, PALETTE * len(strata)))
    items = [Item(label(code), [_share_bar(by_stratum[s].get(code), colors[s], f"{s}: ")
                                for s in strata])
             for code in HEADLINE]
    return bar_chart("chart-strata", STRATA_TITLE,
                     "Share of crawled cities with each feature, one bar per population stratum.",
                     items, legend=list(colors.items()))


def social_chart(indicators: pd.DataFrame) -> str:
    """Share of crawled cities linking to an account on each social platform."""
    rows = indicator_rows(indicators)
    platforms = [row for code, row in rows.items()
                 if code.startswith("social_") and code != "social_media" and _count(row["count"])]
    if not platforms:
        return _empty("chart-social", SOCIAL_TITLE, "No crawled city links to an account on a social platform.")
    platforms.sort(key=lambda row: -row["share"])
    items = [Item(label(row["indicator"]), [_share_bar(row)]) for row in platforms]
    return bar_chart("chart-social", SOCIAL_TITLE,
                     "Share of crawled cities linking to an account of the city on each platform; "
                     "platforms no city links to are left out.", items)


def waves_chart(waves: pd.DataFrame, compared_run) -> str:
    """Cities that gained or lost each indicator since the compared run (cities in both runs)."""
    if waves is None:
        return ""
    title = f"Changes since run {compared_run}" if compared_run else "Changes between waves"
    rows = [r for r in waves.to_dict("records") if _count(r["gained"]) or _count(r["lost"])]
    if not rows:
        return _empty("chart-waves", title, "No city present in both runs gained or lost an indicator.")

    largest = max([max(_count(r["gained"]), _count(r["lost"])) for r in rows] + [1])
    middle = WIDTH / 2
    half = middle - 85  # room for the numbers at both ends
    parts, y = [], 0.0
    for row in rows:
        parts.append(_text(0, y + LINE - 4, label(row["indicator"]), css="item"))
        parts.append(_text(0, y + 2 * LINE - 4, f"{pct(row['share_before'])} → {pct(row['share_after'])} "
                                                f"({points(row['change'])}), {number(row['n_both'])} cities in both runs"))
        y += 2 * LINE
        lost, gained = (half * _count(row[key]) / largest for key in ("lost", "gained"))
        parts.append(f'<line x1="{middle}" y1="{y - 2:.1f}" x2="{middle}" y2="{y + BAR + 2:.1f}" stroke="#555"/>')
        parts.append(_rect(middle - lost, y, lost, LOST))
        parts.append(_rect(middle, y, gained, GAINED))
        parts.append(_text(middle - lost - 6, y + BAR - 2, f"lost {number(row['lost'])}", "end"))
        parts.append(_text(middle + gained + 6, y + BAR - 2, f"gained {number(row['gained'])}"))
        y += BAR + 9
    return _svg("chart-waves", title,
                "For each indicator, cities present in both runs that lost it (left) or gained it (right); "
                "indicators no city gained or lost are left out (waves.csv has them all).", y + 4, parts)

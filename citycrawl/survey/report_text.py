"""Escaping, number formats and labels shared by the report page and its charts.

Everything the crawler read from the web is hostile: it only reaches the page through `esc`
(HTML text and attribute values) or `script_json` (data embedded for the page's script).
"""
import base64
import hashlib
import html
import json
import math

import pandas as pd

# Inside <script>, "</script>" or "<!--" in data would end or change the element; U+2028/2029
# end a line in older JavaScript parsers. Escaped as \uXXXX, JSON.parse reads them back unchanged.
_SCRIPT_UNSAFE = str.maketrans({
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029",
})


def missing(value) -> bool:
    """True for None, NaN and pandas' missing markers."""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or an array is not a missing scalar
        return False


def esc(value) -> str:
    """Text for HTML content or a quoted attribute value; missing values become ''."""
    return "" if missing(value) else html.escape(str(value), quote=True)


def script_json(value) -> str:
    """JSON safe to place between <script type="application/json"> tags."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")).translate(_SCRIPT_UNSAFE)


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def html_page(title: str, body: str, css: str, js: str = "") -> str:
    """A self-contained page whose Content-Security-Policy allows its inline style and script (by
    their hashes) and nothing else: no request leaves it, no planted script runs."""
    scripts = f"script-src {_csp_hash(js)}" if js else "script-src 'none'"
    csp = (f"default-src 'none'; {scripts}; style-src {_csp_hash(css)}; "
           "base-uri 'none'; form-action 'none'")
    page = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">'
            '<meta name="referrer" content="no-referrer">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{css}</style></head>"
            f"<body>{body}" + (f"<script>{js}</script>" if js else "") + "</body></html>\n")
    # A lone surrogate in crawled text could not be written as UTF-8: replace it.
    return page.encode("utf-8", "replace").decode("utf-8")


def web_link(url, text=None) -> str:
    """A link to a crawled address, or its text alone when it is not http(s): a `javascript:` or
    `data:` address from a hostile page never becomes a link."""
    if missing(url):
        return ""
    url = str(url)
    shown = esc(url if text is None else text)
    if url.strip().lower().startswith(("http://", "https://")) and url == url.strip():
        return f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{shown}</a>'
    return shown


def pct(share, digits: int = 1) -> str:
    """0.754 -> '75.4%'; missing -> an en dash."""
    if missing(share):
        return "–"
    return f"{share * 100:.{digits}f}%"


def points(difference) -> str:
    """A difference of shares in percentage points, signed: 0.034 -> '+3.4 pts'."""
    if missing(difference):
        return "–"
    value = round(difference * 100, 1)
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return f"{sign}{abs(value):.1f} pts"


def interval(low, high) -> str:
    if missing(low) or missing(high):
        return "–"
    return f"{low * 100:.1f}–{high * 100:.1f}%"


def number(value) -> str:
    """An integer with thousands separators; missing -> an en dash."""
    if missing(value):
        return "–"
    if isinstance(value, float) and not math.isfinite(value):
        return "–"
    return f"{int(value):,}"


def count_of(count, n) -> str:
    return f"{number(count)} / {number(n)}"


# Codebook codes -> what the page calls them (English, with the French term city teams use).
LABELS = {
    "participatory": "Participatory approach (démarche participative)",
    "contact_form": "Contact form (formulaire de contact)",
    "participation_displayed": "Participation displayed (démarche affichée)",
    "forum": "Forum (forum)",
    "comments": "Comments (commentaires)",
    "poll": "Poll or survey (sondage)",
    "petition": "Petition (pétition)",
    "suggestion_call": "Call for ideas (appel à idées)",
    "participatory_budget": "Participatory budget (budget participatif)",
    "participatory_platform": "Participation platform (plateforme participative)",
    "territorial_social_network": "Territorial social network (réseau social territorial)",
    "expression_space": "Expression space (espace d'expression)",
    "modern_dialogue": "Modern dialogue (dialogue moderne)",
    "social_media": "Social media (réseaux sociaux)",
    "social_account": "Social media account (compte de réseau social)",
    "contact_email": "Contact e-mail (adresse de contact)",
    "social_facebook": "Facebook",
    "social_x": "X (Twitter)",
    "social_instagram": "Instagram",
    "social_youtube": "YouTube",
    "social_linkedin": "LinkedIn",
    "social_tiktok": "TikTok",
    "social_mastodon": "Mastodon",
    "social_bluesky": "Bluesky",
    "offsite_debate": "Local debate outside the site (débat hors du site)",
    "contesting_debate": "Contesting debate outside the site (débat contestataire)",
}

# The participation ladder of the codebook: level -> rung.
LADDER = {0: "none", 1: "contact", 2: "information", 3: "expression", 4: "dialogue"}

# The indicators the page leads with, in this order.
HEADLINE = ["participatory", "contact_form", "expression_space", "modern_dialogue", "social_media"]


def label(code) -> str:
    """The page's name for a codebook code: social_<platform> and level_<n> are named from their
    parts; other unknown codes are shown as they are."""
    code = str(code)
    if code in LABELS:
        return LABELS[code]
    if code.startswith("social_"):
        return code.removeprefix("social_").capitalize()
    rung = code.removeprefix("level_")
    if code.startswith("level_") and rung.isdigit() and int(rung) in LADDER:
        return f"Level {rung} ({LADDER[int(rung)]})"
    return code


def indicator_rows(indicators: pd.DataFrame, base: str = "all", stratum: str = "all") -> dict:
    """indicator -> its row (a dict) for one base and stratum of indicators.csv."""
    chosen = indicators[(indicators["base"] == base) & (indicators["stratum"] == stratum)]
    return {row["indicator"]: row for row in chosen.to_dict("records")}


def population_strata(indicators: pd.DataFrame) -> list[str]:
    """The population strata of indicators.csv, in their order (regions and 'all' excluded)."""
    strata = indicators["stratum"].dropna().astype(str).unique().tolist()
    return [s for s in strata if s != "all" and not s.startswith("region:")]

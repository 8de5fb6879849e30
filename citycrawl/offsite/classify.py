"""Classify one web search result for the off-site debate measure (docs/CODEBOOK.md).

The rules are data: citycrawl/data/offsite_rules.yaml says, step by step, what counts. A result is
judged from its title, snippet and address only: nothing from the page is executed or trusted.
"""
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from citycrawl.detect.text import fold, slug_words, squash
from citycrawl.urls import host_of, registrable_domain

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
RULES_PATH = DATA_DIR / "offsite_rules.yaml"
DEPARTEMENTS_PATH = DATA_DIR / "departements.yaml"
MAX_TEXT = 2000  # characters of a title or snippet looked at: results are hostile input

MONTHS = {"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
          "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}
NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
WORDED_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
BRACKETED_CODE = re.compile(r"\((\d{2,3}|2a|2b)\)")
# A postcode is followed by a place name; "12000 signatures" is no postcode.
POSTCODE = re.compile(r"(?<![\d.,])(\d{5}) (?!signat|soutien|habitant|personne|euro|membre|vue|abonn)[a-z]")


@dataclass
class CityContext:
    """What the classifier knows of a city: from the frame and from its crawl."""
    insee_code: str
    name: str
    departement: str  # code: 35, 2A, 974
    domains: set = field(default_factory=set)  # registrable domains of its official site
    hosts: set = field(default_factory=set)  # hosts of its participation spaces elsewhere
    accounts: set = field(default_factory=set)  # its social account URLs, as the crawl found them


@dataclass
class Verdict:
    counted: bool  # an offsite_debate space of this city
    contesting: bool  # and it contests a decision of the city (only when counted)
    kind: str  # petition, resident_space, city_channel, not_about_city, homonym, newspaper, ...
    reason: str  # why, in words
    date: str | None = None  # ISO date of the result, when known
    details: dict = field(default_factory=dict)  # petition: target, place, date, signatures


@lru_cache(maxsize=1)
def rules() -> dict:
    data = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
    departements = yaml.safe_load(DEPARTEMENTS_PATH.read_text(encoding="utf-8"))
    names = {fold(name): str(code).lower() for code, name in departements.items()}
    # Longest names first, so "haute-loire" wins over "loire".
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return {
        **data,
        "departement_names": {str(code).lower(): name for code, name in departements.items()},
        "departement_by_name": names,
        "departement_name_re": re.compile(rf"(?<![\w-])({alternation})(?![\w-])"),
        "city_channel_re": [re.compile(p) for p in data["city_channel_titles"]],
        "excluded_path_re": {k: re.compile(p) for k, p in data["excluded_paths"].items()},
        "resident_words_re": re.compile(data["resident_words"]),
        "contesting_re": [re.compile(p) for p in data["contesting_words"]],
        "petition_re": {k: re.compile(p) for k, p in data["petition_details"].items()},
    }


def departement_name(code: str) -> str:
    return rules()["departement_names"].get(str(code).lower(), str(code))


def classify(result: dict, city: CityContext, survey_date: date) -> Verdict:
    """The verdict on one SearXNG result (its `url`, `title`, `content`, `publishedDate`)."""
    r = rules()
    url = str(result.get("url") or "")[:MAX_TEXT]
    title = squash(str(result.get("title") or ""))[:MAX_TEXT]
    snippet = squash(str(result.get("content") or ""))[:MAX_TEXT]
    host = host_of(url)
    path = url.split(host, 1)[-1] if host else ""
    text = fold(f"{title} {snippet}")
    address = slug_words(f"{host} {path}")
    when = result_date(result, text)
    verdict = _judge(r, city, url, host, path, title, text, address, when, survey_date)
    verdict.date = when.isoformat() if when else None
    if verdict.counted and verdict.kind == "petition":
        verdict.details = petition_details(text, city, when)
    return verdict


def _judge(r, city, url, host, path, title, text, address, when, survey_date) -> Verdict:
    def no(kind, reason):
        return Verdict(False, False, kind, reason)

    if not host:
        return no("invalid", "no address")
    if (registrable_domain(host) in city.domains or host in city.hosts
            or _own_account(url, city.accounts)):
        return no("city_channel", "the city's own site or account")
    if any(p.search(fold(title)) for p in r["city_channel_re"]):
        return no("city_channel", "title presents the city's institution")
    if not _names_city(city.name, text, address):
        return no("not_about_city", f"does not name {city.name}")
    others = _departements_named(r, text) - {city.departement.lower()}
    if others and city.departement.lower() not in _departements_named(r, text):
        return no("homonym", "names another département: " + ", ".join(sorted(others)))
    for kind, hosts in r["excluded_hosts"].items():
        if _under(host, hosts):
            return no(kind, f"{kind} site {host}")
    for kind, pattern in r["excluded_path_re"].items():
        if pattern.search(path.lower()):
            return no(kind, f"{kind} page")
    kind = _space_kind(r, host, path, title, address)
    if kind is None:
        return no("other", "not a space of residents")
    if when is not None and when < survey_date - timedelta(days=round(r["recent_months"] * 30.44)):
        return no("old", f"last active {when.isoformat()}, more than {r['recent_months']} months "
                         "before the survey")
    words = [m.group(0).strip() for p in r["contesting_re"] if (m := p.search(f"{text} {address}"))]
    space = "petition" if kind == "petition" else "residents' space"
    if words:
        return Verdict(True, True, kind, f"{space} ({host}); contesting: " + ", ".join(words[:3]))
    return Verdict(True, False, kind, f"{space} ({host}); not contesting")


def _own_account(url: str, accounts) -> bool:
    key = _account_key(url)
    return bool(key) and key in {_account_key(a) for a in accounts}


def _account_key(url: str) -> str:
    """'https://fr-fr.facebook.com/VilleX/' and 'https://www.facebook.com/villex' give one key."""
    host = registrable_domain(host_of(url))
    path = url.split("://", 1)[-1].partition("/")[2].split("?")[0].strip("/").lower()
    return f"{host}/{path.split('/')[0]}" if host and path else ""


def _names_city(name: str, text: str, address: str) -> bool:
    words = slug_words(name)  # "Saint-Aubin-des-Landes" -> "saint aubin des landes"
    spaced = re.sub(r"[-']", " ", text)
    pattern = rf"(?<![\w]){re.escape(words)}(?![\w])"
    return bool(re.search(pattern, spaced) or re.search(pattern, address)
                or words.replace(" ", "") in address.replace(" ", ""))


def _departements_named(r, text: str) -> set:
    found = {m.group(1) for m in BRACKETED_CODE.finditer(text)}
    for m in POSTCODE.finditer(text):
        code = m.group(1)
        found.add(code[:3] if code.startswith("97") else code[:2])
    found |= {r["departement_by_name"][m.group(1)] for m in r["departement_name_re"].finditer(text)}
    return {c.lower() for c in found}


def _under(host: str, domains) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def _space_kind(r, host, path, title, address) -> str | None:
    if _under(host, r["petition_hosts"]):
        return "petition"
    for domain, pattern in r["resident_hosts"].items():
        if _under(host, [domain]) and re.search(pattern or "", path):
            return "resident_space"
    if r["resident_words_re"].search(f"{fold(title)} {address}"):
        return "resident_space"
    return None


def result_date(result: dict, text: str) -> date | None:
    """The engine's publishedDate, else the first date written in the snippet."""
    published = result.get("publishedDate")
    if isinstance(published, str) and (m := ISO_DATE.search(published)):
        return _date(*m.groups())
    if (m := NUMERIC_DATE.search(text)):
        return _date(m.group(3), m.group(2), m.group(1))
    if (m := WORDED_DATE.search(text)):
        return _date(m.group(3), MONTHS[m.group(2)], m.group(1))
    return None


def _date(year, month, day) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def petition_details(text: str, city: CityContext, when: date | None) -> dict:
    """What a petition's result says of it: target, place, date, number of signatures."""
    patterns = rules()["petition_re"]
    details = {"place": city.name, "date": when.isoformat() if when else None}
    if (m := patterns["signatures"].search(text)):
        digits = re.sub(r"\D", "", m.group(1))
        details["signatures"] = int(digits) if digits else None
    if (m := patterns["target"].search(text)):
        details["target"] = m.group(1).strip()
    return details


def survey_day(started_at) -> date:
    """The survey's reference date: the day the run started."""
    if isinstance(started_at, datetime):
        return started_at.date()
    if isinstance(started_at, str) and (m := ISO_DATE.search(started_at)):
        return _date(*m.groups()) or date.today()
    return date.today()

"""Survey objects for the report's tests and benchmark, built from plain rows of cities.csv.

The counting here is deliberately simple (one city, one row) so that a test knows its numbers.
"""
import math
import random

import pandas as pd

from citycrawl.survey.codebook import CITY_COLUMNS, CONTRACT_PLATFORMS, FEATURES, STATUSES
from citycrawl.survey.model import Survey
from citycrawl.survey.useo import useo_table

SOCIAL = [f"social_{p}" for p in CONTRACT_PLATFORMS]
FLAGS = ["participatory", *FEATURES, "expression_space", "modern_dialogue", "social_media", *SOCIAL]
EVIDENCE_COLUMNS = ["insee_code", "feature", "platform", "url", "detail", "page_url", "rule"]


def wilson(count: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return math.nan, math.nan
    p = count / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def stratum_of(population) -> str:
    return "50-100k" if population < 100_000 else "100-200k" if population < 200_000 else "200k+"


def with_derived(city: dict) -> dict:
    """Fill the codebook's derived indicators of one crawled city from its features."""
    city["expression_space"] = int(any(city[f] for f in ("forum", "comments", "poll")))
    city["modern_dialogue"] = int(any(city[f] for f in ("suggestion_call", "participatory_budget",
                                                         "participatory_platform", "territorial_social_network",
                                                         "petition")))
    city["social_media"] = int(any(city[s] for s in SOCIAL))
    city["level"] = (4 if city["modern_dialogue"] else 3 if city["expression_space"]
                     else 2 if city["participation_displayed"] else 1 if city["contact_form"] else 0)
    city["participatory"] = int(city["level"] >= 1)
    return city


def _indicators(cities: pd.DataFrame) -> pd.DataFrame:
    crawled = cities[cities["crawl_status"].isin(["ok", "partial"])]
    groups = [("all", crawled)]
    groups += [(s, crawled[crawled["stratum"] == s]) for s in ("50-100k", "100-200k", "200k+")]
    groups += [(f"region:{r}", g) for r, g in crawled.groupby("region_name", sort=True)]
    rows = []
    for stratum, group in groups:
        for base, members in (("all", group), ("participatory", group[group["participatory"] == 1])):
            n = len(members)
            for flag in FLAGS:
                count = int((members[flag] == 1).sum())
                low, high = wilson(count, n)
                rows.append({"indicator": flag, "base": base, "stratum": stratum, "count": count, "n": n,
                             "share": count / n if n else math.nan, "ci_low": low, "ci_high": high})
            for level in range(5):
                count = int((members["level"] == level).sum())
                low, high = wilson(count, n)
                rows.append({"indicator": f"level_{level}", "base": base, "stratum": stratum, "count": count,
                             "n": n, "share": count / n if n else math.nan, "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows)


def make_survey(cities: list[dict], evidence: list[dict], run: dict | None = None,
                waves: pd.DataFrame | None = None, compared_run: str | None = None) -> Survey:
    """A Survey from rows of cities.csv (missing flags are 0, or empty when not crawled)."""
    rows = []
    for city in cities:
        crawled = city.get("crawl_status", "ok") in ("ok", "partial")
        row = {column: (0 if crawled else math.nan) for column in CITY_COLUMNS}
        row.update(platforms="", social_accounts="", region="84", pages_crawled=1 if crawled else 0,
                   crawl_status="ok", website=f"https://www.{city['insee_code']}.example.fr/")
        row.update(city)
        if crawled:
            with_derived(row)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[*CITY_COLUMNS, "region_name", "stratum", "participation_index"])
    # Nullable integers, as the survey stores them: empty (NA) where a city was not crawled.
    frame = frame.astype({column: "Int64" for column in ["population", "pages_crawled", "level", *FLAGS]})
    frame["region_name"] = [c.get("region_name", "Auvergne-Rhône-Alpes") for c in cities]
    frame["stratum"] = frame["population"].map(stratum_of)
    frame["participation_index"] = frame["level"] / 4
    counts = frame["crawl_status"].value_counts()
    coverage = pd.DataFrame({"crawl_status": STATUSES, "count": [int(counts.get(s, 0)) for s in STATUSES]})
    coverage["share"] = coverage["count"] / max(len(frame), 1)
    indicators = _indicators(frame)
    run = {"run_id": "20260301T000000Z", "started_at": "2026-03-01T00:00:00+00:00",
           "finished_at": "2026-03-01T02:10:00+00:00", "status": "complete",
           "settings": {"CITYCRAWL_MAX_PAGES": 200}, "stats": {}, "coverage": {}} | (run or {})
    return Survey(run=run, cities=frame, evidence=pd.DataFrame(evidence, columns=EVIDENCE_COLUMNS),
                  indicators=indicators, coverage=coverage, useo2009=useo_table(indicators), waves=waves,
                  compared_run=compared_run)


# ---- a realistic survey of any size, for screenshots and the benchmark ----------------------------

REGIONS = ["Île-de-France", "Auvergne-Rhône-Alpes", "Provence-Alpes-Côte d'Azur", "Occitanie",
           "Nouvelle-Aquitaine", "Hauts-de-France", "Grand Est", "Bretagne", "Pays de la Loire",
           "Normandie", "Centre-Val de Loire", "Bourgogne-Franche-Comté", "Corse", "La Réunion"]
PREVALENCE = {"contact_form": 0.62, "participation_displayed": 0.35, "forum": 0.04, "comments": 0.12,
              "poll": 0.18, "petition": 0.05, "suggestion_call": 0.15, "participatory_budget": 0.22,
              "participatory_platform": 0.18, "territorial_social_network": 0.03}
SOCIAL_PREVALENCE = {"facebook": 0.85, "x": 0.55, "instagram": 0.7, "youtube": 0.5, "linkedin": 0.45,
                     "tiktok": 0.08, "mastodon": 0.04, "bluesky": 0.06}
DETAILS = {"contact_form": "form#contact: textarea message, email, subject",
           "participation_displayed": "Démocratie participative : les conseils de quartier",
           "forum": "phpBB board: 'Vie du quartier' 128 sujets",
           "comments": "Disqus thread under the news item",
           "poll": "Questionnaire en ligne : aménagement de la place du marché",
           "petition": "Déposer une pétition citoyenne",
           "suggestion_call": "Boîte à idées : proposez vos idées pour la ville",
           "participatory_budget": "Budget participatif 2026 : votez pour vos projets",
           "participatory_platform": "Decidim instance linked from the home page",
           "territorial_social_network": "Réseau social de quartier (Smiile)"}


def fake_survey(n_cities: int = 134, seed: int = 2026, waves: bool = True) -> Survey:
    rng = random.Random(seed)
    cities, evidence = [], []
    for i in range(n_cities):
        code = f"{10000 + i:05d}"
        host = f"https://www.ville-{i}.example.fr"
        status = rng.choices(STATUSES, weights=[86, 8, 4, 1.5, 0.5, 0])[0]
        city = {"insee_code": code, "name": rng.choice(["Saint-Étienne", "Villeneuve", "Bourg", "Le Mans",
                                                          "Aix", "Montreuil", "Évry"]) + f"-{i}",
                "population": int(50_000 * rng.paretovariate(1.6)), "region_name": rng.choice(REGIONS),
                "website": host + "/", "crawl_status": status}
        if status in ("ok", "partial"):
            city["pages_crawled"] = rng.randint(20, 200)
            for feature, p in PREVALENCE.items():
                city[feature] = int(rng.random() < p)
                if city[feature]:
                    evidence.append({"insee_code": code, "feature": feature, "platform": None,
                                     "url": f"{host}/{feature.replace('_', '-')}", "detail": DETAILS[feature],
                                     "page_url": f"{host}/{feature.replace('_', '-')}", "rule": f"{feature}:1"})
            accounts = []
            for platform, p in SOCIAL_PREVALENCE.items():
                city[f"social_{platform}"] = int(rng.random() < p)
                if city[f"social_{platform}"]:
                    url = f"https://www.{platform}.com/ville{i}"
                    accounts.append(url)
                    evidence.append({"insee_code": code, "feature": "social_account", "platform": platform,
                                     "url": url, "detail": "footer link", "page_url": host + "/",
                                     "rule": f"social:{platform}"})
            city["social_accounts"] = ";".join(accounts)
            city["platforms"] = "decidim" if city["participatory_platform"] else ""
        cities.append(city)
    wave_table = pd.DataFrame([
        {"indicator": code, "n_both": n_cities - 5, "gained": rng.randint(0, n_cities // 8),
         "lost": rng.randint(0, n_cities // 20), "kept": n_cities // 3, "kept_without": n_cities // 3,
         "share_before": 0.3, "share_after": 0.36, "change": 0.06}
        for code in ("participatory", "contact_form", "expression_space", "modern_dialogue", "social_media")
    ]) if waves else None
    return make_survey(cities, evidence, waves=wave_table, compared_run="20250301T000000Z" if waves else None)

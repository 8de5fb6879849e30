"""The web searches of a city, from the rules in citycrawl/data/offsite_queries.yaml."""
from functools import lru_cache

import yaml

from citycrawl.offsite.classify import DATA_DIR, departement_name

QUERIES_PATH = DATA_DIR / "offsite_queries.yaml"


@lru_cache(maxsize=1)
def query_rules() -> list[dict]:
    return yaml.safe_load(QUERIES_PATH.read_text(encoding="utf-8"))["queries"]


def city_queries(name: str, departement: str, limit: int) -> list[tuple[str, str]]:
    """(rule id, query text) of a city, the first `limit` rules."""
    values = {"name": name.replace('"', ""), "departement": departement,
              "departement_name": departement_name(departement) if departement else ""}
    return [(rule["id"], " ".join(rule["q"].format(**values).split()))
            for rule in query_rules()[:max(limit, 0)]]

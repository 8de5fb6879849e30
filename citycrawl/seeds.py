"""The survey frame: a CSV of cities read into Seeds, broken rows kept with their error."""
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from citycrawl.urls import host_of

REQUIRED = ("insee_code", "name", "population", "website")
DEFAULT_SEEDS = Path(__file__).parent / "data" / "cities_fr_50k.csv"


class SeedFileError(ValueError):
    """The file as a whole cannot be used (missing, unreadable, required columns absent)."""


@dataclass
class Seed:
    line: int  # line number in the CSV file, header = 1
    insee_code: str
    name: str
    population: int | None
    website: str
    region: str = ""
    attrs: dict = field(default_factory=dict)  # every other column, kept as attributes
    error: str | None = None  # why the row cannot be crawled; the city still appears in the survey


def _decode(raw: bytes, path) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SeedFileError(f"{path}: not UTF-8 nor Windows-1252 text")


def read_seeds(path=DEFAULT_SEEDS, only=None) -> list[Seed]:
    """Read the frame in file order. `only` keeps just those insee codes."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SeedFileError(f"cannot read seeds file {path}: {exc.strerror}") from exc
    reader = csv.DictReader(io.StringIO(_decode(raw, path), newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise SeedFileError(f"{path}: line 1: missing required column(s) {', '.join(missing)}")
    reader.fieldnames = header
    wanted = set(only) if only else None
    seeds, seen = [], {}
    for row in reader:
        line = reader.line_num
        seed = _seed_from_row(row, line, seen)
        if wanted is None or seed.insee_code in wanted:
            seeds.append(seed)
    if wanted:
        unknown = wanted - {s.insee_code for s in seeds}
        if unknown:
            raise SeedFileError(f"{path}: no city with code {', '.join(sorted(unknown))}")
    return seeds


def _seed_from_row(row: dict, line: int, seen: dict) -> Seed:
    values = {k: (v or "").strip() for k, v in row.items() if k is not None}
    errors = []
    if None in row:  # more cells than header columns
        errors.append("more cells than columns in the header")
    code = values.get("insee_code", "")
    if not code:
        code = f"line-{line}"
        errors.append("column insee_code: empty")
    elif code in seen:
        errors.append(f"column insee_code: duplicate of line {seen[code]}")
        code = f"{code}#line-{line}"  # kept apart so the first row is not overwritten
    seen.setdefault(code, line)
    population = None
    if values.get("population"):
        # A count of inhabitants, maybe with thousands separators ("116 000") or as a spreadsheet
        # float ("116000.0"); never inf, nan, an exponent or a negative number.
        digits = re.fullmatch(r"([0-9]+)(\.0*)?", re.sub(r"\s", "", values["population"]))
        if digits:
            population = int(digits.group(1))
        else:
            errors.append(f"column population: not a number: {values['population']!r}")
    website = values.get("website", "")
    website_error = check_website(website)
    if website_error:
        errors.append(f"column website: {website_error}")
    attrs = {k: v for k, v in values.items() if k not in (*REQUIRED, "region")}
    return Seed(line=line, insee_code=code, name=values.get("name", ""), population=population,
                website=website, region=values.get("region", ""), attrs=attrs,
                error=f"line {line}: " + "; ".join(errors) if errors else None)


def check_website(url: str) -> str | None:
    """Why a seed website cannot be crawled, or None. Operators may seed any public http(s) URL."""
    if not url:
        return "empty"
    if not url.lower().startswith(("http://", "https://")):
        return f"not an http(s) URL: {url!r}"
    host = host_of(url)
    if not host or "." not in host:
        return f"no valid host name in {url!r}"
    return None

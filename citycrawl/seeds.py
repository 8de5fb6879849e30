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
    label: str = ""  # "line 3 (99101 Sans Site)": how messages name the row

    @property
    def problem(self) -> str | None:
        """What to tell the operator about the row: its error, or that it has no website (a commune
        without one is kept in the frame, and counted apart as no_website)."""
        if self.error:
            return self.error
        return None if self.website else f"{self.label}: column website: empty"


def _decode(raw: bytes, path) -> str:
    """Text of the file. Line by line, because a frame edited in two programs can mix UTF-8 and
    Windows-1252 lines; Latin-1 as the last resort reads any byte."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # spreadsheets' "Unicode text"
        return raw.decode("utf-16")
    if b"\x00" in raw[:4096] or raw.startswith(b"PK\x03\x04"):
        raise SeedFileError(f"{path}: not a CSV text file (a spreadsheet? save it as CSV UTF-8)")
    lines = []
    for line in raw.removeprefix(b"\xef\xbb\xbf").splitlines(keepends=True):
        for encoding in ("utf-8", "cp1252", "latin-1"):
            try:
                lines.append(line.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
    return "".join(lines)


def _delimiter(header_line: str) -> str:
    """Comma, or the semicolon or tab that spreadsheets write in some locales (French Excel: ';')."""
    return max(",;\t", key=lambda d: sum(c.strip().lower() in REQUIRED for c in header_line.split(d)))


def read_frame(seeds=None, only=None) -> tuple[Path, list[Seed]]:
    """The frame named by the spider's arguments `-a seeds=PATH` (default: the bundled frame) and
    `-a only=CODE,CODE`: its path and its seeds."""
    path = Path(seeds) if seeds else DEFAULT_SEEDS
    codes = None
    if only is not None:
        codes = [c.strip() for c in only.split(",") if c.strip()]
        if not codes:  # an empty list must not silently mean "every city"
            raise SeedFileError(f"-a only={only!r} names no city code")
    return path, read_seeds(path, only=codes)


def read_seeds(path=DEFAULT_SEEDS, only=None) -> list[Seed]:
    """Read the frame in file order. `only` keeps just those insee codes."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SeedFileError(f"cannot read seeds file {path}: {exc.strerror}") from exc
    text = _decode(raw, path)
    # strict: a quote left open is an error, not a cell that silently swallows the following rows.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.partition("\n")[0]),
                        strict=True)
    wanted = set(only) if only else None
    seeds, seen, line = [], {}, 1
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        _check_header(header, path)
        line = reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):  # blank rows (",,,," from spreadsheets) are no city
                seed = _seed_from_row(header, cells, line, seen)
                if wanted is None or seed.insee_code in wanted:
                    seeds.append(seed)
            line = reader.line_num + 1
    except csv.Error as exc:
        raise SeedFileError(f"{path}: line {line}: malformed CSV ({exc}); is a quote left open?") from exc
    if wanted:
        unknown = wanted - {s.insee_code for s in seeds}
        if unknown:
            raise SeedFileError(f"{path}: no city with code {', '.join(sorted(unknown))}")
    return seeds


def _check_header(header: list, path) -> None:
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise SeedFileError(f"{path}: line 1: missing required column(s) {', '.join(missing)}")
    twice = sorted({c for c in header if c and header.count(c) > 1})
    if twice:
        raise SeedFileError(f"{path}: line 1: column(s) named twice: {', '.join(twice)}")


def _seed_from_row(header: list, cells: list, line: int, seen: dict) -> Seed:
    values = {name: cell.strip() for name, cell in zip(header, cells)}
    errors = []
    if len(cells) > len(header):
        errors.append(f"{len(cells)} cells for {len(header)} columns in the header")
    code = values.get("insee_code", "")
    who = " ".join(filter(None, (code, values.get("name", ""))))
    label = f"line {line} ({who})" if who else f"line {line}"
    if not code:
        code = f"line-{line}"
        errors.append("column insee_code: empty")
    elif code in seen:
        errors.append(f"insee_code {code} already on line {seen[code]}")
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
    website_error = check_website(website) if website else None  # none at all: no_website, not an error
    if website_error:
        errors.append(f"column website: {website_error}")
    attrs = {k: v for k, v in values.items() if k not in (*REQUIRED, "region")}
    return Seed(line=line, insee_code=code, name=values.get("name", ""), population=population,
                website=website, region=values.get("region", ""), attrs=attrs, label=label,
                error=f"{label}: " + "; ".join(errors) if errors else None)


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

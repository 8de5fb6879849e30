"""The coding kit of a validation sample: what a person needs to code the sampled cities blind.

- `coding.csv` and `coding.xlsx`: one row per sampled city, one blank column per coded feature;
  the xlsx adds the coding rules and the draw;
- `coding.html`: each city's site and the pages the crawl visited, as links, and how to code each
  feature, in the codebook's words;
- `sample.json`: the draw (run, seed, size, strata, cities), so that it can be repeated and scored.

Nothing in the kit shows what the instrument found: no flag, no evidence, and the visited pages in
address order, not in the order of their findings."""
import json
import re
from pathlib import Path

import pandas as pd

from citycrawl.survey import files
from citycrawl.survey.codebook import INDEX_COMPONENTS
from citycrawl.survey.report_text import esc, html_page, label, number, web_link
from citycrawl.survey.xlsx import write_xlsx

CODEBOOK = Path(__file__).resolve().parents[2] / "docs" / "CODEBOOK.md"
ASSETS = Path(__file__).resolve().parents[1] / "survey" / "report_assets"
# The coded features: the codebook's page-level features as cities.csv flags them.
CODED = INDEX_COMPONENTS
SHEET_COLUMNS = ("insee_code", "name", "website", "coder", "date", *CODED)
CANNOT_TELL = "cannot tell"
VALUES = f'1 (present), 0 (absent), "{CANNOT_TELL}", or blank (not coded)'
# social_media is the city-level flag of the codebook's social_account.
CODEBOOK_CODE = {"social_media": "social_account"}


def coding_rules(codebook: Path = CODEBOOK) -> dict:
    """feature -> (present when, not when), from the codebook's table of page-level features."""
    rows = {}
    for line in codebook.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*`([a-z_]+)`\s*\|(.*)\|(.*)\|\s*$", line)
        if match:
            rows.setdefault(match[1], (match[2].strip(), match[3].strip()))
    return {feature: rows[CODEBOOK_CODE.get(feature, feature)] for feature in CODED}


def _plain(markdown: str) -> str:
    return markdown.replace("`", "")


def write_kit(folder: Path, sample: dict, drawn: pd.DataFrame, pages: pd.DataFrame) -> None:
    """Write the kit of `drawn` (cities.csv rows) into `folder`; `pages` are the run's pages."""
    folder.mkdir(parents=True, exist_ok=True)
    sheet = pd.DataFrame({"insee_code": drawn["insee_code"].astype(str),
                          "name": drawn["name"].astype(object), "website": drawn["website"].astype(object)})
    for column in SHEET_COLUMNS[3:]:
        sheet[column] = pd.Series([None] * len(sheet), index=sheet.index, dtype=object)
    sheet = sheet.reset_index(drop=True)
    rules = coding_rules()
    files.write_csv(sheet, folder / "coding.csv")
    how = pd.DataFrame([{"feature": f, "code 1 when": _plain(p), "code 0 when": _plain(n),
                         "values": VALUES} for f, (p, n) in rules.items()])
    about = pd.DataFrame([
        ("run", sample["run_id"]), ("seed", str(sample["seed"])), ("size asked", str(sample["size"])),
        ("cities drawn", str(len(drawn))),
        ("draw", "stratified by population stratum, in proportion to the crawled cities of each"),
        ("repeat the draw", f"scrapy validate draw --run {sample['run_id']} --size {sample['size']} "
                            f"--seed {sample['seed']}"),
        ("how to code", "open coding.html; for each city, visit its site and code each feature "
                        f"{VALUES}; fill coder and date; do not look at the survey's results first"),
        ("score", f"scrapy validate score --run {sample['run_id']} SHEET [SHEET2]"),
    ], columns=["topic", "text"])
    write_xlsx({"coding": sheet, "how to code": how, "read me": about}, folder / "coding.xlsx")
    files.write_text(coding_page(sample, drawn, pages, rules), folder / "coding.html")
    files.write_json(sample, folder / "sample.json")


def read_sample(folder: Path) -> dict | None:
    path = Path(folder) / "sample.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _visited(pages: pd.DataFrame, city: str) -> list[str]:
    """The addresses of the city's pages that answered, in address order."""
    if pages.empty:
        return []
    answered = pages[(pages["city"].astype(str) == city) & pages["status"].notna()]
    return sorted(set(answered["url"].astype(str)))


def coding_page(sample: dict, drawn: pd.DataFrame, pages: pd.DataFrame, rules: dict) -> str:
    rule_rows = "".join(
        f"<tr><td>{esc(label(f))} <code>{esc(f)}</code></td><td>{esc(_plain(p))}</td>"
        f"<td>{esc(_plain(n))}</td></tr>" for f, (p, n) in rules.items())
    cities = []
    for city in drawn.to_dict("records"):
        code = str(city["insee_code"])
        visited = _visited(pages, code)
        links = "".join(f"<li>{web_link(url)}</li>" for url in visited)
        cities.append(
            f'<section class="city" id="city-{esc(code)}"><h3>{esc(city["name"])} <code>{esc(code)}</code></h3>'
            f'<p>Website: {web_link(city["website"])} · population {number(city.get("population"))}</p>'
            f"<details><summary>{number(len(visited))} pages visited by the crawl</summary>"
            f"<ul>{links}</ul></details></section>")
    body = (
        '<header class="page"><h1>Validation sample: coding kit</h1>'
        f'<p class="muted">Run {esc(sample["run_id"])} · {number(len(drawn))} cities drawn at random '
        f"by population stratum · seed {esc(sample['seed'])}</p></header><main>"
        '<section><h2 id="how">How to code</h2>'
        "<p>For each city below, visit its website (the official site, the hosts of the same domain and "
        "the participation spaces it links to) and fill its row of <code>coding.xlsx</code> or "
        f"<code>coding.csv</code>: for each feature, {esc(VALUES)}. Write your name in "
        "<code>coder</code> and the day in <code>date</code>. The pages the crawl visited are listed to "
        "help you reach the site's corners; a feature anywhere on the city's web presence counts.</p>"
        '<p class="warning">Code blind: do not open the survey (report, cities.csv, evidence.csv) before '
        "your sheet is done, and do not compare sheets with another coder.</p>"
        '<div class="scroll"><table><thead><tr><th>Feature (column)</th><th>Code 1 when</th>'
        f"<th>Code 0 when (typical mistakes)</th></tr></thead><tbody>{rule_rows}</tbody></table></div>"
        '</section><section><h2 id="cities">Cities</h2>' + "".join(cities) + "</section></main>")
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    return html_page(f"citycrawl coding kit – run {sample['run_id']}", body, css)

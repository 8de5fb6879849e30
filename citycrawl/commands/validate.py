"""`scrapy validate draw|score`: a validation sample of a run, coded by people, scored.

    scrapy validate draw --run RUN_ID [--size N] [--seed S]    the sample and its coding kit
    scrapy validate score --run RUN_ID SHEET [SHEET2]          accuracy, corrected shares, survey

Both write into DIR/<run_id>/validation/ (DIR: CITYCRAWL_EXPORT_DIR); score rewrites the survey as
`scrapy survey` does, with the measured accuracy in it."""
import json
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

from scrapy.exceptions import UsageError

from citycrawl.accuracy.draw import DEFAULT_SIZE, draw_sample, new_seed
from citycrawl.accuracy.files import CODED_FILE, VALIDATION
from citycrawl.accuracy.kit import CODED, read_sample, write_kit
from citycrawl.accuracy.sheets import SheetError, read_sheets
from citycrawl.commands.survey import Command as SurveyCommand
from citycrawl.storage import Store, StoreError, default_db_url
from citycrawl.survey import files, write_survey
from citycrawl.survey.cities import city_table
from citycrawl.survey.export import DEFAULT_EXPORT_DIR, check_run_id
from citycrawl.survey.strata import frame_strata, parse_strata, strata_labels


class Command(SurveyCommand):
    def syntax(self):
        return "draw --run RUN_ID [--size N] [--seed S] | score --run RUN_ID SHEET [SHEET2]"

    def short_desc(self):
        return "Draw a validation sample of a run to code by hand, then score the coded sheets"

    def long_desc(self):
        return ("draw: a random sample of the run's crawled cities, stratified by population stratum, "
                "and a blind coding kit (coding.xlsx, coding.csv, coding.html) in "
                "DIR/<run_id>/validation/. score: check one or two filled sheets, measure the "
                "instrument's sensitivity, specificity, precision and kappa per feature "
                "(validation/accuracy.csv), and rewrite the survey with the corrected shares.")

    def add_options(self, parser):
        super().add_options(parser)
        parser.set_defaults(compare=None)
        parser.add_argument("--size", type=int, default=DEFAULT_SIZE, metavar="N",
                            help=f"draw: cities in the sample (default {DEFAULT_SIZE})")
        parser.add_argument("--seed", type=int, metavar="S",
                            help="draw: the random seed (default: a new one, recorded in the kit)")
        parser.add_argument("--force", action="store_true",
                            help="draw: replace a sample already drawn with another seed or size")

    def run(self, args, opts):
        if not args or args[0] not in ("draw", "score"):
            raise UsageError("say what to do: scrapy validate draw ... or scrapy validate score ...")
        action, rest = args[0], args[1:]
        if action == "draw" and rest:
            raise UsageError(f"unexpected argument(s): {' '.join(rest)}")
        if action == "score" and not 1 <= len(rest) <= 2:
            raise UsageError("give one or two filled coding sheets: scrapy validate score --run RUN_ID SHEET [SHEET2]")
        try:
            store = Store(self.settings.get("CITYCRAWL_DB_URL") or default_db_url())
            try:
                latest = store.latest_run_id()
                run_id = opts.run or latest
                if run_id is None:
                    raise StoreError("no complete run: crawl first, or give --run")
                check_run_id(run_id)
                folder = Path(self.settings.get("CITYCRAWL_EXPORT_DIR") or DEFAULT_EXPORT_DIR) / run_id
                if action == "draw":
                    self._draw(store, run_id, folder / VALIDATION, opts)
                else:
                    self._score(store, run_id, folder, rest, publish=run_id == latest)
            finally:
                store.close()
        except SheetError as exc:
            for problem in exc.problems:
                print(f"scrapy validate: {problem}", file=sys.stderr)
            print("scrapy validate: nothing scored; correct the sheet(s) and score again", file=sys.stderr)
            self.exitcode = 1
        except (StoreError, ValueError) as exc:
            print(f"scrapy validate: {exc}", file=sys.stderr)
            self.exitcode = 1

    def _strata(self, run_data):
        strata = parse_strata(self.settings.get("CITYCRAWL_STRATA"))
        return strata if strata is not None else frame_strata(run_data.cities["population"])

    def _draw(self, store, run_id, folder: Path, opts):
        if opts.size < 1:
            raise ValueError(f"--size must be at least 1, not {opts.size}")
        seed = new_seed() if opts.seed is None else opts.seed
        run_data = store.load_run(run_id)
        bounds = self._strata(run_data)
        cities = city_table(run_data, bounds)
        drawn = draw_sample(cities, opts.size, seed)
        if drawn.empty:
            raise ValueError(f"run {run_id} has no crawled city to draw from")
        before = read_sample(folder)
        if before is not None and (before["seed"], before["size"]) != (seed, opts.size):
            if not opts.force:
                raise ValueError(f"a sample of run {run_id} is already drawn in {folder} (seed "
                                 f"{before['seed']}, size {before['size']}); give --force to replace "
                                 "it, and its coded sheets, with another")
            shutil.rmtree(folder)
        crawled = cities[cities["crawl_status"].isin(("ok", "partial"))]
        strata = [{"stratum": label, "crawled": int((crawled["stratum"] == label).sum()),
                   "drawn": int((drawn["stratum"] == label).sum())}
                  for label in _population_order(crawled["stratum"], bounds)]
        sample = {"run_id": run_id, "seed": seed, "size": opts.size,
                  "drawn_at": datetime.now(UTC).isoformat(timespec="seconds"),
                  "strata": strata, "features": list(CODED),
                  "cities": drawn["insee_code"].astype(str).tolist()}
        write_kit(folder, sample, drawn, run_data.pages)
        print(f"validation sample of run {run_id}: {len(drawn)} of {len(crawled)} crawled cities, seed {seed} ("
              + ", ".join(f"{s['stratum']} {s['drawn']}/{s['crawled']}" for s in strata) + ")")
        print(f"coding kit: {folder / 'coding.xlsx'} (or coding.csv), with {folder / 'coding.html'}")

    def _score(self, store, run_id, folder: Path, sheets, publish: bool):
        validation = folder / VALIDATION
        sample = read_sample(validation)
        if sample is None:
            raise ValueError(f"no validation sample of run {run_id} in {validation}: "
                             f"draw one first (scrapy validate draw --run {run_id})")
        run_data = store.load_run(run_id)
        run_codes = set(run_data.cities["insee_code"].astype(str))
        coded = read_sheets([Path(s) for s in sheets], sample["cities"], run_codes, run_id)
        coded = coded.assign(file=[Path(sheets[n - 1]).name for n in coded["sheet"]])
        files.write_csv(coded, validation / CODED_FILE)
        compared = None
        if (folder / "run.json").is_file():  # keep the wave comparison the survey had
            compared = json.loads((folder / "run.json").read_text(encoding="utf-8")).get("compared_run")
        written = write_survey(store, run_id, folder.parent, compare_to=compared, publish=publish,
                               strata=parse_strata(self.settings.get("CITYCRAWL_STRATA")))
        accuracy = written / VALIDATION / "accuracy.csv"
        print(accuracy)
        with open(accuracy, encoding="utf-8") as f:
            for line in f:
                print("  " + ",".join(line.rstrip("\n").split(",")[:12]))


def _population_order(labels, bounds) -> list[str]:
    """The strata present, smallest populations first (below the first bound and unknown last)."""
    present = set(labels)
    ordered = [label for label in strata_labels(bounds) if label in present]
    return ordered + sorted(present - set(ordered))

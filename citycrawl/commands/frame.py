"""`scrapy frame [--min-population N] [--departement CODE] [--region CODE] [--epci CODE] [--codes FILE]
--out FILE.csv`: write a survey frame from the commune data shipped with the project."""
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from citycrawl import frames


class Command(ScrapyCommand):
    requires_project = False
    requires_crawler_process = False
    default_settings = {"LOG_LEVEL": "WARNING"}

    def syntax(self):
        return "[--min-population N] [--departement CODE] [--region CODE] [--epci CODE] [--codes FILE] --out FILE.csv"

    def short_desc(self):
        return "Write a survey frame of French communes (seeds CSV for scrapy crawl cities)"

    def long_desc(self):
        return ("Select communes of metropolitan France and the overseas départements from the official data "
                "shipped with citycrawl (INSEE populations, DILA websites) and write them as a seeds CSV, "
                "largest first. Criteria combine. Communes without a website are kept with an empty website "
                "(crawl status no_website). --codes reads one INSEE code per line (or a CSV with an "
                "insee_code column).")

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--min-population", type=int, metavar="N", help="legal population at least N")
        parser.add_argument("--departement", metavar="CODE", help="département code, e.g. 35 or 2A or 974")
        parser.add_argument("--region", metavar="CODE", help="région code, e.g. 53")
        parser.add_argument("--epci", metavar="SIREN", help="EPCI (intercommunality) SIREN code")
        parser.add_argument("--codes", metavar="FILE", help="file of INSEE codes")
        parser.add_argument("--out", metavar="FILE.csv", help="where to write the frame")

    def run(self, args, opts):
        if args:
            raise UsageError(f"unexpected argument(s): {' '.join(args)}")
        if not opts.out:
            raise UsageError("--out FILE.csv is required")
        if opts.min_population is not None and opts.min_population < 0:
            raise UsageError("--min-population must be 0 or more")
        codes = read_codes(opts.codes) if opts.codes else None
        if codes is not None:
            unknown = frames.unknown_codes(codes)
            if unknown:
                print(f"scrapy frame: {len(unknown)} unknown INSEE code(s) in {opts.codes}: "
                      f"{', '.join(unknown[:10])}", file=sys.stderr)
                self.exitcode = 2
                return
        rows = frames.build(opts.min_population, opts.departement, opts.region, opts.epci, codes)
        if not rows:
            print("scrapy frame: no commune matches these criteria", file=sys.stderr)
            self.exitcode = 2
            return
        frames.write(rows, opts.out)
        with_site = sum(1 for r in rows if r["website"])
        print(f"{opts.out}: {len(rows)} communes, {with_site} with a website, {len(rows) - with_site} without")


def read_codes(path) -> list[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise UsageError(f"--codes {path}: {exc.strerror}") from exc
    header = [c.strip() for c in lines[0].split(",")] if lines else []
    column = header.index("insee_code") if "insee_code" in header else None
    values = [line.split(",")[column] if column is not None else line for line in lines[1 if column is not None else 0:]]
    return [v.strip() for v in values if v.strip()]

"""Size and render time of report.html for a survey of many cities (35,000 by default).

    python benchmarks/report.py [N_CITIES] [--out PATH]

Prints the time to build the fake survey, the time to render the page and the page's size, with
the share of it taken by the embedded per-city data.
"""
import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from citycrawl.survey.report import city_data, render_report  # noqa: E402
from citycrawl.survey.report_text import script_json  # noqa: E402
from tests.report_fixtures import fake_survey  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cities", type=int, nargs="?", default=35_000)
    parser.add_argument("--out", type=Path, help="also write the page there")
    args = parser.parse_args()

    started = time.perf_counter()
    survey = fake_survey(args.cities)
    built = time.perf_counter()
    page = render_report(survey)
    rendered = time.perf_counter()
    size = len(page.encode("utf-8"))
    data = len(script_json(city_data(survey)).encode("utf-8"))
    print(f"cities: {args.cities:,}; evidence rows: {len(survey.evidence):,}")
    print(f"fake survey built in {built - started:.2f} s")
    print(f"report rendered in {rendered - built:.2f} s")
    print(f"report.html: {size / 1e6:.1f} MB, of which per-city data {data / 1e6:.1f} MB "
          f"({data / args.cities:.0f} bytes a city)")
    if args.out:
        args.out.write_text(page, encoding="utf-8")
        print(f"written to {args.out}")


if __name__ == "__main__":
    main()

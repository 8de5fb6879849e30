"""python -m citycrawl.sampleweb serve|seeds ..."""
import argparse
import sys

from . import seeds_csv
from .server import run_forever


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m citycrawl.sampleweb", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the sample web as an HTTP proxy until interrupted")
    serve.add_argument("--port", type=int, default=8899, help="0 picks a free port")
    serve.add_argument("--host", default="127.0.0.1")
    seeds = commands.add_parser("seeds", help="write the seeds CSV of the sample web's cities")
    seeds.add_argument("path")
    for command in (serve, seeds):
        command.add_argument("--generated", type=int, default=0, help="number of generated cities")
        command.add_argument("--seed", type=int, default=0, help="seed of the generated cities")
        command.add_argument("--pages", type=int, default=None, help="pages per generated site")
        command.add_argument("--hostile", action="store_true", help="add the hostile corner")
        command.add_argument("--holdout", action="store_true", help="the holdout cities alone (HOLDOUT.md)")
    args = parser.parse_args(argv)
    if args.command == "seeds":
        rows = seeds_csv(args.path, args.generated, args.seed, args.hostile, args.pages, holdout=args.holdout)
        print(f"{rows} cities written to {args.path}")
        return 0
    run_forever(args.port, args.host, args.generated, args.seed, args.hostile, args.pages,
                announce=lambda line: print(line, flush=True), holdout=args.holdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

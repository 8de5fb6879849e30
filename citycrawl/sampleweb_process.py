"""Run the sample web in a child process, for the demo, the tests and the benchmarks.

A child process keeps the sample web's work off the crawler's core and its event loop."""
import contextlib
import re
import subprocess
import sys
from pathlib import Path

from citycrawl.processes import stop

PROJECT_DIR = Path(__file__).resolve().parent.parent
LISTENING = re.compile(r"listening on (http://[\d.]+:(\d+))")


@contextlib.contextmanager
def sample_web_process(generated=0, seed=0, hostile=False, pages=None):
    """Yield the proxy URL of a running sample web; stop it on exit."""
    cmd = [sys.executable, "-m", "citycrawl.sampleweb", "serve", "--port", "0",
           "--generated", str(generated), "--seed", str(seed)]
    if hostile:
        cmd.append("--hostile")
    if pages:
        cmd += ["--pages", str(pages)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=PROJECT_DIR)
    try:
        line = proc.stdout.readline()
        match = LISTENING.search(line)
        if not match:
            raise RuntimeError(f"the sample web did not start: {line.strip() or 'no output'}")
        yield match.group(1)
    finally:
        stop(proc)

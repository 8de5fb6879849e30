"""pywb started by the tests on loopback (citycrawl/replay.py). When pywb is absent (`make pywb`
installs it in .venv-pywb/) its tests are skipped and the session ends with a banner saying so;
with CITYCRAWL_REQUIRE_PYWB=1 (CI) they fail instead."""
import contextlib
import os

import pytest

from citycrawl.replay import MISSING, pywb_bin, serve_pywb

_skipped = []


def require_pywb():
    if pywb_bin() is None:
        if os.environ.get("CITYCRAWL_REQUIRE_PYWB") == "1":
            pytest.fail(MISSING)
        _skipped.append(MISSING)
        pytest.skip(MISSING)


@contextlib.contextmanager
def pywb(folder, collection, warcs):
    """Serve `warcs` as `collection`; yields the collection's URL (the probe at start is one
    `GET /` in `folder/pywb.log`)."""
    require_pywb()
    with serve_pywb(folder, collection, warcs) as url:
        yield url


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.section("pywb", sep="!", red=True, bold=True)
        terminalreporter.write_line(f"{MISSING}: pywb tests were NOT run", red=True, bold=True)

"""`scrapy survey`, run for real in a child process on a SQLite file filled through Store."""
import os

from citycrawl.storage import Store
from tests.conftest import run_scrapy, run_settings
from tests.test_survey import scenario_run


def test_survey_command_writes_the_latest_complete_run_and_compares(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'citycrawl.sqlite'}") as store:
        scenario_run(store, "2025-06")
        scenario_run(store, "2026-06")
        scenario_run(store, "2026-07", status=None)  # still running: not the default
    exports = tmp_path / "exports"

    done = run_scrapy("survey", "--compare", *run_settings(tmp_path))
    assert done.stdout.strip() == str(exports / "2026-06")
    assert os.readlink(exports / "latest") == "2026-06"
    assert (exports / "2026-06" / "waves.csv").exists()

    done = run_scrapy("survey", "--run", "2025-06", *run_settings(tmp_path))
    assert done.stdout.strip() == str(exports / "2025-06")
    assert os.readlink(exports / "latest") == "2026-06"  # an older run never takes latest
    assert not (exports / "2025-06" / "waves.csv").exists()


def test_survey_command_explains_an_unknown_run_and_an_empty_database(tmp_path):
    Store(f"sqlite:///{tmp_path / 'citycrawl.sqlite'}").close()
    empty = run_scrapy("survey", *run_settings(tmp_path), check=False)
    assert empty.returncode == 1
    assert "the database is empty" in empty.stderr and "Traceback" not in empty.stderr

    unknown = run_scrapy("survey", "--run", "nope", *run_settings(tmp_path), check=False)
    assert unknown.returncode == 1
    assert "no run 'nope'" in unknown.stderr and "Traceback" not in unknown.stderr
    assert not (tmp_path / "exports" / "nope").exists()

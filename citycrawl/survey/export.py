"""write_survey: the run folder DIR/<run_id>/ and, once the run is complete, DIR/latest.

The folder is written under a temporary name and renamed when every file is there, so nobody
ever sees a half-written survey. Publishing (moving `latest`) is a separate step, `publish_survey`, so a
validation step can look at the folder before it becomes the latest.
"""
import logging
import os
import re
import shutil
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from citycrawl.survey import files
from citycrawl.survey.archive import archive_table
from citycrawl.survey.cities import city_table
from citycrawl.survey.model import Survey
from citycrawl.survey.offsite import (measured_anywhere, offsite_evidence, offsite_table,
                                      offsite_values)
from citycrawl.survey.readme import readme_rows
from citycrawl.survey.report import render_report
from citycrawl.survey.stats import coverage_summary, coverage_table, indicator_table
from citycrawl.survey.strata import DEFAULT_STRATA, frame_strata
from citycrawl.survey.useo import useo_table
from citycrawl.survey.waves import wave_table
from citycrawl.survey.xlsx import write_xlsx

VALIDATION = "validation"  # the run's validation sample (citycrawl.accuracy), kept across rebuilds
DATA_DICTIONARY = Path(__file__).resolve().parents[2] / "exports" / "README.md"

logger = logging.getLogger(__name__)

EVIDENCE_COLUMNS = ["insee_code", "feature", "platform", "url", "detail", "page_url", "rule",
                    "handle", "occurrences", "warc_file", "warc_offset"]
RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")  # a safe folder name
RESERVED = {"latest", "LATEST"}
DEFAULT_EXPORT_DIR = Path(__file__).resolve().parents[2] / "exports"


def build_survey(run_data, strata=DEFAULT_STRATA, before=None, validation: Path | None = None) -> Survey:
    """The survey tables of a stored run; `before` (another run's RunData) adds the waves. Strata
    None: those of the frame (`frame_strata`). `validation`: the run's validation folder, whose
    scored sample (if any) adds the measured accuracy and the corrected shares."""
    from citycrawl.accuracy.files import load_accuracy  # it builds on the survey's own modules

    if strata is None:
        strata = frame_strata(run_data.cities["population"])
    cities = city_table(run_data, strata)
    indicators = indicator_table(cities, strata)
    if measured_anywhere(cities):  # never a row of zeros for a measure that was not taken
        indicators = pd.concat([indicators, indicator_table(cities, strata, offsite_values(cities))],
                               ignore_index=True)
    coverage = coverage_table(cities)
    run = {**run_data.run, "coverage": coverage_summary(coverage), "strata": list(strata),
           "warc": warc_summary(run_data),
           "redetected_from": (run_data.run.get("settings") or {}).get("redetected_from"),
           "as_of": (run_data.run.get("settings") or {}).get("as_of")}
    waves = wave_table(city_table(before, strata), cities) if before is not None else None
    evidence = evidence_table(run_data, cities)
    return Survey(run=run, cities=cities, evidence=evidence,
                  indicators=indicators, coverage=coverage, useo2009=useo_table(indicators),
                  waves=waves, compared_run=before.run["run_id"] if before is not None else None,
                  offsite=offsite_table(run_data, cities["insee_code"])
                  if not run_data.offsite_status.empty else None,
                  accuracy=load_accuracy(validation, cities, evidence, indicators) if validation else None,
                  archive=archive_table(run_data, cities))


def evidence_table(run_data, cities: pd.DataFrame) -> pd.DataFrame:
    """evidence.csv: one row per distinct finding, cities in seed order."""
    order = {code: i for i, code in enumerate(cities["insee_code"])}
    offsite = offsite_evidence(run_data)
    evidence = (pd.concat([run_data.evidence, offsite], ignore_index=True).infer_objects()
                if len(offsite)
                else run_data.evidence).rename(columns={"city": "insee_code"})
    evidence = _with_warc_records(evidence, run_data.archived)
    evidence = evidence.assign(_order=evidence["insee_code"].map(order).fillna(len(order)))
    evidence = evidence.sort_values(["_order", "feature", "platform", "url"], na_position="first",
                                    kind="stable")
    return evidence.reindex(columns=EVIDENCE_COLUMNS).reset_index(drop=True)


def _with_warc_records(evidence: pd.DataFrame, archived: pd.DataFrame) -> pd.DataFrame:
    """Each finding's page as it was: the WARC record of its page (file relative to the runs
    folder, offset of the response record), when the page was archived."""
    if archived.empty or evidence.empty:
        return evidence.assign(warc_file=None, warc_offset=None)
    places = archived[["city", "url", "warc_file", "warc_offset"]].rename(
        columns={"city": "insee_code", "url": "page_url"}).drop_duplicates(["insee_code", "page_url"])
    merged = evidence.merge(places, on=["insee_code", "page_url"], how="left")
    merged["warc_offset"] = merged["warc_offset"].astype("Int64")
    return merged


def warc_summary(run_data) -> dict:
    """run.json `warc`: whether the run's pages were archived, where, and what it costs on disk."""
    settings = run_data.run.get("settings") or {}
    archived = run_data.archived
    runs_dir = settings.get("CITYCRAWL_RUNS_DIR")
    from scrapy.settings import BaseSettings  # "false" given with -s is stored as text
    enabled = BaseSettings({"on": settings.get("CITYCRAWL_WARC", False)}).getbool("on")
    summary = {"enabled": enabled, "pages": int(len(archived)),
               "files": sorted(archived["warc_file"].unique().tolist()) if len(archived) else []}
    if runs_dir and summary["files"]:
        from citycrawl.warc import index_path
        paths = [Path(runs_dir) / name for name in summary["files"]]
        summary["folder"] = str(paths[0].parent)
        summary["warc_bytes"] = sum(p.stat().st_size for p in paths if p.exists())
        summary["index_bytes"] = sum(index_path(p).stat().st_size for p in paths
                                     if index_path(p).exists())
        summary["bytes_per_page"] = round(summary["warc_bytes"] / len(archived), 1)
        summary["missing_files"] = [str(p) for p in paths if not p.exists()]
    return summary


def write_survey(store, run_id: str, export_dir, compare_to: str | None = None,
                 publish: bool = True, strata=DEFAULT_STRATA, timings: dict | None = None) -> Path:
    """Write DIR/<run_id>/ from the stored run and return its path.

    With publish=True, DIR/latest then points to it if the run is complete; call publish=False
    to validate the folder first, then `publish_survey(export_dir, run_id)`. `timings`, when given,
    receives the seconds spent in each step. export_dir None: the project's exports/ folder."""
    check_run_id(run_id)
    export_dir = Path(export_dir or DEFAULT_EXPORT_DIR)
    timings = {} if timings is None else timings
    with _step("load", timings):
        run_data = store.load_run(run_id)
        before = store.load_run(compare_to) if compare_to else None
    validation = export_dir / run_id / VALIDATION
    with _step("tables", timings):
        survey = build_survey(run_data, strata, before, validation)
    export_dir.mkdir(parents=True, exist_ok=True)
    tmp = export_dir / f".{run_id}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    tmp.mkdir()
    try:
        if validation.is_dir():  # the coding kit and the coded sheets outlive a rebuilt survey
            from citycrawl.accuracy.files import DERIVED

            shutil.copytree(validation, tmp / VALIDATION, ignore=shutil.ignore_patterns(*DERIVED))
        write_files(survey, tmp, timings)
        final = export_dir / run_id
        _install(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    logger.info("survey of run %s written to %s", run_id, final)
    if publish:
        if survey.run["status"] == "complete":
            publish_survey(export_dir, run_id)
        else:
            logger.info("run %s is %s: %s/latest not moved", run_id, survey.run["status"],
                        export_dir)
    return final


def write_files(survey: Survey, folder: Path, timings: dict) -> None:
    from citycrawl.accuracy.files import DERIVED_TABLES, with_corrected

    tables = {"cities": survey.cities, "evidence": survey.evidence,
              "indicators": survey.indicators, "coverage": survey.coverage,
              "useo2009": survey.useo2009}
    if survey.waves is not None:
        tables["waves"] = survey.waves
    if survey.offsite is not None:
        tables["offsite"] = survey.offsite
    if survey.accuracy is not None:
        tables["indicators"] = with_corrected(survey.indicators, survey.accuracy)
        tables["accuracy"] = survey.accuracy.table
        tables["disagreements"] = survey.accuracy.disagreements
    if survey.archive is not None:
        tables["archive"] = survey.archive
    with _step("csv", timings):
        for name, frame in tables.items():
            if name in DERIVED_TABLES:
                (folder / VALIDATION).mkdir(exist_ok=True)
                files.write_csv(frame, folder / VALIDATION / f"{name}.csv")
            else:
                files.write_csv(frame, folder / f"{name}.csv")
    with _step("parquet", timings):
        files.write_parquet(survey.cities, folder / "cities.parquet")
    with _step("xlsx", timings):
        readme = pd.DataFrame(readme_rows(survey), columns=["topic", "text"])
        write_xlsx({"read me": readme, **tables}, folder / "survey.xlsx")
    with _step("report", timings):
        files.write_text(render_report(survey), folder / "report.html")
    # The data dictionary travels with the files it describes (the report links to it).
    shutil.copyfile(DATA_DICTIONARY, folder / "README.md")
    files.write_json({**survey.run, "compared_run": survey.compared_run,
                      "generated_at": datetime.now(UTC).isoformat(),
                      "files": sorted(p.name for p in folder.iterdir()) + ["run.json"]},
                     folder / "run.json")


def publish_survey(export_dir, run_id: str) -> None:
    """Point DIR/latest (a symlink, replaced atomically) and DIR/LATEST (its text) to the run."""
    check_run_id(run_id)
    export_dir = Path(export_dir)
    if not (export_dir / run_id).is_dir():
        raise FileNotFoundError(f"no survey folder {export_dir / run_id} to publish")
    link = export_dir / f".latest.{os.getpid()}.{uuid.uuid4().hex[:8]}"
    try:
        os.symlink(run_id, link, target_is_directory=True)
        os.replace(link, export_dir / "latest")
    except OSError as exc:  # no symlinks on this file system: LATEST alone says it
        link.unlink(missing_ok=True)
        logger.warning("cannot point %s/latest to %s (%s); see %s/LATEST", export_dir, run_id,
                       exc, export_dir)
    files.write_atomic(export_dir / "LATEST", run_id + "\n")
    logger.info("published: %s/latest -> %s", export_dir, run_id)


def check_run_id(run_id: str) -> None:
    if not isinstance(run_id, str) or not RUN_ID.fullmatch(run_id) or run_id in RESERVED:
        raise ValueError(f"run id {run_id!r} cannot name a folder: use letters, digits, . _ -")


def _install(tmp: Path, final: Path) -> None:
    """Move the finished folder into place; a rebuilt survey replaces the earlier one."""
    if final.exists():
        old = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.old")
        os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, final)


@contextmanager
def _step(name: str, timings: dict):
    start = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - start
    logger.debug("survey step %s: %.2f s", name, timings[name])

"""Re-detection: the findings of a stored run rebuilt from its WARC files with the current detectors.

No network: every page comes from the WARC record its row points to. The source run is left as it
is; the result is a new run, `<source>-redetected-<UTC time>`, which keeps of the source what the
crawl decided (its cities, pages, page budgets, links to participation spaces, off-site measure)
and gets new findings. Its settings name the source run (`redetected_from`), and its start time is
the source's: it is the same wave, measured again.

Each page goes through the detection pipelines of ITEM_PIPELINES, as in the crawl: the record is
turned back into the Scrapy response the spider read (same class, headers, decoded body, final URL)
and the same PageItem goes through the same FamilyPipeline objects, in the same order.
"""
import logging
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import load_object
from warcio.archiveiterator import ArchiveIterator

from citycrawl.detect.pipeline import FamilyPipeline
from citycrawl.items import PageItem
from citycrawl.storage import StoreError
from citycrawl.storage.store import json_safe

logger = logging.getLogger(__name__)

PAGE_COLUMNS = ("city", "url", "requested_url", "status", "error", "is_start", "external", "depth",
                "fetched_at", "warc_file", "warc_offset", "warc_length", "memento_at")
# The encodings warcio removed from the body it hands back: the response must not claim them.
DECODED_HEADERS = {b"content-encoding", b"transfer-encoding"}


class Counts(Counter):
    """What FamilyPipeline asks of crawler stats."""

    def inc_value(self, key, count=1):
        self[key] += count


def detection_pipelines(settings, stats) -> list[FamilyPipeline]:
    """The crawl's detection pipelines (ITEM_PIPELINES), in their order."""
    pipelines = []
    for path in build_component_list(settings.getwithbase("ITEM_PIPELINES")):
        cls = load_object(path)
        if isinstance(cls, type) and issubclass(cls, FamilyPipeline):
            pipelines.append(cls(stats))
    return pipelines


def response_of(record):
    """The Scrapy response the spider read, from a WARC response record."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    body = record.content_stream().read()
    headers = Headers()
    for name, value in record.http_headers.headers:
        if name.lower().encode("latin-1") not in DECODED_HEADERS:
            headers.appendlist(name, value)
    status = int(record.http_headers.get_statuscode() or 200)
    cls = responsetypes.from_args(headers=headers, url=url, body=body)
    return cls(url=url, status=status, headers=headers, body=body)


class Records:
    """Reads response records by (file, offset), one open file at a time."""

    def __init__(self, runs_dir: Path):
        self.runs_dir = Path(runs_dir)
        self.name = None
        self.fh = None

    def response(self, name: str, offset: int, url: str):
        if name != self.name:
            self.close()
            self.fh = open(self.runs_dir / name, "rb")
            self.name = name
        self.fh.seek(offset)
        record = next(iter(ArchiveIterator(self.fh)))
        if record.rec_type != "response":
            raise ValueError(f"{name}@{offset} is a {record.rec_type} record, not a response")
        response = response_of(record)
        if response.url != url:
            # The record of an archived page (crawl of the past) has the original URL; any other
            # mismatch means the pointer is wrong.
            response = response.replace(url=url)
        return response

    def close(self):
        if self.fh is not None:
            self.fh.close()
        self.fh = self.name = None


def new_run_id(source: str) -> str:
    return f"{source}-redetected-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}"[:100]


def redetect(store, source: str, settings, runs_dir, run_id: str | None = None) -> tuple[str, dict]:
    """Rebuild the findings of run `source` from its WARC files into a new run; return its id and
    the counts (pages read, findings, seconds)."""
    data = store.load_run(source)
    if data.run["status"] == "running":
        raise StoreError(f"run {source} is still running (or was killed): finish or resume it first")
    pages = data.pages
    if pages.empty or pages["warc_file"].isna().all():
        raise StoreError(f"run {source} has no WARC records (crawled with CITYCRAWL_WARC off, or "
                         "before WARC capture): it cannot be re-detected")
    missing = sorted({name for name in pages["warc_file"].dropna().unique()
                      if not (Path(runs_dir) / name).is_file()})
    if missing:
        raise StoreError(f"run {source}: WARC file(s) missing under {runs_dir}: {', '.join(missing[:3])}")
    run_id = run_id or new_run_id(source)
    started = time.perf_counter()
    counts = Counts()
    pipelines = detection_pipelines(settings, counts)
    kept = {**(data.run.get("settings") or {}), "redetected_from": source,
            "redetected_at": datetime.now(UTC).isoformat(), "CITYCRAWL_RUN_ID": run_id}
    store.start_run(run_id, kept, started_at=_datetime(data.run["started_at"]))
    store.copy_run_rows(source, run_id)
    records = Records(runs_dir)
    pages = pages.sort_values(["warc_file", "warc_offset"], na_position="last", kind="stable")
    try:
        for row in pages[list(PAGE_COLUMNS)].itertuples(index=False):
            page = {name: _value(value) for name, value in zip(PAGE_COLUMNS, row)}
            findings = []
            if page["warc_file"] and not page["error"]:  # a failed page had no findings
                item = _item(page, records)
                for pipeline in pipelines:
                    item = pipeline.process_item(item)
                findings = item.get("findings") or []
                counts["citycrawl/redetect/pages_read"] += 1
            elif not page["warc_file"] and page["status"] is not None and not page["error"]:
                counts["citycrawl/redetect/pages_without_record"] += 1
            store.add_page(run_id, page, findings)
            counts["citycrawl/redetect/findings"] += len(findings)
    finally:
        records.close()
    seconds = time.perf_counter() - started
    stats = {**(data.run.get("stats") or {}), **dict(counts),
             "citycrawl/redetect/seconds": round(seconds, 3),
             "citycrawl/redetect/pages_per_second": round(counts["citycrawl/redetect/pages_read"]
                                                          / seconds, 1) if seconds else None}
    store.finish_run(run_id, json_safe(stats), status=data.run["status"])
    return run_id, stats


def _item(page: dict, records: Records) -> PageItem:
    # page=None: the first detection pipeline parses it (citycrawl.detect.pipeline.page_of), as
    # the spider's own Page.from_response would.
    # int(): a column with empty cells (pages without a record) comes back as floats
    response = records.response(page["warc_file"], int(page["warc_offset"]), page["url"])
    return PageItem(**{k: page[k] for k in ("city", "url", "requested_url", "status", "error",
                                            "is_start", "external", "depth")},
                    response=response, page=None, findings=[])


def _value(value):
    """A pandas cell as a plain value (NaN, NaT -> None; numpy numbers -> int)."""
    try:
        import pandas as pd
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    if hasattr(value, "item"):
        return value.item()
    return value


def _datetime(value):
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value

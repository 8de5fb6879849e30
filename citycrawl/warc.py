"""WARC capture: every response the crawl fetches, kept as it came (CITYCRAWL_WARC, on by default).

Each crawl process writes its own file `<RUNS>/<run_id>/warc/<run_id>-<time>-<host>-<pid>.warc.gz`
(WARC/1.1, one gzip member per record, written by warcio): a `warcinfo` record, then for every
response a `response` record and its `request` record. When the process ends, a CDXJ index of the
file is written beside it (`.cdxj`, sorted, by cdxj-indexer), which pywb and other replay tools read.

Where the middleware sits (settings.DOWNLOADER_MIDDLEWARES, 850): after the HTTP cache and the
renderer, before redirects and decompression. So it sees every answer of the network (redirects and
error pages included) with its body as it was sent (still compressed); a page revalidated by a
`304 Not Modified` is written with the body the cache held, i.e. the page as the crawl read it that
day; an application shell rendered in Chromium is written as the rendered page, the one detection
read (its record carries `WARC-Citycrawl-Rendered: chromium`).

The record of each response is located by `request.meta["warc"]` = `{"file": "<run_id>/warc/NAME",
"offset": N, "length": N}` (file relative to CITYCRAWL_RUNS_DIR), which the spider stores with the
page, so a finding's evidence points to the page as it was. Bodies are bounded as the crawl bounds
them (DOWNLOAD_MAXSIZE): a longer one is cut and marked `WARC-Truncated: length`.

Stops: a clean stop (SIGTERM, Ctrl-C) closes the file and its index; the resumed run opens a new
file, so no record is written twice. A process killed outright (SIGKILL, power cut) can leave its
last record cut short: the next process writing into the folder cuts every unindexed file back to
its last complete record and indexes it (`repair`); `scrapy run`, which crawls a killed run again
from the start, discards the killed attempt's files instead (docs/OPERATIONS.md).
"""
import io
import logging
import os
import socket
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

logger = logging.getLogger(__name__)

WARC_VERSION = "WARC/1.1"
DROPPED_HEADERS = {"transfer-encoding"}  # the body is written de-chunked
RENDERED_HEADER = "WARC-Citycrawl-Rendered"
MEMENTO_HEADER = "WARC-Citycrawl-Memento-Datetime"


def warc_folder(runs_dir, run_id: str) -> Path:
    return Path(runs_dir) / run_id / "warc"


def _text(value) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def http_headers(headers, body_length: int | None = None) -> list[tuple[str, str]]:
    """Scrapy's headers (several values per name) as a list of (name, value) strings. With
    `body_length`, a Content-Length that does not say the length of the body written is replaced
    (the original kept as X-Citycrawl-Orig-Content-Length): a body de-chunked, cut, rendered, or
    answered from the HTTP cache after a 304 (whose headers Scrapy merges) would otherwise be
    replayed cut or empty."""
    pairs = []
    for name, values in headers.items() if hasattr(headers, "items") else headers:
        name = _text(name)
        if name.lower() in DROPPED_HEADERS:
            continue
        for value in values if isinstance(values, list) else [values]:
            value = _text(value)
            if body_length is not None and name.lower() == "content-length" and value != str(body_length):
                pairs.append(("X-Citycrawl-Orig-Content-Length", value))
                value = str(body_length)
            pairs.append((name, value))
    return pairs


def _reason(status: int) -> str:
    from http import HTTPStatus
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class WarcFile:
    """One WARC file written by one process, with its index written on close."""

    def __init__(self, folder: Path, run_id: str, runs_dir: Path, max_size: int = 0):
        self.folder = folder
        self.runs_dir = runs_dir
        self.max_size = max_size
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        host = "".join(c if c.isalnum() or c in "-." else "-" for c in socket.gethostname())[:40]
        self.path = folder / f"{run_id}-{stamp}-{host}-{os.getpid()}.warc.gz"
        self.relative = self.path.relative_to(runs_dir).as_posix()
        self.fh = open(self.path, "ab")
        self.writer = WARCWriter(self.fh, gzip=True, warc_version=WARC_VERSION)
        self.records = 0
        info = self.writer.create_warcinfo_record(self.path.name, {
            "software": "citycrawl (warcio)", "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "isPartOf": run_id})
        self.writer.write_record(info)
        self.fh.flush()

    def write(self, url: str, status: int, headers, body: bytes, request_line: str,
              request_headers, request_body: bytes = b"", ip: str | None = None,
              extra: dict | None = None) -> dict:
        """Write a response record and its request record; return the response record's place."""
        warc_headers = {"WARC-Date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
        if ip:
            warc_headers["WARC-IP-Address"] = ip
        if self.max_size and len(body) > self.max_size:
            body = body[:self.max_size]
            warc_headers["WARC-Truncated"] = "length"
        warc_headers.update(extra or {})
        response = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body),
            http_headers=StatusAndHeaders(f"{status} {_reason(status)}", http_headers(headers, len(body)),
                                          protocol="HTTP/1.1"),
            warc_headers_dict=warc_headers)
        request = self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(request_body), length=len(request_body),
            http_headers=StatusAndHeaders(request_line, http_headers(request_headers),
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": warc_headers["WARC-Date"]})
        request.rec_headers.add_header("WARC-Concurrent-To",
                                       response.rec_headers.get_header("WARC-Record-ID"))
        offset = self.fh.tell()
        self.writer.write_record(response)
        length = self.fh.tell() - offset
        self.writer.write_record(request)
        self.fh.flush()  # a stored page never points past what the file holds
        self.records += 2
        return {"file": self.relative, "offset": offset, "length": length}

    def close(self) -> None:
        if self.fh.closed:
            return
        self.fh.close()
        write_index(self.path)


def index_path(warc: Path) -> Path:
    return warc.with_name(warc.name[:-len(".warc.gz")] + ".cdxj")


def write_index(warc: Path) -> Path:
    """The CDXJ index of one WARC file, sorted, beside it (written under a temporary name first)."""
    from cdxj_indexer.main import CDXJIndexer
    final = index_path(warc)
    tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        CDXJIndexer(out, [str(warc)], sort=True, post_append=False).process_all()
    os.replace(tmp, final)
    return final


def complete_length(warc: Path) -> int:
    """Bytes of `warc` up to the end of its last complete gzip member (each member is one record,
    written in one go: a complete member is a complete record)."""
    good = position = 0
    member = zlib.decompressobj(wbits=31)
    with open(warc, "rb") as fh:
        while chunk := fh.read(1 << 16):
            while chunk:
                try:
                    member.decompress(chunk)
                except zlib.error:
                    return good
                if not member.eof:
                    position += len(chunk)
                    break
                rest = member.unused_data
                position += len(chunk) - len(rest)
                good = position
                member = zlib.decompressobj(wbits=31)
                chunk = rest
    return good


def repair(warc: Path) -> int:
    """Cut a WARC file back to its last complete record (a process killed while writing it);
    return the bytes removed."""
    good = complete_length(warc)
    size = warc.stat().st_size
    if good < size:
        with open(warc, "r+b") as fh:
            fh.truncate(good)
    return size - good


class WarcCapture:
    """Downloader middleware writing every response (and its request) to the run's WARC file."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("CITYCRAWL_WARC", True):
            raise NotConfigured
        self.crawler = crawler
        self.runs_dir = Path(settings.get("CITYCRAWL_RUNS_DIR"))
        self.max_size = settings.getint("DOWNLOAD_MAXSIZE")
        self.distributed = bool(settings.get("CITYCRAWL_REDIS_URL"))
        self.file: WarcFile | None = None
        # spider_closed: before the survey is written (pipelines/survey.py connects after this, as
        # the downloader is built before the item pipelines), so run.json sees the closed file.
        crawler.signals.connect(self.close, signal=signals.spider_closed)
        crawler.signals.connect(self.close, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _open(self) -> WarcFile:
        run_id = self.crawler.spider.run_id
        folder = warc_folder(self.runs_dir, run_id)
        if folder.is_dir() and not self.distributed:  # another live worker may be writing there
            for warc in sorted(folder.glob("*.warc.gz")):
                if not index_path(warc).exists():  # a process killed while writing it
                    cut = repair(warc)
                    logger.warning("WARC file %s was not closed: %d bytes of a cut record removed, "
                                   "indexed", warc.name, cut)
                    write_index(warc)
        self.file = WarcFile(folder, run_id, self.runs_dir, self.max_size)
        logger.info("WARC capture: %s", self.file.path)
        return self.file

    def process_response(self, request, response, spider=None):
        file = self.file or self._open()
        rendered = bool(request.meta.get("citycrawl_rendered"))
        extra = {RENDERED_HEADER: "chromium"} if rendered else {}
        memento = response.headers.get("Memento-Datetime")
        if memento:
            extra[MEMENTO_HEADER] = _text(memento)
        archive = getattr(self.crawler.spider, "archive", None)
        original = archive.original(response.url) if archive is not None and memento else None
        try:
            place = file.write(
                original or response.url, response.status, response.headers,
                response.body, f"{request.method} {_path(request.url)} HTTP/1.1",
                [(b"Host", _host(request.url)), *request.headers.items()], request.body or b"",
                ip=str(response.ip_address) if getattr(response, "ip_address", None) else None,
                extra=extra)
        except OSError:
            logger.exception("WARC capture failed for %s", response.url)
            self.crawler.stats.inc_value("citycrawl/warc/errors")
            return response
        request.meta["warc"] = place
        stats = self.crawler.stats
        stats.inc_value("citycrawl/warc/records", 2)
        stats.set_value("citycrawl/warc/file", file.relative)
        return response

    def close(self):
        if self.file is not None:
            self.file.close()
            self.crawler.stats.set_value("citycrawl/warc/bytes", self.file.path.stat().st_size)


def _path(url: str) -> str:
    from urllib.parse import urlsplit
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _host(url: str) -> bytes:
    from urllib.parse import urlsplit
    return urlsplit(url).netloc.encode("latin-1", "replace")

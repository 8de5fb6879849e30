"""What a user checks of a run's WARC files, read back with warcio (tests/test_warc.py, test_periodic.py)."""
import collections
import json
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator


def records(path: Path) -> list[dict]:
    """Every record of a WARC file: type, version, target, offset and length of its gzip member."""
    found = []
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        for record in iterator:
            record.content_stream().read()
            iterator.read_to_end(record)
            found.append({"type": record.rec_type, "version": record.rec_headers.protocol,
                          "url": record.rec_headers.get_header("WARC-Target-URI"),
                          "status": int(record.http_headers.get_statuscode()) if record.http_headers
                          and record.rec_type == "response" else None,
                          "offset": iterator.get_record_offset(), "length": iterator.get_record_length()})
    return found


def assert_whole(path: Path) -> list[dict]:
    """The file is a chain of complete records, one gzip member each, with its CDXJ index beside it
    listing every response record; returns its records."""
    found = records(path)
    data = path.read_bytes()
    assert found and found[0]["type"] == "warcinfo"
    assert all(data[r["offset"]:r["offset"] + 2] == b"\x1f\x8b" for r in found)
    assert [r["offset"] for r in found[1:]] == [r["offset"] + r["length"] for r in found[:-1]]
    assert found[-1]["offset"] + found[-1]["length"] == len(data)
    index = path.with_name(path.name[:-len(".warc.gz")] + ".cdxj").read_text().splitlines()
    responses = {r["offset"] for r in found if r["type"] == "response"}
    assert {int(json.loads(line.split(" ", 2)[2])["offset"]) for line in index} == responses
    assert len(index) == len(responses)
    return found


def assert_sound_warcs(runs_dir: Path, run_id: str, pages) -> tuple[list[Path], collections.Counter]:
    """Every WARC file of the run is whole and indexed; every stored page with an answer points to
    its own response record. Returns the files and how many response records each URL has (robots.txt
    apart: each process asks it once per host)."""
    files = sorted((runs_dir / run_id / "warc").glob("*.warc.gz"))
    by_place, urls = {}, collections.Counter()
    for path in files:
        for record in assert_whole(path):
            if record["type"] == "response":
                by_place[(f"{run_id}/warc/{path.name}", record["offset"])] = record
                if not record["url"].endswith("/robots.txt"):  # asked once per host and process
                    urls[record["url"]] += 1
    answered = pages[pages["status"].notna()]
    assert answered["warc_file"].notna().all()
    for url, name, offset in zip(answered["url"], answered["warc_file"], answered["warc_offset"]):
        assert by_place[(name, int(offset))]["url"] == url
    return files, urls

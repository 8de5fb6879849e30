"""The report's section on a crawl of the past (`-a as_of=`): what the archive had, and where its
coverage limits what could be measured. The shares themselves, with their intervals, are the
report's usual tables: next to Uséo's 2009 table, and next to another wave when compared."""
import pandas as pd

from citycrawl.survey.report_text import esc, missing, pct

LIMITED_ROWS = 50  # cities listed where the archive limits the measure; all are in archive.csv


def archive_section(survey) -> str:
    archive = survey.archive
    if archive is None or archive.empty:
        return ""
    settings = survey.run.get("settings") or {}
    as_of = archive["as_of"].iloc[0]
    cities = survey.cities.set_index("insee_code")
    merged = archive.assign(name=[cities["name"].get(c, "") for c in archive["insee_code"]],
                            status=[cities["crawl_status"].get(c, "") for c in archive["insee_code"]])
    unknown = merged[merged["reason"].notna() & (merged["reason"] != "")]
    measured = merged[~merged.index.isin(unknown.index) & (merged["pages_archived"] > 0)]
    partial = measured[measured["archived_share"] < 1]
    share = float(measured["pages_archived"].sum() / measured["pages_wanted"].sum()) if len(measured) else None
    limited = pd.concat([unknown, partial]).head(LIMITED_ROWS)
    rows = "".join(
        f'<tr><td>{esc(r["name"])}</td><td>{esc(r["status"])}</td>'
        f'<td class="num">{int(r["pages_archived"])} / {int(r["pages_wanted"])}</td>'
        f'<td>{esc(_dates(r))}</td><td>{esc(r["reason"] if not missing(r["reason"]) else "")}</td></tr>'
        for r in limited.to_dict("records"))
    table = ('<div class="scroll"><table><thead><tr><th>City</th><th>Crawl status</th>'
             '<th class="num">Pages archived / wanted</th><th>Captures</th><th>Why not measured</th></tr>'
             f'</thead><tbody>{rows}</tbody></table></div>') if rows else ""
    return ('<section><h2 id="archive">Read from a web archive, as of ' + esc(as_of) + '</h2>'
            f'<p class="note">Every page was read from {esc(settings.get("CITYCRAWL_ARCHIVE_URL"))}, the capture '
            f'nearest {esc(as_of)} within {esc(settings.get("CITYCRAWL_ARCHIVE_WINDOW"))} days. '
            f'{len(measured)} cities were measured from the archive'
            + (f' ({pct(share)} of the pages wanted were archived)' if share is not None else "")
            + f'; {len(unknown)} could not be, their flags unknown. Cities measured on part of their pages '
            f"only: {len(partial)} (a feature on a page the archive lacks is missed). The shares above, their "
            "intervals and the comparison with Uséo's 2009 table are those of the cities measured; "
            "archive.csv has every city's figures.</p>" + table + "</section>")


def _dates(row) -> str:
    if missing(row["first_capture"]):
        return ""
    if row["first_capture"] == row["last_capture"]:
        return str(row["first_capture"])
    return f'{row["first_capture"]} to {row["last_capture"]}'

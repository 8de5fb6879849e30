"""Comments family: residents can publish comments under content.

Third-party services and native CMS comment forms and lists come from `rules/comments.yaml`;
any form that forms.py classifies as a comment form also counts, and, when nothing names the
system, a home-made comment section (`custom` entries). Comments closed, with no form
and none shown, give nothing; so does the word "comments" in text.
"""
from citycrawl.detect import markers, rules
from citycrawl.detect.findings import Finding
from citycrawl.detect.forms import classify_forms
from citycrawl.detect.page import Page

FAMILY = "comments"


def detect(page: Page) -> list[Finding]:
    findings, platforms, sections = [], set(), []
    for entry, evidence in markers.find(page, FAMILY, "systems", "native"):
        if rules.excludes_url(entry, page):
            continue  # an address where the system's markup is no comment under content (a board's own section)
        if entry["platform"] == "custom":  # a home-made section: told only when nothing names the system
            sections.append(_finding(page, None, entry["id"], evidence))
        elif entry["platform"] not in platforms:
            platforms.add(entry["platform"])
            findings.append(_finding(page, entry["platform"], entry["id"], evidence))
    if not findings:
        form = next((info for info in classify_forms(page) if info.kind == "comment"), None)
        if form is not None:
            findings.append(_finding(page, None, "comment-form", f"{form.label}: {form.fields}"))
    return findings or sections[:1]


def _finding(page: Page, platform, rule_id: str, detail: str) -> Finding:
    return Finding("comments", platform=platform, url=page.url, page_url=page.url,
                   rule=f"{FAMILY}:{rule_id}", detail=detail)

"""Components family: what residents do on a page, as its markup shows it.

- A participation platform's components (`rules/components.yaml`, components): on a page that is ON
  the platform (the platforms family's finding), a survey is a `poll`, a budgets component a
  `participatory_budget`, initiatives `petition`s, proposals or ideas a `suggestion_call`, debates a
  `forum`; the platform is named in the finding. On a participation site of its own (`custom`) whose
  software is not told by its markup, the components' routes count too, under the name `custom`.
- Widgets of CMS plugins and embedded survey services (widgets): a working poll or petition widget,
  wherever it sits on the page (an aside counts); embeds are read from what the page loads, so a link
  to a survey gives nothing; a closed poll showing only its results gives nothing.
- Spaces no name tells (structures): a list of proposals with their supports and a way to add one,
  petitions with a way to sign and their signatures. A structure marked `shows_platform` is itself a
  participation platform (`custom`) when no platform is named.
- A questionnaire form (the forms family's `poll` kind) is a `poll`.
"""
from citycrawl.detect import markers, rules
from citycrawl.detect.findings import Finding
from citycrawl.detect.forms import classify_forms
from citycrawl.detect.forums import search_actions
from citycrawl.detect.page import Page
from citycrawl.detect.platforms import on_platforms, served_from_platform

FAMILY = "components"


def detect(page: Page) -> list[Finding]:
    found: dict[str, Finding] = {}  # feature -> its first finding on the page

    def add(feature, platform, rule_id, detail):
        if feature not in found:
            found[feature] = Finding(feature, platform=platform, url=page.url, page_url=page.url,
                                     rule=f"{FAMILY}:{rule_id}", detail=detail)

    on = [entry["platform"] for entry, _ in on_platforms(page) if entry["feature"] == "participatory_platform"]
    over = set()  # features whose component on this page says it is over
    if on:
        for entry, evidence in markers.find(page, FAMILY, "components"):
            if entry.get("closed") is not None and entry["closed"].search(page.folded_text):
                over.add(entry["feature"])
                continue  # the platform says the component is over (a finished poll shows its results)
            if rules.excludes_url(entry, page):
                continue  # an address the route's words do not make the component's (a call for projects)
            if entry["platform"] in on:
                add(entry["feature"], entry["platform"], entry["id"], f"{entry['platform']} component, {evidence}")
            elif entry["platform"] == "any" and served_from_platform(page):  # (not a city page embedding one)
                add(entry["feature"], on[0], entry["id"], f"{on[0]} page, {evidence}")
            elif "custom" in on:  # a participation site of its own whose software its markup does not tell
                add(entry["feature"], "custom", entry["id"], f"route of a {entry['platform']} component, {evidence}")
    for entry, evidence in markers.find(page, FAMILY, "widgets"):
        # (a form service's registration or idea box is no poll: the page's title or h1 says which it serves)
        if entry.get("not_titled") is None or not entry["not_titled"].search(page.own_heading_text):
            add(entry["feature"], entry["platform"], entry["id"], evidence)
    for entry in rules.load(FAMILY)["structures"]:
        if entry["feature"] in found or (entry.get("not_hosts") and rules.host_matches(page.host, entry["not_hosts"])):
            continue
        action = search_actions(page, entry["actions"])
        if action:
            counts = [m.group(0) for m in entry["counts"].finditer(page.folded_text)]
            if len(counts) >= entry["min_counts"]:
                detail = f"'{action.group(0)}' with {len(counts)} counts ({', '.join(counts[:3])})"
                add(entry["feature"], on[0] if on else None, entry["id"], detail)
                if entry.get("shows_platform") and not on:
                    add("participatory_platform", "custom", entry["id"], detail)
    for kind, feature in (("poll", "poll"), ("ballot", "participatory_budget")):
        form = next((info for info in classify_forms(page) if info.kind == kind), None)
        if form is not None and feature not in over:  # (a finished survey's questions left on its page)
            add(feature, None, "questionnaire" if kind == "poll" else kind, f"{form.label}: {form.fields}")
    return list(found.values())

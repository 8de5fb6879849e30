"""Forums family: a discussion board where residents post threads and replies.

Forum software is recognised from its own markup (`rules/forums.yaml`, engines); a home-made
board from its thread table (threads and replies columns, or reply counts) together with a way to
post, or from its name in the page's title or h1 together with a way to post (named). The word
"forum" alone is never enough: events called forum are not boards.
"""
from functools import cache

from citycrawl.detect import markers, rules
from citycrawl.detect.findings import Finding
from citycrawl.detect.literals import LiteralSet, may_match, required_literals
from citycrawl.detect.page import Page
from citycrawl.detect.platforms import on_network
from citycrawl.detect.text import fold

FAMILY = "forums"


def served_by_engine(page: Page) -> bool:
    """The page is a forum engine's own (its board, its posting page), known by its markup or routes, not by
    the files a city page may load (a board's stylesheet, a widget)."""
    return any(not evidence.startswith("assets") and not rules.excludes_url(entry, page)
               for entry, evidence in _engines(page))


def _engines(page: Page) -> list[tuple[dict, str]]:
    if "forum engines" not in page.memo:
        page.memo["forum engines"] = markers.find(page, FAMILY, "engines")[:1]
    return page.memo["forum engines"]


def detect(page: Page) -> list[Finding]:
    table = rules.load(FAMILY)
    for entry, evidence in _engines(page):
        if rules.excludes_url(entry, page):
            return []  # the engine's help or legal page: nobody posts there
        return [_finding(page, entry["platform"], entry["id"], evidence)]
    if any(entry["words"].search(page.heading_text) for entry in table["not_forums"]):
        return []
    if on_network(page):
        return []  # a network of neighbours' groups and threads are the network's own (territorial_social_network)
    for board in table["boards"]:
        if not search_actions(page, board["affordance"]):
            continue
        headers = fold(" | ".join(page.texts_of("th", limit=30)))  # read only on a page offering to post
        columns = board["threads"].search(headers) and board["replies"].search(headers)
        counts = board.get("reply_counts") is not None and may_match(board["reply_counts"], page.folded_text) \
            and len(board["reply_counts"].findall(page.folded_text)) >= 3
        if columns or counts:
            shown = headers if columns else "reply counts"
            return [_finding(page, "custom", board["id"], f"thread list ({shown[:120]}) with a way to post")]
    for board in table["named"]:
        named = board["names"].search(page.heading_text)
        if named is None or rules.excludes_url(board, page):
            continue
        posting = search_actions(page, board["posting"])
        if posting:
            return [_finding(page, "custom", board["id"], f"'{named.group(0)}' with '{posting.group(0)}'")]
    return []


def actions(page: Page) -> str:
    """Folded texts of links, buttons and submit values: where a board offers to post."""
    if "actions" not in page.memo:
        texts = [text for _, _, text in page.anchors]
        texts += page.texts_of("button", limit=50)
        texts += [el.get("value") or "" for el in page.elements("input")
                  if (el.get("type") or "").lower() == "submit"]
        page.memo["actions"] = fold(" | ".join(texts))[:100_000]
    return page.memo["actions"]


def search_actions(page: Page, pattern):
    """`pattern.search(actions(page))`, with no search of actions that lack the pattern's literals:
    the literals of the patterns read there (boards' affordances, structures' actions) are found in
    one pass over them."""
    words = required_literals(pattern)
    if words is not None and set(words).issubset(_action_literals().literals) and _holds_none(page, words):
        return None
    return pattern.search(actions(page))


def _holds_none(page: Page, words) -> bool:
    if "action literals" not in page.memo:
        page.memo["action literals"] = _action_literals().found_in(actions(page))
    return page.memo["action literals"].isdisjoint(words)


@cache
def _action_literals() -> LiteralSet:
    patterns = [board[key] for key, section in (("affordance", "boards"), ("posting", "named"))
                for board in rules.load(FAMILY)[section]]
    patterns += [structure["actions"] for structure in rules.load("components")["structures"]]
    return LiteralSet(word for pattern in patterns for word in required_literals(pattern) or ())


def _finding(page: Page, platform: str, rule_id: str, detail: str) -> Finding:
    return Finding("forum", platform=platform, url=page.url, page_url=page.url,
                   rule=f"{FAMILY}:{rule_id}", detail=detail)

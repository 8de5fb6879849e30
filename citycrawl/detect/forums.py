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
from citycrawl.detect.page import Page, visible_text
from citycrawl.detect.platforms import on_network
from citycrawl.detect.text import fold, squash

FAMILY = "forums"


# What an engine's marker says of the whole page: the engine generated it or routed it (`ROUTED`), or runs its scripts
# (not a block of its markup, which a page may embed: a list of a board's topics on a platform's home page)
ROUTED = ("generator", "page_url", "served from")
WHOLE_PAGE = (*ROUTED, "script")


def served_by_engine(page: Page, telling: tuple[str, ...] = ()) -> bool:
    """The page is a forum engine's own (its board, its posting page), known by its markup or routes, not by
    the files a city page may load (a board's stylesheet, a widget); with `telling`, known by those kinds of
    evidence only (`WHOLE_PAGE`)."""
    return any(not evidence.startswith("assets") and (not telling or evidence.startswith(telling))
               and not rules.excludes_url(entry, page) for entry, evidence in _engines(page))


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
        found = _thread_list(page, board)
        if found:
            return [_finding(page, "custom", board["id"], found)]
    if _replies_to_topic(page):
        return [_finding(page, "custom", "reply-form", "a form publishing a reply to the page's topic")]
    for board in table["named"]:
        named = board["names"].search(page.heading_text)
        if named is None or rules.excludes_url(board, page):
            continue
        posting = search_actions(page, board["posting"])
        if posting:
            return [_finding(page, "custom", board["id"], f"'{named.group(0)}' with '{posting.group(0)}'")]
    return []


def _thread_list(page: Page, board: dict) -> str | None:
    """A list of threads with their replies (columns or counts) and a way to post, or, as a board's index shows
    it to visitors who are not members, one table counting topics and replies with each one's last post."""
    if not search_actions(page, board["affordance"]):
        # (most pages have no header cell, read with the page: their tables are not walked)
        index = board.get("thread_counts") is not None and board.get("last_post") is not None and page.elements("th")
        for table in page.elements("table")[:20] if index else ():
            headers = _headers(table.iter("th"))
            if board["thread_counts"].search(headers) and board["replies"].search(headers) \
                    and board["last_post"].search(headers):
                return f"thread list ({headers[:120]}) with last posts"
        return None
    headers = _headers(page.elements("th")[:30])  # read only on a page offering to post
    if board["threads"].search(headers) and board["replies"].search(headers):
        return f"thread list ({headers[:120]}) with a way to post"
    counts = board.get("reply_counts") is not None and may_match(board["reply_counts"], page.folded_text) \
        and len(board["reply_counts"].findall(page.folded_text)) >= 3
    return "thread list (reply counts) with a way to post" if counts else None


def _headers(cells) -> str:
    """Folded texts of a table's header cells, joined."""
    return fold(" | ".join(squash(visible_text(th, 500)) for th in cells))


def _replies_to_topic(page: Page) -> bool:
    """A home-made board's topic page: its own form publishes a reply to the topic, known by its words (forms.yaml,
    forum-post), where no engine's markup tells the board."""
    from citycrawl.detect.forms import classify_forms  # (forms reads this module's engines: imported on use)
    return any(info.kind == "forum" and "forum-post-words" in info.reasons for info in classify_forms(page))


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

"""The literal pre-test of marker regexes: a text a pattern matches always holds one of its literals."""
import re

from hypothesis import given, settings, strategies as st

from citycrawl.detect import rules
from citycrawl.detect.literals import LiteralSet, required_literals


def _patterns():
    """Every regex of every rule file (marker keys, vocabularies, form and social rules)."""
    found = []

    def walk(value):
        if isinstance(value, re.Pattern):
            found.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for family in rules.SCHEMA:
        walk(rules.load(family))
    return [p for p in dict.fromkeys(found) if required_literals(p)]


PATTERNS = _patterns()


def test_literals_are_read_from_alternations_groups_and_repeats():
    assert required_literals(re.compile(r"disqus\.com/embed|disqus_thread")) in (
        (".com/embed", "_thread"), ("disqus",))
    assert required_literals(re.compile(r"https?://(www\.)?facebook\.com/plugins/comments")) == (
        "facebook.com/plugins/comments",)
    assert required_literals(re.compile(r"(wp-)+comments")) == ("comments",)
    assert required_literals(re.compile(r"x|abcd")) is None  # one branch has no useful literal
    assert required_literals(re.compile(r"(abc)?d")) is None  # an optional group is not required
    assert required_literals(re.compile(r"(?i:Forum)board")) == ("board",)
    assert required_literals(re.compile("forum", re.I)) is None


def test_most_rule_patterns_get_literals():
    assert len(PATTERNS) > 50


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_text_a_rule_matches_holds_one_of_its_literals(data):
    pattern = data.draw(st.sampled_from(PATTERNS))
    text = data.draw(st.from_regex(pattern, fullmatch=False))
    assert pattern.search(text)
    assert any(word in text for word in required_literals(pattern)), (pattern.pattern, text)


_WORDS = st.lists(st.text("abé\U0001f600-", min_size=1, max_size=4), min_size=1, max_size=6, unique=True)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_one_pass_finds_what_a_scan_per_literal_finds(data):
    words = data.draw(_WORDS)
    text = "".join(data.draw(st.lists(st.sampled_from(words) | st.text("abcé\U0001f600-", max_size=3), max_size=8)))
    assert LiteralSet(words).found_in(text) == {word for word in words if word in text}
    assert LiteralSet(words).occurrences(text) == {word: sum(text.startswith(word, i) for i in range(len(text)))
                                                   for word in words if word in text}
    encoded = [word.encode() for word in words]
    assert LiteralSet(encoded).found_in(text.encode()) == {word for word in encoded if word in text.encode()}


def test_a_text_utf8_cannot_hold_is_scanned_per_literal():
    assert LiteralSet(["abc", "xyz"]).found_in("abc\udc80") == {"abc"}
    assert LiteralSet(["aa"]).occurrences("aaa\udc80") == {"aa": 2}


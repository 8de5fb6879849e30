"""Literal strings a regular expression cannot match without: a cheap test before the regex.

`required_literals(pattern)` returns strings such that any text the pattern matches contains at least
one of them (or None when no such strings of useful length can be read from the pattern). Marker rules
are mostly alternations of addresses and class names; a page usually contains none of their
literals, and `in` on a string is far cheaper than a regex search. Where many patterns are
searched in the same text, `LiteralSet` finds all their literals in one pass over the text.
"""
import re
from collections import Counter
from functools import cache
from re import _constants as c, _parser

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

MIN_LENGTH = 3  # shorter literals are in most texts and tell nothing


@cache  # the families read the literals of the same patterns, whose parsing costs
def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    if pattern.flags & re.IGNORECASE:
        return None  # the literals would have to be searched case-insensitively too
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    found = _sequence(list(parsed))
    return tuple(sorted(found)) if found else None


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when the text holds none of the literals the pattern needs: a cheap test before
    scanning a whole page's text with a large alternation."""
    words = required_literals(pattern)
    return words is None or any(word in text for word in words)


class LiteralSet:
    """Which of many literals (all text or all bytes) a text holds, from one pass over the text with an
    Aho-Corasick automaton, instead of one scan of the whole text per literal."""

    def __init__(self, literals):
        self.literals = tuple(sorted(set(literals)))
        self._is_bytes = bool(self.literals) and isinstance(self.literals[0], bytes)
        automaton = BytesAhoCorasick if self._is_bytes else AhoCorasick
        self._automaton = automaton(self.literals, implementation=Implementation.DFA)

    def found_in(self, text) -> set:
        return set(self._matched(text))

    def occurrences(self, text) -> Counter:
        """How many times each literal occurs in the text (overlapping occurrences count)."""
        return Counter(self._matched(text))

    def _matched(self, text) -> list:
        """The literal of each occurrence in the text."""
        if self._is_bytes:
            return [self.literals[i] for i, _, _ in self._automaton.find_matches_as_indexes(text, overlapping=True)]
        try:
            return self._automaton.find_matches_as_strings(text, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate, which UTF-8 cannot hold: one scan per literal
            return [word for word in self.literals for _ in re.finditer(f"(?={re.escape(word)})", text)]


def _sequence(items) -> set[str] | None:
    """Every match of the sequence holds one of the returned literals; the best such set, or None."""
    candidates, run = [], []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if len(run) >= MIN_LENGTH:
            candidates.append({"".join(run)})
        run = []
        if op is c.SUBPATTERN:
            if not av[1] & re.IGNORECASE:  # (?i:...) would need a case-insensitive search
                candidates.append(_sequence(list(av[3])))
        elif op is c.BRANCH:
            candidates.append(_branches(av[1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            candidates.append(_sequence(list(av[2])))
    if len(run) >= MIN_LENGTH:
        candidates.append({"".join(run)})
    found = [s for s in candidates if s]
    # The set whose shortest literal is longest is the most selective.
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _branches(branches) -> set[str] | None:
    union = set()
    for branch in branches:
        found = _sequence(list(branch))
        if not found:
            return None  # one branch with no literal: the alternation can match without any
        union |= found
    return union

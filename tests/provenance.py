"""Checks shared by the property and corpus tests: nothing in a parsed resolution is invented.

Every word of every clause and footnote must come from the source lines the clause says it
came from (punctuation, footnote markers and line-break hyphens aside); clause ids are unique;
footnote numbers are digit strings; line spans lie inside the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from resreader.model import Clause, Resolution
from resreader.parsing.decoding import decode

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TOKEN_RE = re.compile(r"[^\W_]+")  # letters and digits; `_` is emphasis or a rule
_MARKUP_RE = re.compile(rf"\[\^\d+\]|[{SUPERSCRIPTS}]+")  # footnote markers, dropped from words
_DIGITS_RE = re.compile(r"[0-9]+")


def all_clauses(res: Resolution) -> Iterator[Clause]:
    """The resolution's clauses, then every annex paragraph and its sub-paragraphs."""
    yield from res.clauses()
    for annex in res.annexes:
        for para in annex.paragraphs:
            yield para
            stack = list(reversed(para.subparagraphs))
            while stack:
                sub = stack.pop()
                yield sub
                stack.extend(reversed(sub.subparagraphs))


def tokens(text: str) -> list[str]:
    """Words without punctuation; a footnote marker inside a word ("coop¹eration") is
    dropped, a space next to it is kept ("the ¹report" is two words)."""
    return _TOKEN_RE.findall(_MARKUP_RE.sub("", text))


def from_source(word: str, source_words: set[str]) -> bool:
    """A word is in the source, or is a source word without the footnote number glued to
    its end ("session2" -> "session", "19721" -> "1972")."""
    if word in source_words:
        return True
    return any(s.startswith(word) and s[len(word) :].isdigit() for s in source_words)


def invented_words(res: Resolution, text: str) -> list[tuple[str, str]]:
    """(clause or footnote, word) for every word not found in the lines it claims to come
    from. Line spans are 1-based and inclusive in the decoded text."""
    lines = decode(text).split("\n")
    whole = set(tokens("\n".join(lines)))
    bad: list[tuple[str, str]] = []
    items = [(c.id, c.text, c.lines) for c in all_clauses(res)]
    items += [(f"footnote {f.num}", f.text, f.lines) for f in res.footnotes]
    for name, body, (first, last) in items:
        span = set(tokens("\n".join(lines[first - 1 : last])))
        bad += [(name, w) for w in tokens(body) if not from_source(w, span)]
        bad += [
            (name, f"{w} (not even elsewhere)") for w in tokens(body) if not from_source(w, whole)
        ]
    return bad


def check_invariants(res: Resolution, text: str) -> None:
    assert invented_words(res, text) == []
    ids = Counter(c.id for c in all_clauses(res))
    assert [i for i, n in ids.items() if n > 1] == [], "clause ids must be unique"
    n_lines = len(decode(text).split("\n"))
    for clause in all_clauses(res):
        assert all(_DIGITS_RE.fullmatch(num) for num in clause.footnotes), clause.footnotes
        first, last = clause.lines
        assert 1 <= first <= last <= n_lines, (clause.id, clause.lines)
    assert all(_DIGITS_RE.fullmatch(f.num) for f in res.footnotes)

"""Page furniture: running headers, page numbers, job numbers, barcodes, lone symbols.

Marks such lines FURNITURE; they never reach clause text. Runs after the header has been
read, so the title and symbol are known and a running header can be recognised by them.
"""

from __future__ import annotations

import re
from collections import Counter

from resreader.parsing.leads import preamble_lead
from resreader.parsing.metadata import set_symbol
from resreader.parsing.patterns import (
    ANNEX_RE,
    LONE_SYMBOL_RE,
    OPERATIVE_RE,
    SYMBOL,
    squash,
)
from resreader.parsing.state import BLANK, FURNITURE, TEXT, Line, ParseState

_LONGEST = 250  # no header, page number or job number is longer than this
_PAGE_RE = re.compile(r"^\d{1,3}(?:\s*/\s*\d{1,3})?$")
_JOB_RE = re.compile(
    r"^(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?|\*\d{6,}\*|\(E\)|"
    r"Please recycle|Distr\.:.*|Original:\s*\w+)$"
)
# The characters a page number or a job line starts with: lines starting otherwise skip the
# regular expressions (this rule reads every line of the body).
_PAGE_OR_JOB_FIRST = frozenset("0123456789*(PDO")
_SYMBOL_AND_TEXT_RE = re.compile(rf"^(?:({SYMBOL})\s+(\S.{{0,150}})|(\S.{{0,150}}?)\s+({SYMBOL}))$")


def mark_furniture(state: ParseState) -> None:
    title = squash(state.res.title or "").lower()
    repeated = _repeated_short_lines(state)
    # The first lines under "Annex" are its title, even where the title repeats the running
    # header: 0 = not under an Annex line, 1 = title not reached yet, 2 = in the title.
    annex_title = 0
    for i in range(state.body_start, len(state.lines)):
        line = state.lines[i]
        if line.kind != TEXT:
            annex_title = 0 if annex_title == 2 and line.kind == BLANK else annex_title
            continue
        text = line.plain.strip()
        if "Annex" in text[:7] and ANNEX_RE.match(text):
            annex_title = 1
            continue
        if annex_title and not (_is_page(text) or _is_job(line.text)):
            annex_title = 2
            continue
        if _plain_text(line.text, text, title, repeated):
            continue  # most lines: cheap tests only
        if (
            _is_job(line.text)
            or _is_furniture(state, text, title, i)
            or (repeated and text.lower() in repeated)
        ):
            line.kind = FURNITURE


def _plain_text(raw: str, text: str, title: str, repeated: set[str]) -> bool:
    """No page or job number, no symbol, no part of the title, not a repeated line: text."""
    if raw[:1] in _PAGE_OR_JOB_FIRST or text[:1] in _PAGE_OR_JOB_FIRST or "/" in text:
        return False
    words = text.lower()
    return not (title and words in title) and not (repeated and words in repeated)


def _is_page(text: str) -> bool:
    return text[:1].isdigit() and _PAGE_RE.match(text) is not None


def _is_job(text: str) -> bool:
    return text[:1] in _PAGE_OR_JOB_FIRST and _JOB_RE.match(text) is not None


def _is_furniture(state: ParseState, text: str, title: str, i: int) -> bool:
    if len(text) > _LONGEST:
        return False
    if _is_page(text) or _is_job(text):
        return True
    if "/" not in text:
        return _not_punctuated_title(state, text, title, i)
    if match := LONE_SYMBOL_RE.match(text):
        if state.res.symbol is None:
            set_symbol(state, match.group(1))
        return True
    if _symbol_at_an_end(text) and (match := _SYMBOL_AND_TEXT_RE.match(text)):
        words = squash(match.group(2) or match.group(3)).lower()
        if (
            _is_title_part(words, title) or (len(title) >= 20 and words.startswith(title))
        ) and not words.endswith((",", ";", ":")):
            if state.res.symbol is None:
                set_symbol(state, match.group(1) or match.group(4))
            return True
    return _not_punctuated_title(state, text, title, i)


def _not_punctuated_title(state: ParseState, text: str, title: str, i: int) -> bool:
    if not title or text.endswith((",", ";", ".")):
        return False
    lines = _running_title(state.lines, i, text.lower(), title)
    for k in range(i + 1, i + lines):
        state.lines[k].kind = FURNITURE
    return lines > 0


def _symbol_at_an_end(text: str) -> bool:
    """A cheap test before `_SYMBOL_AND_TEXT_RE`: a slash in the first word or at the end
    ("A/RES/80/6 Report …", "… cooperation A/RES/60/212", "… S/RES/2334 (2016)")."""
    words = text.split(None, 1)
    if not words or "/" in words[0]:
        return bool(words)
    last = text.rsplit(None, 2)
    return "/" in last[-1] or (last[-1].startswith("(") and "/" in last[-2])


def _running_title(lines: list[Line], i: int, words: str, title: str) -> int:
    """How many lines from `i` print the running title (0: none). A running title stands
    apart from the text, on one line or two ("… through sport and the" | "Olympic ideal");
    "Economic and technical cooperation among developing" followed by "countries and
    invites …" is a paragraph cut at a page break."""
    if not title:
        return 0
    if _is_title_part(words, title) and _apart(lines, i - 1) and _apart(lines, i + 1):
        return 1
    if words in title and i + 1 < len(lines) and lines[i + 1].kind == TEXT:
        both = f"{words} {squash(lines[i + 1].plain).lower()}"
        if _is_title_part(both, title) and _apart(lines, i - 1) and _apart(lines, i + 2):
            return 2
    return 0


def _is_title_part(words: str, title: str) -> bool:
    """A running title: the title, or the part of a long title a page header has room for."""
    if not title or not words:
        return False
    return words == title or (
        len(words) >= 20 and (title.startswith(words) or title.endswith(words))
    )


def _repeated_short_lines(state: ParseState) -> set[str]:
    # A short line printed on several pages, ending in no punctuation, is a running header.
    lines = state.lines
    counts = Counter(
        line.plain.strip().lower()
        for i, line in enumerate(lines[state.body_start :], start=state.body_start)
        if line.kind == TEXT
        and 8 <= len(line.text) <= 120
        and not line.text.rstrip("*").endswith((",", ";", ".", ":"))
        and _stands_apart(lines, i)
    )
    return {text for text, n in counts.items() if n >= 2}


def _stands_apart(lines: list[Line], i: int) -> bool:
    """A header stands between blank lines and other furniture; a wrapped line has text."""
    if not (_apart(lines, i - 1) and _apart(lines, i + 1)):
        return False
    return not (preamble_lead(lines[i].text) or OPERATIVE_RE.match(lines[i].text))


def _apart(lines: list[Line], i: int) -> bool:
    if i < 0 or i >= len(lines) or lines[i].kind != TEXT:
        return True
    text = lines[i].text
    return _is_page(text) or _is_job(text) or ("/" in text and bool(LONE_SYMBOL_RE.match(text)))

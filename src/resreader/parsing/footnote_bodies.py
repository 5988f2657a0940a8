"""Footnote bodies: taken out of the text wherever they sit.

Three shapes: a block after a rule (`_____` or `---`) that may cut a paragraph in two;
lines opening with a superscript number (`¹ A/58/413, annex.`) or a Markdown note
(`[^3]: …`); and, in re-flowed text, plain numbered lines (`3 Ibid., chap. I.`) where the
number continues the notes found so far.
"""

from __future__ import annotations

import re

from resreader.model import Footnote
from resreader.parsing.numbering import unstopped_number
from resreader.parsing.patterns import (
    MONTHS,
    OPERATIVE_RE,
    RULE_RE,
    SUBPARA_RE,
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPTS,
    join_hyphens,
    squash,
    strip_markdown,
)
from resreader.parsing.state import BLANK, FOOTNOTE, TEXT, Line, ParseState

# What a note (`[^3]:`, `¹`, `3`) or a rule (`____`, `---`, `***`, `———`) starts with.
_NOTE_FIRST = frozenset("[0123456789" + SUPERSCRIPTS)
_RULE_FIRST = frozenset("_-*—")
_ANY_FIRST = _NOTE_FIRST | _RULE_FIRST | {"•"}  # and "• 12." (a numbered bullet)
_SUPER_START_RE = re.compile(rf"^([{SUPERSCRIPTS}]{{1,4}})(?![{SUPERSCRIPTS}])\s*(\S.*)$")
_MARKDOWN_NOTE_RE = re.compile(r"^\[\^(\d{1,3})\]:\s*(.*)$")
_PLAIN_START_RE = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_NOTE_LIKE_RE = re.compile(
    r"^\d{1,3}\s+\*?(?:[AES]/\S|Ibid|See\b|Official Records|United Nations,|"
    r"Report of|Resolution|Available|https?:)"
)
_NOT_A_NOTE_RE = re.compile(rf"^\d{{1,3}}\s+(?:{'|'.join(MONTHS)}|to|and|per|of|years?|States)\b")


def extract_footnotes(state: ParseState) -> None:
    lines, i = state.lines, state.body_start
    while i < len(lines):
        line = lines[i]
        first = line.text[:1]
        if line.kind != TEXT or first not in _ANY_FIRST:
            i += 1  # most lines: neither a rule, nor a note, nor a number
            continue
        if match := OPERATIVE_RE.match(line.text):
            state.last_operative = int(match.group(1))
        if RULE_RE.match(line.raw):
            line.kind = FOOTNOTE
            i = _rule_block(state, i + 1)
        elif start := _note_start(state, line, in_block=False):
            i = _take_note(state, i, start, indented_continues=False)
        else:
            i += 1


def _rule_block(state: ParseState, i: int) -> int:
    """Footnotes after a rule; returns the index of the first line back in the body."""
    lines = state.lines
    while i < len(lines):
        line = lines[i]
        if line.kind != TEXT:
            i += 1
            continue
        start = _note_start(state, line, in_block=True)
        if start is None:
            return i
        i = _take_note(state, i, start, indented_continues=start[2])
    return i


def _take_note(
    state: ParseState, i: int, start: tuple[str, str, bool], *, indented_continues: bool
) -> int:
    """Take one note and its continuation lines; returns the index after them."""
    num, first, _ = start
    lines, parts, first_line = state.lines, [first], state.lines[i]
    first_line.kind = FOOTNOTE
    last = first_line
    i += 1
    while i < len(lines) and _continues_note(state, last, lines[i], indented_continues):
        lines[i].kind = FOOTNOTE
        parts.append(lines[i].text)
        last = lines[i]
        i += 1
    _add_note(state, num, parts, (first_line.no, last.no))
    return i


def _continues_note(state: ParseState, last: Line, line: Line, indented: bool) -> bool:
    if line.kind != TEXT or last.kind == BLANK or line.no != last.no + 1:
        return False
    if indented:  # Markdown notes continue on indented lines
        return line.indent > 0
    text = line.text
    if OPERATIVE_RE.match(text) or SUBPARA_RE.match(text):
        return False
    if _note_start(state, line, in_block=True):
        return False
    # In page layout a paragraph resumes indented after the notes; a note wraps flush left.
    return line.indent == 0 and not RULE_RE.match(line.raw)


def _note_start(state: ParseState, line: Line, *, in_block: bool) -> tuple[str, str, bool] | None:
    text = line.text
    if text[:1] not in _NOTE_FIRST:
        return None
    if match := _MARKDOWN_NOTE_RE.match(text):
        return match.group(1), match.group(2), True
    if match := _SUPER_START_RE.match(text):
        return match.group(1).translate(SUPERSCRIPT_DIGITS), match.group(2), False
    match = _PLAIN_START_RE.match(text)
    if not match or _NOT_A_NOTE_RE.match(text) or (in_block and line.indent > 1):
        return None
    if not in_block and unstopped_number(text, state.last_operative):
        return None  # "7 Requests …": paragraph 7 without its full stop, not note 7
    plausible = (
        _continues_numbering(state, match.group(1)) or _NOTE_LIKE_RE.match(text)
        if in_block
        else _plausible_next(state, match.group(1), line)
    )
    return (match.group(1), match.group(2), False) if plausible else None


def _continues_numbering(state: ParseState, num: str) -> bool:
    """Under a rule, "77 at the Conference" continues "the Group of"; note 77 is unlikely
    when the notes so far stop at 1."""
    return int(num) <= state.highest_note + 5


def _plausible_next(state: ParseState, num: str, line: Line) -> bool:
    """Outside a rule block, a numbered line is a note only if it continues the numbering
    and stands apart from the paragraph before it (re-flowed text: one line per note)."""
    prev = state.lines[line.no - 2] if line.no >= 2 else None
    if prev is not None and prev.kind == TEXT:
        return False
    if _NOTE_LIKE_RE.match(line.text):
        return True
    expected = state.highest_note + 1
    return int(num) == expected or (int(num) > expected and int(num) - expected <= 2)


def _add_note(state: ParseState, num: str, parts: list[str], span: tuple[int, int]) -> None:
    text = squash(strip_markdown(_join(parts)))
    if num in state.footnotes:
        state.warn(f"footnote {num} appears twice; the first text is kept")
        return
    state.footnotes[num] = Footnote(num, text, span)
    state.highest_note = max(state.highest_note, int(num))


def _join(parts: list[str]) -> str:
    """Note lines joined; a break after a hyphen keeps the hyphen ("South-" | "South")."""
    out = [parts[0]]
    for previous, part in zip(parts, parts[1:], strict=False):
        hyphen = previous[-1:] == "-" and previous[-2:-1].isascii() and previous[-2:-1].isalpha()
        out.append(part if hyphen else " " + part)
    return join_hyphens("".join(out))

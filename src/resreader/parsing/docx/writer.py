"""One Word paragraph -> one line of the laid-out dialect (see parsing.laidout).

`12. *Requests* the Secretary-General …¹`: the list number as Word shows it, the italic
run that opens the paragraph as Markdown emphasis (from the formatting, not from a word
list), footnote markers as superscript digits where the reference stood. A literal `*` in
the document is escaped (`\\*`), so it is never read as emphasis or as a bullet.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from resreader.parsing.docx.content import Piece
from resreader.parsing.laidout import superscript

_TYPED_NUMBER_RE = re.compile(r"^(?:\d{1,4}\.|\((?:[a-z]{1,2}|[ivxlc]{1,6})\))(?= )")
_SPACE_RE = re.compile(r"\s+")
_ITALIC, _ROMAN, _MARKER = "i", "r", "m"


def paragraph_line(
    label: str | None, pieces: list[Piece], note_number: Callable[[Piece], str | None]
) -> str:
    """The paragraph's line ("" when it holds no text)."""
    text, kinds = _flatten(pieces, note_number)
    if not text.strip(" " + _superscripts()):
        return ""
    start = _body_start(text, typed=label is None)
    end = _lead_end(text, kinds, start)
    if end is None:
        line = _escape(text)
    else:
        line = f"{_escape(text[:start])}*{text[start:end]}*{_escape(text[end:])}"
    return f"{label} {line}" if label else line


def _flatten(pieces: list[Piece], note_number: Callable[[Piece], str | None]) -> tuple[str, _Kinds]:
    """The paragraph's text, white space collapsed, and what each stretch of it is."""
    parts: list[str] = []
    kinds = _Kinds()
    last = " "  # the character before the next piece ("" at the start trims a space)
    for piece in pieces:
        if piece.note is not None:
            num = note_number(piece)
            text, kind = (superscript(num) if num else ""), _MARKER
        else:
            text, kind = _SPACE_RE.sub(" ", piece.text), _ITALIC if piece.italic else _ROMAN
        if last == " " and text.startswith(" "):
            text = text[1:]
        if text:
            parts.append(text)
            kinds.add(len(text), kind)
            last = text[-1]
    return "".join(parts).rstrip(" "), kinds


class _Kinds:
    """What each character is, kept as stretches: (end offset, kind)."""

    def __init__(self) -> None:
        self.ends: list[int] = []
        self.kinds: list[str] = []

    def add(self, length: int, kind: str) -> None:
        self.ends.append((self.ends[-1] if self.ends else 0) + length)
        self.kinds.append(kind)

    def __getitem__(self, i: int) -> str:
        return self.kinds[bisect_right(self.ends, i)]


def _body_start(text: str, *, typed: bool) -> int:
    """Where a lead may begin: after a number typed into the text ("1. ", "(a) ")."""
    match = _TYPED_NUMBER_RE.match(text) if typed else None
    return match.end() + 1 if match else 0


def _lead_end(text: str, kinds: _Kinds, start: int) -> int | None:
    """The end of the italic run that opens the paragraph, when it is a lead: whole words,
    followed by more text, with no asterisk that would break the emphasis."""
    end = start
    for i in range(start, len(text)):
        if kinds[i] == _ITALIC and text[i] != " ":
            end = i + 1
        elif text[i] != " ":
            break
    lead, rest = text[start:end], text[end:]
    if not any(ch.isalpha() for ch in lead) or "*" in lead:
        return None
    if (rest and _is_word(rest[0])) or not any(_is_word(ch) for ch in rest):
        return None  # italics ending inside a word, or a whole paragraph in italics
    return end


def _is_word(ch: str) -> bool:
    """A letter or a digit of the text (a superscript marker is neither)."""
    return ch.isalpha() or "0" <= ch <= "9"


def _escape(text: str) -> str:
    return text.replace("*", "\\*")


def _superscripts() -> str:
    return superscript("0123456789")

"""Parsing state: the source lines and what the rules have found so far.

Rules are plain functions that read and update one `ParseState`; nothing is kept on
classes or in globals, so parsing is re-entrant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resreader.model import Footnote, Resolution
from resreader.parsing.patterns import strip_markdown

_TRAILING_RULE_RE = re.compile(r"(?<=\S)\s+(?:-{3,}|_{4,})$")

# What a line turned out to be. Only "text" lines become clause text.
TEXT, BLANK, FURNITURE, FOOTNOTE, META = "text", "blank", "furniture", "footnote", "meta"


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the decoded source
    raw: str  # without the line break and trailing white space
    kind: str = TEXT
    text: str = ""  # `raw` without its indentation (rules read it often: computed once)
    indent: int = 0
    plain: str = ""  # `text` without Markdown emphasis (*Takes note*)

    def __post_init__(self) -> None:
        self.text = self.raw.strip()
        self.indent = len(self.raw) - len(self.raw.lstrip())
        self.plain = strip_markdown(self.text)

    @classmethod
    def read(cls, no: int, raw: str) -> Line:
        """A source line (`raw` already without trailing white space), built without
        `__post_init__`'s second strip: this runs once per line of every document."""
        line = cls.__new__(cls)
        text = raw.lstrip()
        line.no, line.raw, line.kind, line.text = no, raw, TEXT if text else BLANK, text
        line.indent = len(raw) - len(text)
        line.plain = strip_markdown(text) if "*" in text or "_" in text else text
        return line


@dataclass
class Block:
    """Consecutive text lines that read as one paragraph (or a heading)."""

    lines: list[Line] = field(default_factory=list)
    # Lines where text in lower case after a finished sentence was joined to this block.
    lower_joins: list[int] = field(default_factory=list)

    @property
    def span(self) -> tuple[int, int]:
        return (self.lines[0].no, self.lines[-1].no)

    @property
    def first(self) -> str:
        return self.lines[0].text


@dataclass
class ParseState:
    lines: list[Line]
    source: str | None = None
    res: Resolution = field(default_factory=Resolution)
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    body_start: int = 0  # index of the first line after "The General Assembly,"
    annex_starts: list[int] = field(default_factory=list)  # indexes of "Annex" lines
    laid_out: bool = False  # written from a PDF or Word layout (see parsing.laidout)
    # A layout that prints its leads in italics: then a roman opening is no lead, whatever
    # its wording ("Reaffirming" set in roman in 79/1's Annex II)
    italics_are_leads: bool = False
    # A text that prints its footnote markers as superscripts prints them all so
    superscript_markers: bool = False
    highest_note: int = 0  # the highest footnote number taken so far
    last_operative: int = 0  # the last operative number read while taking the notes
    warned: set[str] = field(default_factory=set)  # the warnings given, for a cheap test

    def warn(self, message: str) -> None:
        if message not in self.warned:
            self.warned.add(message)
            self.res.warnings.append(message)

    def text_lines(self) -> list[Line]:
        return [line for line in self.lines if line.kind == TEXT]


def split_lines(text: str) -> list[Line]:
    if "\u00a0" in text or "\t" in text:
        text = text.replace("\u00a0", " ").replace("\t", " ")
    lines = []
    read = Line.read
    for no, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip()
        if raw.endswith(("---", "____")):  # "… induced ---": a note separator left inline
            raw = _TRAILING_RULE_RE.sub("", raw)
        lines.append(read(no, raw))
    return lines

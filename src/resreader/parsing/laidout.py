"""Laid-out documents (PDF, Word) written as the text the text parser reads.

A PDF or a Word file keeps its structure in positions, fonts and list numbering, not in
characters. Each reader (`parsing.pdf`, `parsing.docx`) works that structure out and writes
it in the plain-text dialect the rules of `parsing` already read, so one parser builds
every Resolution:

- the masthead and heading lines first, one item a line ("United Nations A/RES/78/224",
  "Distr.: General", "Agenda item 107", "Resolution adopted by the General Assembly on
  19 December 2023", "78/224. Reducing reoffending …", "The General Assembly,");
- then one line per paragraph, a blank line between paragraphs: `*Recalling* its …` (the
  italic lead in Markdown emphasis), `12. *Requests* …` (the number as printed), `(a) …`;
- footnote markers as superscript digits glued where they stood: `Congress¹`;
- footnote bodies after the body, under a rule line: `_______________`, then `1 A/78/1.`
  one a line.

Each line keeps the boxes it came from on the original pages, so clauses can be shown
on the page they were printed on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from resreader.model import Clause, Footnote, PageBox, Resolution, SubParagraph

_AT_LINE_RE = re.compile(r" at line (\d+)")
FOOTNOTE_RULE = "_______________"
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(digits: str) -> str:
    """A footnote marker as the text parser reads it: `12` -> `¹²`."""
    return digits.translate(_SUPERSCRIPTS)


@dataclass
class LaidOut:
    """A document as text lines, each with the page boxes it came from."""

    format: str  # "pdf" | "docx"
    lines: list[str] = field(default_factory=list)
    boxes: list[list[PageBox]] = field(default_factory=list)  # one list per line
    warnings: list[str] = field(default_factory=list)

    def add(self, text: str, boxes: list[PageBox] | None = None) -> None:
        self.lines.append(text)
        self.boxes.append(boxes or [])

    def paragraph(self, text: str, boxes: list[PageBox] | None = None) -> None:
        """A paragraph: its one line, then a blank line."""
        self.add(text, boxes)
        self.add("")

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def attach_boxes(res: Resolution, laid: LaidOut) -> None:
    """Give every clause and footnote the page boxes of the lines it was parsed from."""
    res.format = laid.format
    res.warnings = [_on_page(warning, laid) for warning in res.warnings]
    for warning in laid.warnings:
        if warning not in res.warnings:
            res.warnings.append(warning)
    if not any(laid.boxes):
        return
    items: list[Clause | Footnote] = [*res.clauses(), *res.footnotes]
    for annex in res.annexes:
        for para in annex.paragraphs:
            items += [para, *_walk(para.subparagraphs)]
    for item in items:
        first, last = item.lines
        item.boxes = [
            box
            for no in range(first, last + 1)
            if 0 < no <= len(laid.boxes)
            for box in laid.boxes[no - 1]
        ]


def _on_page(warning: str, laid: LaidOut) -> str:
    """ "text at line 64 …" names a line of the laid-out text, which a reader of the PDF
    never sees: name the page instead (or drop the place, for a Word file)."""

    def place(match: re.Match[str]) -> str:
        no = int(match.group(1))
        boxes = laid.boxes[no - 1] if 0 < no <= len(laid.boxes) else []
        return f" on page {boxes[0].page + 1}" if boxes else ""

    return _AT_LINE_RE.sub(place, warning)


def _walk(subs: list[SubParagraph]) -> Iterator[SubParagraph]:
    for sub in subs:
        yield sub
        yield from _walk(sub.subparagraphs)

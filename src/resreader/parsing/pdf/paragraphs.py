"""Body lines -> paragraphs, from the layout: a paragraph starts at a first-line indent, a
vertical gap, a number or sub-paragraph marker standing before the text, or a change of
style (a bold heading); a page break alone never starts one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from resreader.model import PageBox
from resreader.parsing.pdf.lines import Line
from resreader.parsing.pdf.runs import Run

_NUMBER_RE = re.compile(r"^(?:\d{1,4}\.|\([a-z]{1,3}\)|\([ivxlc]+\)|[a-z]\))$")
_INDENT = 8.0  # points right of the text's left edge: a first-line indent
_GAP = 1.45  # a baseline step over this many font sizes opens a paragraph
_DECIMAL_RE = re.compile(r"^\d{1,4}\.$")
_ANNEX_RE = re.compile(r"^Annex(?:es)?(?: [IVXLC]+| \d{1,2}| [A-Z])?$")  # a heading of its own
ASSEMBLY_RE = re.compile(
    r"^The (?:General Assembly|Security Council|Economic and Social Council)\b"
)


@dataclass
class Paragraph:
    lines: list[Line] = field(default_factory=list)

    def boxes(self) -> list[PageBox]:
        """One box per page the paragraph stands on."""
        boxes: dict[int, PageBox] = {}
        for line in self.lines:
            old = boxes.get(line.page)
            x0, top, x1, bottom = line.x0, line.top, line.x1, line.bottom
            if old is not None:
                x0, top = min(x0, old.x0), min(top, old.top)
                x1, bottom = max(x1, old.x1), max(bottom, old.bottom)
            boxes[line.page] = PageBox(
                line.page, round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)
            )
        return list(boxes.values())


def left_margin(lines: list[Line]) -> float:
    """The left edge most body lines start at."""
    counts = Counter(round(line.x0) for line in lines)
    return float(counts.most_common(1)[0][0]) if counts else 0.0


def split_paragraphs(lines: list[Line], left: float) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    numbers = _NumberColumn()
    for line in lines:
        previous = paragraphs[-1].lines[-1] if paragraphs else None
        if previous is not None and numbers.inside_list(previous, line):
            paragraphs[-1].lines.append(line)
        elif previous is None or _starts_paragraph(paragraphs[-1], line, left):
            paragraphs.append(Paragraph([line]))
        else:
            paragraphs[-1].lines.append(line)
    return paragraphs


class _NumberColumn:
    """Where the paragraph numbers of the current section stand. A numbered list set
    further right, after a paragraph ending in a colon ("the following provisional
    agenda: 1. Opening of the Congress. 2. …"), belongs to that paragraph."""

    def __init__(self) -> None:
        self.column: float | None = None
        self.in_list = False

    def inside_list(self, previous: Line, line: Line) -> bool:
        if _ANNEX_RE.match(line.text):
            self.column, self.in_list = None, False
            return False
        first = leading_number(line.runs)[0]
        numbered = bool(_DECIMAL_RE.match(first))
        if numbered and self.column is None:
            self.column = line.x0
        if self.column is None:
            return False
        deeper = numbered and line.x0 > self.column + 12
        if deeper and (self.in_list or previous.text.endswith(":")):
            self.in_list = True
        elif self.in_list and (
            line.bold != previous.bold or (first and line.x0 <= self.column + 2)
        ):
            self.in_list = False  # a heading, or the next paragraph of the section
        return self.in_list


def _starts_paragraph(current: Paragraph, line: Line, left: float) -> bool:
    previous = current.lines[-1]
    if leading_number(line.runs)[0]:
        return True
    if line.x0 > left + _INDENT and not _hanging(current, line):
        return True
    if _ANNEX_RE.match(line.text) or _ANNEX_RE.match(previous.text):
        return True
    if line.bold != previous.bold or abs(line.size - previous.size) > 1.0:
        return True
    if line.page != previous.page:
        return False
    return line.baseline - previous.baseline > _GAP * max(line.size, previous.size)


def is_heading(paragraph: Paragraph, text: str) -> bool:
    """A paragraph set all in bold, that is neither numbered nor an annex's label."""
    return (
        all(line.bold for line in paragraph.lines)
        and len(text) < 400
        and not leading_number(paragraph.lines[0].runs)[0]
        and not _ANNEX_RE.match(text)
    )


def _hanging(current: Paragraph, line: Line) -> bool:
    """A numbered sub-paragraph set with a hanging indent: its lines all start where its
    marker stands, one line pitch apart (a new paragraph opens a gap)."""
    previous = current.lines[-1]
    return (
        bool(leading_number(current.lines[0].runs)[0])
        and line.page == previous.page
        and abs(line.x0 - previous.x0) < 2.0
        and line.baseline - previous.baseline <= 1.3 * line.size
    )


def leading_number(runs: list[Run]) -> tuple[str, int]:
    """The paragraph number or marker a line opens with ("12.", "(a)"), possibly set in
    several runs ("5" + ". "), and how many runs it takes; ("", 0) for none."""
    text = ""
    for count, run in enumerate(runs[:3], start=1):
        text += run.text
        if _NUMBER_RE.match(text.strip()):
            after = runs[count] if count < len(runs) else None
            if after is None or text.endswith(" ") or after.x0 - run.x1 > 2.0:
                return text.strip(), count
    return "", 0

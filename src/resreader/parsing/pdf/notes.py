"""Footnote lines -> footnotes: a note starts at its number (raised, or standing before the
text); a line without one continues the note before it, across a page break too."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from resreader.parsing.pdf.lines import Line
from resreader.parsing.pdf.paragraphs import Paragraph
from resreader.parsing.pdf.wording import paragraph_text

_NUMBER_RE = re.compile(r"^(\d{1,3}|\*{1,3})$")


@dataclass
class Note:
    num: str
    body: Paragraph = field(default_factory=Paragraph)


def collect_notes(lines: list[Line]) -> list[Note]:
    notes: list[Note] = []
    text_left = _text_left(lines)
    for line in lines:
        num = _number(line, text_left)
        if num is not None:
            notes.append(Note(num, Paragraph([_without_number(line)])))
        elif notes:
            notes[-1].body.lines.append(line)
    return notes


def note_text(note: Note) -> str:
    num = note.num.replace("*", "\\*")  # a sponsor's "*" is text, not emphasis
    return f"{num} {paragraph_text(note.body, with_lead=False)}"


def _text_left(lines: list[Line]) -> float:
    """Where the notes' text starts: their numbers stand left of it, raised or not."""
    starts = Counter(
        round(line.x0) for line in lines if not _NUMBER_RE.match(line.runs[0].text.strip())
    )
    return float(starts.most_common(1)[0][0]) if starts else 0.0


def _number(line: Line, text_left: float) -> str | None:
    first = line.runs[0]
    if not _NUMBER_RE.match(first.text.strip()) or len(line.runs) < 2:
        return None
    if not line.is_raised(first) and first.x0 > text_left - 2:
        return None  # "18 – 22 March 2002": a continuation line that opens with a number
    return first.text.strip()


def _without_number(line: Line) -> Line:
    rest = Line(line.page, line.runs[1:], size=line.size)
    rest.text = _strip_number(line)
    rest.measure()
    return rest


def _strip_number(line: Line) -> str:
    """The line's text after its number (a raised number is written as superscripts)."""
    text = line.text
    first = line.runs[0].text.strip()
    if text.startswith(first):
        return text[len(first) :].lstrip()
    return re.sub(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", "", text)

"""Footnote lines -> footnotes: a note starts at its number (raised, or standing before the
text); a line without one continues the note before it, across a page break too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resreader.parsing.pdf.lines import Line
from resreader.parsing.pdf.paragraphs import Paragraph, paragraph_text

_NUMBER_RE = re.compile(r"^(\d{1,3}|\*{1,3})$")


@dataclass
class Note:
    num: str
    body: Paragraph = field(default_factory=Paragraph)


def collect_notes(lines: list[Line]) -> list[Note]:
    notes: list[Note] = []
    for line in lines:
        num = _number(line)
        if num is not None:
            notes.append(Note(num, Paragraph([_without_number(line)])))
        elif notes:
            notes[-1].body.lines.append(line)
    return notes


def note_text(note: Note) -> str:
    return f"{note.num} {paragraph_text(note.body)}"


def _number(line: Line) -> str | None:
    first = line.runs[0].text.strip()
    if not _NUMBER_RE.match(first) or len(line.runs) < 2:
        return None
    return first


def _without_number(line: Line) -> Line:
    rest = Line(line.page, line.runs[1:], size=line.size)
    rest.text = _strip_number(line)
    return rest


def _strip_number(line: Line) -> str:
    """The line's text after its number (a raised number is written as superscripts)."""
    text = line.text
    first = line.runs[0].text.strip()
    if text.startswith(first):
        return text[len(first):].lstrip()
    return re.sub(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*", "", text)

"""The document tree of a resolution: plain dataclasses, no I/O, no Qt.

`Resolution.to_dict()` gives the JSON contract (`resreader parse --json`), with
`agenda_item`, `report`, `annexes` and each clause's source `lines`. Line numbers are
1-based and inclusive, counted in the decoded source text (for a PDF or Word file, in its
laid-out text: see parsing/laidout.py); `boxes` say where a PDF printed each clause.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

LineSpan = tuple[int, int]


@dataclass(frozen=True)
class PageBox:
    """Where text stands on a page of the original PDF: a 0-based page index and a box in
    PDF points measured from the page's top-left corner (y grows downwards, as on screen)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class SubParagraph:
    """A lettered or roman sub-paragraph: `(a)`, `(ii)`; nests to any depth."""

    id: str  # "op7(c)", "op7(c)(ii)"
    num: str  # "(c)"
    text: str
    lines: LineSpan = (0, 0)
    footnotes: list[str] = field(default_factory=list)
    subparagraphs: list[SubParagraph] = field(default_factory=list)
    # Where each footnote marker stood: an offset into `text`, one per entry of `footnotes`.
    marker_offsets: list[int] = field(default_factory=list)
    boxes: list[PageBox] = field(default_factory=list)  # on the original pages (PDF only)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "num": self.num,
            "text": self.text,
            "footnotes": list(self.footnotes),
            "lines": list(self.lines),
            "subparagraphs": [s.to_dict() for s in self.subparagraphs],
        }


@dataclass
class Paragraph:
    """A preambular (`num` is None) or operative paragraph."""

    id: str  # "pp3" or "op12"
    num: str | None
    lead: str | None  # the italic opening phrase: "Takes note with appreciation"
    text: str  # as a reader sees it, lead included, number and markers removed
    lines: LineSpan = (0, 0)
    footnotes: list[str] = field(default_factory=list)
    subparagraphs: list[SubParagraph] = field(default_factory=list)
    marker_offsets: list[int] = field(default_factory=list)  # as in SubParagraph
    boxes: list[PageBox] = field(default_factory=list)  # as in SubParagraph

    @property
    def is_operative(self) -> bool:
        return self.num is not None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        if self.num is not None:
            data["num"] = self.num
        data.update(lead=self.lead, text=self.text, footnotes=list(self.footnotes))
        data["lines"] = list(self.lines)
        if self.num is not None:
            data["subparagraphs"] = [s.to_dict() for s in self.subparagraphs]
        return data


@dataclass
class Footnote:
    num: str
    text: str
    lines: LineSpan = (0, 0)
    boxes: list[PageBox] = field(default_factory=list)  # as in SubParagraph

    def to_dict(self) -> dict[str, Any]:
        return {"num": self.num, "text": self.text}


@dataclass
class Reference:
    """A cited resolution ("58/220", "2200 A (XXI)"), decision or document symbol."""

    kind: str  # "resolution" | "decision" | "document"
    target: str
    date: str | None = None  # ISO date when the citation gives one

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "target": self.target}
        if self.date:
            data["date"] = self.date
        return data


@dataclass
class Annex:
    """An annex: kept apart from the resolution's own operative paragraphs."""

    id: str  # "annex1"
    title: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    lines: LineSpan = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "lines": list(self.lines),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }


Clause = Paragraph | SubParagraph


@dataclass
class Resolution:
    symbol: str | None = None
    session: int | None = None
    number: str | None = None
    title: str | None = None
    body: str | None = None
    adopted: str | None = None
    meeting: str | None = None
    agenda_item: str | None = None
    report: str | None = None
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str | None = None  # where the text came from (a path), for messages
    format: str = "text"  # what the source was: "text" (plain or Markdown), "pdf", "docx"

    @property
    def label(self) -> str:
        """What to call this resolution in a title bar or a citation."""
        return self.symbol or self.title or self.source or "untitled resolution"

    def paragraphs(self) -> Iterator[Paragraph]:
        yield from self.preamble
        yield from self.operative

    def clauses(self) -> Iterator[Clause]:
        """Every clause in document order, sub-paragraphs after their parent."""
        for para in self.paragraphs():
            yield para
            yield from _walk(para.subparagraphs)

    def clause(self, clause_id: str) -> Clause | None:
        return next((c for c in self.clauses() if c.id == clause_id), None)

    def footnote(self, num: str) -> Footnote | None:
        return next((f for f in self.footnotes if f.num == num), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "session": self.session,
            "number": self.number,
            "title": self.title,
            "body": self.body,
            "adopted": self.adopted,
            "meeting": self.meeting,
            "agenda_item": self.agenda_item,
            "report": self.report,
            "preamble": [p.to_dict() for p in self.preamble],
            "operative": [p.to_dict() for p in self.operative],
            "annexes": [a.to_dict() for a in self.annexes],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "references": [r.to_dict() for r in self.references],
            "warnings": list(self.warnings),
        }


def _walk(subs: list[SubParagraph]) -> Iterator[SubParagraph]:
    for sub in subs:
        yield sub
        yield from _walk(sub.subparagraphs)

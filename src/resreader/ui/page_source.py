"""Which boxes of the original pages a clause id stands for, and why a resolution has no
original page to show. Plain functions over the model."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from resreader.model import Clause, PageBox, Resolution

FORMAT_NAMES = {"text": "a text or Markdown file", "docx": "a Word document"}


def unavailable_reason(res: Resolution | None) -> str:
    """'' when the original pages can be shown; else a sentence saying why not."""
    if res is None:
        return "Open a PDF to see its original pages here."
    if res.format != "pdf":
        kind = FORMAT_NAMES.get(res.format, f"a {res.format} file")
        return f"Original pages are shown for PDF documents; this one was opened from {kind}."
    if not res.source:
        return "This PDF was not opened from a file, so there is no page to show."
    return ""


def clause_boxes(res: Resolution, clause_id: str) -> list[PageBox]:
    """The boxes of a clause ("op7(c)", "annex1-op3"), a footnote ("fn3") or an annex."""
    clause = res.clause(clause_id)
    if clause is not None:
        return list(clause.boxes)
    if clause_id.startswith("fn") and (note := res.footnote(clause_id[2:])) is not None:
        return list(note.boxes)
    for annex in res.annexes:
        clauses = list(_annex_clauses(annex.paragraphs))
        if annex.id == clause_id:
            return [box for c in clauses for box in c.boxes]
        found = next((c for c in clauses if c.id == clause_id), None)
        if found is not None:
            return list(found.boxes)
    return []


def _annex_clauses(clauses: Sequence[Clause]) -> Iterator[Clause]:
    for clause in clauses:
        yield clause
        yield from _annex_clauses(clause.subparagraphs)

"""Footnote markers linked to their clauses, and the notes put in order with warnings."""

from __future__ import annotations

from resreader.model import Annex, Paragraph, SubParagraph
from resreader.parsing.footnote_markers import MarkerState, take_markers
from resreader.parsing.state import ParseState


def link_footnotes(state: ParseState) -> None:
    res = state.res
    only_superscripts = state.laid_out or state.superscript_markers
    markers = MarkerState(bodies=set(state.footnotes), superscripts_only=only_superscripts)
    for clause in [*res.clauses(), *_annex_clauses(res.annexes)]:
        clause.text, clause.footnotes, clause.marker_offsets = take_markers(clause.text, markers)
    res.footnotes = sorted(state.footnotes.values(), key=lambda f: int(f.num))
    for num in sorted(markers.used - markers.bodies, key=int):
        state.warn(f"footnote marker {num} has no footnote text")
    for num in sorted(markers.bodies - markers.used, key=int):
        state.warn(f"footnote {num} is never referenced in the text")


def _annex_clauses(annexes: list[Annex]) -> list[Paragraph | SubParagraph]:
    out: list[Paragraph | SubParagraph] = []
    for annex in annexes:
        for para in annex.paragraphs:
            out.append(para)
            stack = list(reversed(para.subparagraphs))
            while stack:
                sub = stack.pop()
                out.append(sub)
                stack.extend(reversed(sub.subparagraphs))
    return out

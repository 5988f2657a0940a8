"""bytes/text -> Resolution. Each concern is a small module; `parse` runs them in order
on one ParseState (decoding, metadata, page furniture, footnotes, blocks, structure,
footnote markers, references)."""

from __future__ import annotations

import re

from resreader.errors import ParseError
from resreader.model import Annex, Resolution
from resreader.parsing.blocks import group_blocks
from resreader.parsing.decoding import decode
from resreader.parsing.footnote_bodies import extract_footnotes
from resreader.parsing.formats import DOC, PDF, TEXT, ZIP, sniff
from resreader.parsing.furniture import mark_furniture
from resreader.parsing.laidout import LaidOut, attach_boxes
from resreader.parsing.linking import link_footnotes
from resreader.parsing.metadata import find_body_start, read_footer, read_header
from resreader.parsing.references import find_references
from resreader.parsing.state import ParseState, split_lines
from resreader.parsing.structure import Section, build_section

__all__ = ["ParseError", "parse", "parse_text"]

# A paragraph of laid-out text opening with an italic lead: "*Recalling* …", "3. *Requests* …"
_SUPERSCRIPT_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹]")  # a class scan: far faster than a pair pattern
_ITALIC_LEAD_RE = re.compile(r"^(?:\d{1,4}\. |\([a-z]{1,4}\) )?\*[^*\s]", re.M)


def parse(data: str | bytes, source: str | None = None) -> Resolution:
    """Parse a resolution from text, Markdown, PDF or Word (.docx) bytes; raises ParseError
    (naming `source`) for input that is not one."""
    kind = sniff(data)
    if kind == TEXT:
        return parse_text(decode(data, source), source)
    assert isinstance(data, bytes)
    if kind == DOC:  # an old .doc, or an Office file with a password (also OLE)
        from resreader.parsing.docx.ole import ole_reason

        raise ParseError(ole_reason(data), source)
    if kind == ZIP:
        raise ParseError(
            "not a text file (a ZIP archive that is damaged or not a Word document)", source
        )
    laid = _read_laid_out(kind, data, source)
    res = parse_text(laid.text, source, laid_out=True)
    attach_boxes(res, laid)
    return res


def _has_superscript_marker(text: str) -> bool:
    """A superscript digit glued to the word or mark it follows: a footnote marker."""
    for match in _SUPERSCRIPT_RE.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if before.isalnum() or (before and before in ",.;:)”’_"):
            return True
    return False


def _read_laid_out(kind: str, data: bytes, source: str | None) -> LaidOut:
    if kind == PDF:
        from resreader.parsing.pdf import read_pdf

        return read_pdf(data, source)
    from resreader.parsing.docx import read_docx

    return read_docx(data, source)


def parse_text(text: str, source: str | None = None, laid_out: bool = False) -> Resolution:
    """Parse decoded text (plain or Markdown); `laid_out` for text written from a PDF or
    Word layout, whose footnote markers are all superscripts."""
    if not text.strip():
        raise ParseError("the file is empty", source)
    state = ParseState(split_lines(text), source, laid_out=laid_out)
    state.italics_are_leads = laid_out and _ITALIC_LEAD_RE.search(text) is not None
    state.superscript_markers = _has_superscript_marker(text)
    for rule in (find_body_start, read_header, read_footer, mark_furniture, extract_footnotes):
        rule(state)
    sections = group_blocks(state)
    main = build_section(state, sections[0])
    annexes = [
        build_section(state, blocks, f"annex{k}-") for k, blocks in enumerate(sections[1:], start=1)
    ]
    return _assemble(state, main, annexes)


def _assemble(state: ParseState, main: Section, annexes: list[Section]) -> Resolution:
    res = state.res
    res.source = state.source
    res.preamble, res.operative = main.preamble, main.operative
    res.annexes = [_annex(k, section) for k, section in enumerate(annexes, 1)]
    if not _is_resolution(res):
        raise ParseError("no resolution found: no preambular or operative paragraphs", state.source)
    link_footnotes(state)
    texts = [c.text for c in res.clauses()]
    texts += [c.text for annex in res.annexes for p in annex.paragraphs for c in [p]]
    texts += [f.text for f in res.footnotes]
    res.references = find_references(texts, res.symbol)
    return res


def _annex(k: int, section: Section) -> Annex:
    paragraphs = section.preamble + section.operative
    title = section.headings[0] if section.headings else None
    span = (paragraphs[0].lines[0], paragraphs[-1].lines[1]) if paragraphs else (0, 0)
    return Annex(f"annex{k}", title, paragraphs, span)


def _is_resolution(res: Resolution) -> bool:
    """A deciding body or a symbol, or both parts of a resolution, each with its leads."""
    led_operative = any(p.lead for p in res.operative)
    led_preamble = any(p.lead for p in res.preamble)
    if res.body is not None or res.symbol is not None:
        return led_operative or led_preamble
    return led_operative and led_preamble

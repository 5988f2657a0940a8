"""PDF -> LaidOut, through PDFium (pypdfium2): the structure a Word-made UN PDF keeps in
positions and fonts, written as the text the text parser reads (see parsing.laidout).

runs (text objects) -> lines -> zones (masthead, header/footer, notes, body) ->
paragraphs (indent, gap, number, style) and footnotes -> laid-out lines with page boxes.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from resreader.errors import ParseError
from resreader.parsing.laidout import FOOTNOTE_RULE, LaidOut
from resreader.parsing.pdf.document import open_pdf, repair_warning
from resreader.parsing.pdf.lines import Line, group_lines
from resreader.parsing.pdf.masthead import masthead_lines
from resreader.parsing.pdf.notes import collect_notes, note_text
from resreader.parsing.pdf.paragraphs import (
    ASSEMBLY_RE,
    is_heading,
    left_margin,
    split_paragraphs,
)
from resreader.parsing.pdf.runs import PageReader
from resreader.parsing.pdf.wording import paragraph_text
from resreader.parsing.pdf.zones import PageZones, split_zones
from resreader.pdfium_lock import PDFIUM_LOCK

__all__ = ["read_pdf"]


def read_pdf(data: bytes, source: str | None = None) -> LaidOut:
    """The PDF's text laid out as paragraphs; ParseError for a file that holds none."""
    warnings: list[str] = []
    with PDFIUM_LOCK:
        doc = open_pdf(data, source)
        try:
            pages = _read_pages(doc, source, warnings)
        finally:
            doc.close()
    laid = _lay_out(pages)
    if (warning := repair_warning(data)) is not None:
        warnings.append(warning)
    laid.warnings += warnings
    return laid


def _read_pages(
    doc: pdfium.PdfDocument, source: str | None, warnings: list[str]
) -> list[PageZones]:
    reader = PageReader()
    pages, lost = [], []
    for index in range(len(doc)):
        try:
            page = doc[index]
        except pdfium.PdfiumError:
            lost.append(index + 1)  # one damaged page costs its own text, not the others'
            pages.append(PageZones(index))
            continue
        try:
            runs, rules, height = reader.read(page)
        finally:
            page.close()
        pages.append(split_zones(index, group_lines(runs, index), rules, height))
    if lost and len(lost) == len(pages):
        raise ParseError("the PDF's pages cannot be read (damaged)", source)
    if lost:
        numbers = ", ".join(map(str, lost))
        warnings.append(
            f"page {numbers} of the PDF cannot be read (damaged): its text is missing"
            if len(lost) == 1
            else f"pages {numbers} of the PDF cannot be read (damaged): their text is missing"
        )
    if not any(zone.body or zone.masthead for zone in pages):
        raise ParseError(
            "a scanned document: its pages hold no text layer to read "
            "(text recognition, OCR, is not supported)",
            source,
        )
    return pages


def _lay_out(pages: list[PageZones]) -> LaidOut:
    laid = LaidOut("pdf")
    notes = collect_notes([line for zone in pages for line in zone.notes])
    numbered = [note for note in notes if note.num[0].isdigit()]
    sponsors = [note for note in notes if not note.num[0].isdigit()]
    for text in masthead_lines(pages[0].masthead):
        laid.add(text)
    for note in sponsors:  # the sponsor's "*" note is masthead, not a footnote of the text
        laid.add(note_text(note), note.body.boxes())
    laid.add("")
    _lay_out_body([line for zone in pages for line in zone.body], laid)
    if numbered:
        laid.add(FOOTNOTE_RULE)
        for note in numbered:
            laid.add(note_text(note), note.body.boxes())
    return laid


def _lay_out_body(body: list[Line], laid: LaidOut) -> None:
    left = left_margin(_after_assembly(body))
    in_body = False  # bold lines before "The General Assembly," are the title, not headings
    for paragraph in split_paragraphs(body, left):
        text = paragraph_text(paragraph)
        if in_body and is_heading(paragraph, text):
            text = f"## {text}"
        in_body = in_body or bool(ASSEMBLY_RE.match(text))
        laid.paragraph(text, paragraph.boxes())


def _after_assembly(body: list[Line]) -> list[Line]:
    """The lines after "The General Assembly,", where the text's own margin shows (the
    session and agenda lines above it stand further left)."""
    for k, line in enumerate(body):
        if ASSEMBLY_RE.match(line.text) and k + 1 < len(body):
            return body[k + 1 :]
    return body

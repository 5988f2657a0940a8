"""Opening a PDF with PDFium, with a one-line reason for every file it cannot read."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from resreader.errors import ParseError

_LOAD_ERRORS = {
    raw.FPDF_ERR_FILE: "the PDF cannot be read (damaged or cut short)",
    raw.FPDF_ERR_FORMAT: "the PDF is damaged or cut short (PDFium: data format error)",
    raw.FPDF_ERR_PASSWORD: "the PDF is password-protected: open it with its password "
    "and save an unprotected copy",
    raw.FPDF_ERR_SECURITY: "the PDF uses an encryption this app cannot open",
    raw.FPDF_ERR_PAGE: "the PDF's pages cannot be read (damaged)",
}


def _load_reason(err: pdfium.PdfiumError, data: bytes) -> str:
    # PDFium leaves its last error as it was when a load fails without setting one (a PDF
    # with no page tree): a stale "password" is believed only of an encrypted file.
    code = err.err_code
    if code == raw.FPDF_ERR_PASSWORD and b"/Encrypt" not in data:
        code = None
    if code in _LOAD_ERRORS:
        return _LOAD_ERRORS[code]
    if b"/Pages" not in data:
        return "the PDF has no pages"
    return "the PDF is damaged or cut short: PDFium cannot read it"


def open_pdf(data: bytes, source: str | None) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise ParseError(_load_reason(err, data), source) from None
    if len(doc) == 0:
        doc.close()
        raise ParseError("the PDF has no pages", source)
    return doc


_STARTXREF_RE = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_ENTRY_RE = re.compile(rb"(\d{10}) \d{5} n")
_OBJECT_RE = re.compile(rb"\s*\d+\s+\d+\s+obj\b")
_ENTRIES_CHECKED = 64  # enough to tell a damaged table; cheap on any file


def repair_warning(data: bytes) -> str | None:
    """A warning when the cross-reference table does not point at the objects: PDFium then
    rebuilds it by scanning the file, and what it recovers may be incomplete."""
    match = _STARTXREF_RE.search(data[-1024:])
    if match is None:
        return (
            "the PDF is damaged (no cross-reference table at its end); "
            "check the text against the original"
        )
    offset = int(match.group(1))
    head = data[offset : offset + 32]
    if head.startswith(b"xref"):
        table = data[offset : offset + 20 * _ENTRIES_CHECKED + 64]
        entries = [int(m.group(1)) for m in _ENTRY_RE.finditer(table)][:_ENTRIES_CHECKED]
        if all(_OBJECT_RE.match(data, pos) for pos in entries):
            return None
    elif _OBJECT_RE.match(head):
        return None  # a cross-reference stream: PDFium reads it
    return (
        "the PDF's cross-reference table is damaged and PDFium rebuilt it; "
        "check the text against the original"
    )

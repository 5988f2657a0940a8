"""Opening a PDF with PDFium, with a one-line reason for every file it cannot read."""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from resreader.errors import ParseError

# PDFium is not thread-safe: one document is read at a time in a process.
PDFIUM_LOCK = threading.RLock()

_LOAD_ERRORS = {
    raw.FPDF_ERR_FILE: "the PDF cannot be read (damaged or cut short)",
    raw.FPDF_ERR_FORMAT: "the PDF is damaged or cut short (PDFium: data format error)",
    raw.FPDF_ERR_PASSWORD: "the PDF is password-protected: open it with its password "
    "and save an unprotected copy",
    raw.FPDF_ERR_SECURITY: "the PDF uses an encryption this app cannot open",
    raw.FPDF_ERR_PAGE: "the PDF's pages cannot be read (damaged)",
}


def open_pdf(data: bytes, source: str | None) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        reason = _LOAD_ERRORS.get(err.err_code or -1, f"the PDF cannot be read ({err})")
        raise ParseError(reason, source) from None
    if len(doc) == 0:
        doc.close()
        raise ParseError("the PDF has no pages", source)
    return doc

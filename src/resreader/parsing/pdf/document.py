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

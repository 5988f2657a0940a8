"""PDFium is not thread-safe, not even across documents. The core's `read_pdf` takes this
one re-entrant lock around its own PDFium calls (a background parse, a library scan); the
page renderer takes it per page. Nothing holds it over work that is not PDFium's, so the
window never waits on a parse that does not touch PDFium."""

from __future__ import annotations

from resreader.pdfium_lock import PDFIUM_LOCK

__all__ = ["PDFIUM_LOCK"]

"""PDFium is not thread-safe, not even across documents: every call the window makes into it
from a worker thread (parsing a PDF in the background, rendering a page), and the library
scans that may parse PDFs on the UI thread, run under the core's one lock (re-entrant, so
the core's own `read_pdf` takes it again on the same thread)."""

from __future__ import annotations

from resreader.parsing.pdf.document import PDFIUM_LOCK

__all__ = ["PDFIUM_LOCK"]

"""PDFium is not thread-safe, not even across documents: every call the window makes into it
from a worker thread (parsing a PDF in the background, rendering a page), and the library
scans that may parse PDFs on the UI thread, run under this one lock."""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()

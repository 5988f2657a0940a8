"""The one lock around PDFium, which is not thread-safe, not even across documents.

Re-entrant: the PDF reader takes it around its own calls, the page renderer per page, and
either may run inside the other's hold on one thread. A module of its own, free of
imports, so the window can take the lock without loading PDFium or the parser at start-up.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()

"""PDF -> LaidOut, through PDFium (pypdfium2)."""

from __future__ import annotations

from resreader.errors import ParseError
from resreader.parsing.laidout import LaidOut


def read_pdf(data: bytes, source: str | None = None) -> LaidOut:
    raise ParseError("PDF import is being built", source)

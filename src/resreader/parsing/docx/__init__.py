"""Word (.docx) -> LaidOut."""

from __future__ import annotations

from resreader.errors import ParseError
from resreader.parsing.laidout import LaidOut


def read_docx(data: bytes, source: str | None = None) -> LaidOut:
    raise ParseError("Word import is being built", source)

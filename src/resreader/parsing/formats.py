"""What a file holds, from its first bytes (never from its name): a PDF, a Word document
(.docx, a ZIP with word/document.xml), an old binary Word file, or text."""

from __future__ import annotations

import io
import zipfile

PDF, DOCX, DOC, ZIP, TEXT = "pdf", "docx", "doc", "zip", "text"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Word 97–2003


def sniff(data: bytes | str) -> str:
    if isinstance(data, str):
        return TEXT
    if _pdf_header(data):
        return PDF
    if data.startswith(_OLE_MAGIC):
        return DOC
    if data.startswith(b"PK\x03\x04"):
        return DOCX if _is_docx(data) else ZIP
    return TEXT


def _pdf_header(data: bytes) -> bool:
    """`%PDF-` at the start, or after a little binary junk (PDFium allows 1 kB of it); not
    a text that quotes it ("the %PDF-1.7 original")."""
    at = data.find(b"%PDF-", 0, 1024)
    if at < 0:
        return False
    before = data[:at]
    return not before.strip() or any(byte < 9 or byte > 126 for byte in before)


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
        return False

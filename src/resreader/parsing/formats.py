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
    if b"%PDF-" in data[:1024]:  # the header may follow a little junk; PDFium allows it
        return PDF
    if data.startswith(_OLE_MAGIC):
        return DOC
    if data.startswith(b"PK\x03\x04"):
        return DOCX if _is_docx(data) else ZIP
    return TEXT


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False

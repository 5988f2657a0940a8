"""Office files in the old compound format (OLE): what they are, from their stream names.

A password-protected .docx is not a ZIP: Word wraps the encrypted package in an OLE file
with "EncryptionInfo" and "EncryptedPackage" streams, so it sniffs like an old .doc (which
holds a "WordDocument" stream instead). Only the directory is read, bounded and defensively.
"""

from __future__ import annotations

import struct

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_SECTORS = 4096  # directory sectors followed at most (a draft's directory has a few)

PASSWORD = "the Word file is password-protected: open it in Word, remove the password and save it"
OLD_WORD = "an old Word document (.doc): open it in Word and save it as .docx"
OLD_OFFICE = "an old Office file that is not a Word document"


def stream_names(data: bytes) -> set[str]:
    """Names in the OLE file's directory (empty when it cannot be read)."""
    if not data.startswith(OLE_MAGIC) or len(data) < 512:
        return set()
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        return set()
    size = 1 << shift
    fat = _fat(data, size)
    names: set[str] = set()
    sector: int = struct.unpack_from("<I", data, 0x30)[0]
    seen: set[int] = set()
    while sector < len(fat) and sector not in seen and len(seen) < _MAX_SECTORS:
        seen.add(sector)
        start = (sector + 1) * size
        for offset in range(start, min(start + size, len(data) - 127), 128):
            length = struct.unpack_from("<H", data, offset + 0x40)[0]
            if 2 <= length <= 64:
                names.add(data[offset : offset + length - 2].decode("utf-16-le", "replace"))
        sector = fat[sector]
    return names


def _fat(data: bytes, size: int) -> list[int]:
    """The allocation table from the sectors the header lists (enough for small files)."""
    fat: list[int] = []
    for k in range(109):
        sector = struct.unpack_from("<I", data, 0x4C + 4 * k)[0]
        start = (sector + 1) * size
        if sector >= _END_OF_CHAIN or start + size > len(data):
            break
        fat.extend(struct.unpack_from(f"<{size // 4}I", data, start))
    return fat


def ole_reason(data: bytes) -> str:
    """Why an OLE file cannot be read: a password, an old .doc, or another Office file."""
    names = stream_names(data)
    if "EncryptedPackage" in names:
        return PASSWORD
    if names and "WordDocument" not in names:
        return OLD_OFFICE
    return OLD_WORD

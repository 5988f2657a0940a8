"""Bytes -> text: BOMs, UTF-8, UTF-16, a cp1252 fallback; binary input is refused."""

from __future__ import annotations

import codecs
import re

from resreader.errors import ParseError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that never occur in a text file (tab, newline, CR, form feed, ESC do).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes | str, source: str | None = None) -> str:
    """The text of `data` with line endings normalised to "\\n"."""
    text = data if isinstance(data, str) else _decode_bytes(data, source)
    if "\x00" in text or _looks_binary(text):
        raise ParseError("not a text file (it holds binary data)", source)
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def _decode_bytes(data: bytes, source: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise ParseError(f"not valid {encoding.upper()} text", source) from None
    if b"\x00" in data:
        raise ParseError("not a text file (it holds binary data)", source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Old Windows exports: cp1252; the few bytes it leaves undefined pass as Latin-1.
        return data.decode("cp1252", errors="resreader-latin1")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)  # registered for decoding only
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("resreader-latin1", _latin1_fallback)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROL_RE.findall(sample)) > max(2, len(sample) // 100)

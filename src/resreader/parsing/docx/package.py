"""The .docx container: a ZIP of XML parts found through their relationships.

Everything is read defensively, because a Word file is untrusted input: sizes are capped
before and while decompressing (a ZIP bomb's header may lie), and XML with a DTD is refused
(OOXML parts never have one; a DTD is how entity bombs and external entities get in).
"""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from xml.etree.ElementTree import Element

from resreader.errors import ParseError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# Generous caps, far above a resolution's size; they bound the time a hostile file can take
# (parts are read at about 5 MB of XML a second).
MAX_FILE = 100 * 1024 * 1024
MAX_PART = 32 * 1024 * 1024  # uncompressed, per XML part
MAX_TOTAL = 80 * 1024 * 1024  # uncompressed, all parts read


class _NoDoctype(ET.TreeBuilder):
    """Tree builder that refuses a document type declaration (and so every entity)."""

    def doctype(self, name: str, pubid: str, system: str) -> None:
        raise ValueError("an XML part declares a DTD")


class Package:
    """The parts of one .docx; `main` is the root of word/document.xml."""

    def __init__(self, data: bytes, source: str | None) -> None:
        if len(data) > MAX_FILE:
            raise ParseError(f"the Word file is too large ({len(data) // 2**20} MB)", source)
        self.source = source
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self._names = {info.filename.lower(): info for info in self._zip.infolist()}
        self._read = 0
        self.main_name = self._main_part_name()
        main = self.xml(self.main_name)
        if main is None:
            raise ParseError("not a Word document (no word/document.xml)", source)
        self.main = main
        self._rels = self._relationships(self.main_name)

    def xml(self, name: str) -> Element | None:
        """The parsed part `name`, or None when the package does not hold it."""
        info = self._names.get(name.lstrip("/").lower())
        if info is None:
            return None
        if info.file_size > MAX_PART or self._read + info.file_size > MAX_TOTAL:
            raise ParseError(f"the Word file's part {info.filename} is too large", self.source)
        with self._zip.open(info) as stream:
            raw = stream.read(MAX_PART + 1)
        self._read += len(raw)
        if len(raw) > MAX_PART or self._read > MAX_TOTAL:
            raise ParseError(f"the Word file's part {info.filename} is too large", self.source)
        parser = ET.XMLParser(target=_NoDoctype())
        parser.feed(raw)
        root: Element = parser.close()
        return root

    def related(self, kind: str) -> Element | None:
        """The part the main document relates to by type ("styles", "numbering", …)."""
        for rel_type, target in self._rels.values():
            if rel_type == _REL_BASE + kind:
                return self.xml(target)
        return None

    def by_id(self, rel_id: str) -> Element | None:
        """The part behind a relationship id of the main document (a header, say)."""
        rel = self._rels.get(rel_id)
        return self.xml(rel[1]) if rel else None

    def _main_part_name(self) -> str:
        for rel_type, target in self._relationships("").values():
            if rel_type == _REL_BASE + "officeDocument":
                return target
        return "word/document.xml"

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """id -> (type, target part name) for `part` ("" is the package itself)."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        rels: dict[str, tuple[str, str]] = {}
        for rel in root.iter(_PR + "Relationship") if root is not None else ():
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not target:
                continue
            name = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            rels[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(name))
        return rels

"""Word (.docx) -> LaidOut: paragraphs, italic leads, list numbers and footnotes read from
the OOXML parts (stdlib ElementTree; no DTDs, capped sizes) and written as the text the
text parser reads (see parsing.laidout). A .docx has no pages, so lines carry no boxes.

package (ZIP, relationships, parts) -> styles, numbering, footnotes -> paragraphs in
reading order (content) -> one line each (writer), then the footnotes under the rule.
"""

from __future__ import annotations

import zipfile
import zlib
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLError

from resreader.errors import ParseError
from resreader.parsing.docx.content import block_paragraphs, read_paragraph
from resreader.parsing.docx.counters import ListCounters
from resreader.parsing.docx.notes import Footnotes
from resreader.parsing.docx.numbering import Numbering
from resreader.parsing.docx.package import Package, R, W
from resreader.parsing.docx.styles import Styles, flag
from resreader.parsing.docx.writer import paragraph_line
from resreader.parsing.laidout import FOOTNOTE_RULE, LaidOut
from resreader.parsing.patterns import RULE_RE

__all__ = ["read_docx"]

_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"

# What a damaged or hostile file makes the standard library raise while reading it.
_DAMAGED = (
    zipfile.BadZipFile,
    OverflowError,
    MemoryError,
    zlib.error,
    XMLError,
    EOFError,
    OSError,
    ValueError,
    KeyError,
    LookupError,
    NotImplementedError,
    RuntimeError,
    UnicodeError,
)


def read_docx(data: bytes, source: str | None = None) -> LaidOut:
    """The document's text laid out as paragraphs; ParseError for a file that is not a
    readable Word document."""
    try:
        return _read(Package(data, source))
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("the Word file is damaged (nested too deeply)", source) from None
    except _DAMAGED as err:
        reason = " ".join(str(err).split())[:160] or type(err).__name__
        raise ParseError(f"the Word file is damaged ({reason})", source) from None


def _read(pkg: Package) -> LaidOut:
    styles = Styles(pkg.related("styles"))
    numbering = Numbering(pkg.related("numbering"), styles)
    notes = Footnotes(pkg.related("footnotes"), styles, numbering)
    counters = ListCounters(numbering)
    laid = LaidOut("docx")
    if pkg.main.tag.startswith(_STRICT):
        raise ParseError(
            "a Word file in Strict Open XML, which is not read: save it in Word "
            "as a Word Document (.docx)",
            pkg.source,
        )
    body = pkg.main.find(W + "body")
    header = _first_page_header(pkg, body)
    for container in (header, body):
        for p in block_paragraphs(container) if container is not None else ():
            para = read_paragraph(p, styles, numbering)
            label = counters.label(*para.list_item) if para.list_item else None
            line = paragraph_line(label, para.pieces, notes.number)
            # A typed rule ("_____", "***") separates nothing here: it is not a footnote block.
            if line and not RULE_RE.match(line.replace("\\*", "*")):
                laid.paragraph(line)
    if not laid.lines:
        raise ParseError("the Word document holds no text", pkg.source)
    footnotes = notes.numbered()
    if footnotes:
        laid.add(FOOTNOTE_RULE)
        for num, text in footnotes:
            if text:  # an empty note: the parser reports its marker as having no text
                laid.add(f"{num} {text}")
    return laid


def _first_page_header(pkg: Package, body: Element | None) -> Element | None:
    """The first page's own header (the masthead of a UN-made file); running headers on
    later pages are page furniture, never read."""
    sect = next(body.iter(W + "sectPr"), None) if body is not None else None
    if sect is None or not flag(sect, "titlePg"):
        return None
    for ref in sect.iter(W + "headerReference"):
        if ref.get(W + "type") == "first":
            rel_id = ref.get(R + "id")
            return pkg.by_id(rel_id) if rel_id else None
    return None

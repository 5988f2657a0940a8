"""Paragraphs and their runs, in reading order, as Word shows them.

Paragraphs are found through tables, content controls and tracked insertions; text boxes,
drawings, deleted text, hidden runs and field instructions are not text a reader sees.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from resreader.parsing.docx.numbering import Numbering
from resreader.parsing.docx.package import W
from resreader.parsing.docx.styles import Styles, flag

# Elements whose children may hold paragraphs (block level) or runs (inline).
_BLOCKS = {
    W + name
    for name in (
        "body",
        "tbl",
        "tr",
        "tc",
        "sdt",
        "sdtContent",
        "customXml",
        "ins",
        "moveTo",
        "hdr",
        "ftr",
        "footnote",
    )
}
_INLINES = {
    W + name
    for name in (
        "hyperlink",
        "ins",
        "moveTo",
        "smartTag",
        "customXml",
        "sdt",
        "sdtContent",
        "fldSimple",
        "dir",
        "bdo",
    )
}
_SPACES = {W + name for name in ("tab", "ptab", "br", "cr")}


@dataclass
class Piece:
    """A stretch of a paragraph: text (italic or not), or a footnote reference."""

    text: str = ""
    italic: bool = False
    note: str | None = None  # the w:id of a footnote referenced here
    custom_mark: bool = False  # the reference's mark is the text that follows ("*")


@dataclass
class Para:
    pieces: list[Piece] = field(default_factory=list)
    list_item: tuple[str, int] | None = None  # (numId, ilvl) when Word numbers it


def block_paragraphs(container: Element) -> Iterator[Element]:
    """The w:p elements under `container`, in reading order."""
    return _descendants(container, W + "p", _BLOCKS)


def _descendants(parent: Element, tag: str, through: set[str]) -> Iterator[Element]:
    """The `tag` elements under `parent` in document order, looking inside the elements
    named in `through` (a stack, not recursion: nesting depth is the file's to choose)."""
    stack = list(reversed(parent))
    while stack:
        el = stack.pop()
        if el.tag == tag:
            yield el
        elif el.tag in through:
            stack.extend(reversed(el))


def read_paragraph(p: Element, styles: Styles, numbering: Numbering) -> Para:
    ppr = p.find(W + "pPr")
    style_el = ppr.find(W + "pStyle") if ppr is not None else None
    style = style_el.get(W + "val") if style_el is not None else None
    para = Para(list_item=_list_item(ppr, style, styles, numbering))
    for run in _runs(p):
        para.pieces.extend(_run_pieces(run, style, styles))
    return para


def _runs(p: Element) -> Iterator[Element]:
    return _descendants(p, W + "r", _INLINES)


def _run_pieces(run: Element, para_style: str | None, styles: Styles) -> list[Piece]:
    rpr = run.find(W + "rPr")
    if flag(rpr, "vanish") or flag(rpr, "webHidden"):
        return []
    italic = flag(rpr, "i")
    if italic is None:
        char_style = rpr.find(W + "rStyle") if rpr is not None else None
        italic = styles.italic(
            para_style, char_style.get(W + "val") if char_style is not None else None
        )
    pieces: list[Piece] = []
    text: list[str] = []
    for child in run:
        tag = child.tag
        if tag == W + "t":
            text.append(child.text or "")
        elif tag in _SPACES:
            text.append(" ")
        elif tag == W + "noBreakHyphen":
            text.append("\u2011")
        elif tag == W + "sym":
            text.append(_symbol(child))
        elif tag == W + "footnoteReference":
            pieces.append(Piece("".join(text), italic))
            text = []
            custom = child.get(W + "customMarkFollows", "0").lower() in {"1", "true", "on"}
            pieces.append(Piece(note=child.get(W + "id", ""), custom_mark=custom))
    pieces.append(Piece("".join(text), italic))
    return [piece for piece in pieces if piece.text or piece.note is not None]


def _symbol(el: Element) -> str:
    """A w:sym character, unless it is a private-use glyph of a symbol font."""
    try:
        code = int(el.get(W + "char", ""), 16)
    except ValueError:
        return ""
    return "" if 0xE000 <= code <= 0xF8FF or not 0 < code < 0x110000 else chr(code)


def _list_item(
    ppr: Element | None, style: str | None, styles: Styles, numbering: Numbering
) -> tuple[str, int] | None:
    """(numId, ilvl) from the paragraph's numPr, or from its style's (e.g. "List Number")."""
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    num_id = _val(num_pr, "numId")
    ilvl = _val(num_pr, "ilvl")
    from_style = styles.numbering(style)
    if num_id is None and from_style is not None:
        num_id = from_style[0]
        if ilvl is None and from_style[1] is not None:
            ilvl = str(from_style[1])
    if num_id is None or num_id == "0":  # numId 0 takes a style's numbering away
        return None
    if ilvl is None or not ilvl.isdigit():
        return num_id, numbering.style_level(num_id, style)
    return num_id, int(ilvl)


def _val(parent: Element | None, name: str) -> str | None:
    el = parent.find(W + name) if parent is not None else None
    return el.get(W + "val") if el is not None else None

"""Styles (word/styles.xml): what a paragraph or run inherits — italics and list numbering.

Italics is a toggle property (ECMA-376 17.7.3): direct run formatting decides outright;
otherwise the paragraph style's and the character style's values (each the nearest one up
its basedOn chain) are combined by exclusive or, so an italic character style inside an
italic paragraph style reads upright, as Word shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element

from resreader.parsing.docx.package import W

_FALSE = {"0", "false", "off"}
_MAX_CHAIN = 32  # basedOn chains are short; a loop in a damaged file must not hang


def flag(rpr: Element | None, name: str) -> bool | None:
    """A boolean run property: True, False (w:val="0"), or None when it is not set."""
    el = rpr.find(W + name) if rpr is not None else None
    if el is None:
        return None
    return el.get(W + "val", "1").lower() not in _FALSE


@dataclass
class Style:
    kind: str  # "paragraph" | "character" | "numbering" | "table"
    based_on: str | None
    italic: bool | None
    num_id: str | None  # pPr/numPr: the list a paragraph style numbers with
    ilvl: int | None


class Styles:
    def __init__(self, root: Element | None) -> None:
        self._styles: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        self.default_italic = False
        if root is None:
            return
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_italic = bool(flag(defaults, "i"))
        for el in root.iter(W + "style"):
            self._add(el)

    def _add(self, el: Element) -> None:
        style_id = el.get(W + "styleId")
        if not style_id:
            return
        kind = el.get(W + "type", "paragraph")
        based = el.find(W + "basedOn")
        num = el.find(f"{W}pPr/{W}numPr")
        num_id = _val(num, "numId") if num is not None else None
        ilvl = _val(num, "ilvl") if num is not None else None
        self._styles[style_id] = Style(
            kind,
            based.get(W + "val") if based is not None else None,
            flag(el.find(W + "rPr"), "i"),
            num_id,
            int(ilvl) if ilvl and ilvl.isdigit() else None,
        )
        if kind == "paragraph" and el.get(W + "default", "0").lower() in {"1", "true", "on"}:
            self.default_paragraph = style_id

    def get(self, style_id: str | None) -> Style | None:
        return self._styles.get(style_id) if style_id else None

    def chain(self, style_id: str | None) -> list[Style]:
        """The style and those it is based on, nearest first."""
        out: list[Style] = []
        while (style := self.get(style_id)) is not None and len(out) < _MAX_CHAIN:
            out.append(style)
            style_id = style.based_on
        return out

    def italic(self, para_style: str | None, char_style: str | None) -> bool:
        """Whether a run with no direct w:i is italic, from its styles."""
        para = _nearest(self.chain(para_style or self.default_paragraph))
        char = _nearest(self.chain(char_style))
        if para is None and char is None:
            return self.default_italic
        return bool(para) != bool(char)

    def numbering(self, para_style: str | None) -> tuple[str, int | None] | None:
        """(numId, ilvl) a paragraph style numbers with, or None."""
        for style in self.chain(para_style or self.default_paragraph):
            if style.num_id is not None:
                return style.num_id, style.ilvl
        return None


def _nearest(chain: list[Style]) -> bool | None:
    return next((s.italic for s in chain if s.italic is not None), None)


def _val(parent: Element, name: str) -> str | None:
    el = parent.find(W + name)
    return el.get(W + "val") if el is not None else None

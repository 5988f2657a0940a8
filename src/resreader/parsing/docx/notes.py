"""Footnotes (word/footnotes.xml): bodies by w:id, numbered 1, 2, 3 in the order the text
references them, as Word displays them. Separator notes (w:type set) are not footnotes; a
reference with its own mark (w:customMarkFollows, the sponsor asterisk "*") takes no number
and its note has no numeric place in the model, so its text is left out."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from resreader.parsing.docx.content import Piece, block_paragraphs, read_paragraph
from resreader.parsing.docx.numbering import Numbering
from resreader.parsing.docx.package import W
from resreader.parsing.docx.styles import Styles


class Footnotes:
    def __init__(self, root: Element | None, styles: Styles, numbering: Numbering) -> None:
        self._bodies: dict[str, str] = {}
        self._numbers: dict[str, str] = {}  # w:id -> the number shown
        for note in root.iter(W + "footnote") if root is not None else ():
            if note.get(W + "type", "normal") == "normal":
                self._bodies[note.get(W + "id", "")] = _text(note, styles, numbering)

    def number(self, piece: Piece) -> str | None:
        """The number of the footnote a reference points to (given on first reference),
        or None for a custom mark or a note that does not exist."""
        note_id = piece.note or ""
        if piece.custom_mark or note_id not in self._bodies:
            return None
        if note_id not in self._numbers:
            self._numbers[note_id] = str(len(self._numbers) + 1)
        return self._numbers[note_id]

    def numbered(self) -> list[tuple[str, str]]:
        """(number, text) of every referenced footnote, in number order."""
        return [(num, self._bodies[note_id]) for note_id, num in self._numbers.items()]


def _text(note: Element, styles: Styles, numbering: Numbering) -> str:
    parts = []
    for p in block_paragraphs(note):
        para = read_paragraph(p, styles, numbering)
        parts.append("".join(piece.text for piece in para.pieces))
    return " ".join(" ".join(parts).split()).replace("*", "\\*")

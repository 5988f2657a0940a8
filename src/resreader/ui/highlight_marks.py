"""How highlights look in the views, and the marks each view is given.

The store's PALETTE holds backgrounds readable behind text (a light and a dark variant);
the bars beside a highlighted row or cell and the ticks in the diff's overview strip need a
saturated tone that stands out on any background: `bar_colour`. Views receive highlights
as `Marks` (clause id → colour name and note), never the store itself.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from resreader.highlights import PALETTE, Highlight, HighlightStore
from resreader.model import Resolution
from resreader.safe_text import display_text

# Apart from the diff's status colours (tested), so a bar never reads as "added" or "moved".
BARS = {
    "yellow": "#d4a000",
    "teal": "#0e99a8",
    "blue": "#1c8fe8",
    "pink": "#cc3d84",
    "orange": "#e06a0c",
}
BAR_WIDTH = 4  # pixels


@dataclass(frozen=True)
class Mark:
    colour: str  # a PALETTE name
    note: str = ""


Marks = dict[str, Mark]  # clause id → its highlight
T = TypeVar("T")


def marks_of(store: HighlightStore, res: Resolution | None) -> Marks:
    return to_marks(store.for_resolution(res)) if res is not None else {}


def to_marks(found: dict[str, Highlight]) -> Marks:
    return {cid: Mark(h.colour, h.note) for cid, h in found.items()}


def background(colour: str, dark: bool) -> str:
    """The background behind highlighted text ("" for an unknown colour)."""
    known = PALETTE.get(colour)
    return (known.dark if dark else known.light) if known else ""


def soft_background(colour: str, dark: bool, base: str) -> str:
    """Half-way between the highlight and the page (`base`): for the diff's cells, where
    the red and green of deleted and inserted words must stay the strongest colours."""
    strong = background(colour, dark)
    if not strong:
        return ""
    mixed = (round((int(strong[i : i + 2], 16) + int(base[i : i + 2], 16)) / 2) for i in (1, 3, 5))
    return "#" + "".join(f"{channel:02x}" for channel in mixed)


def bar_colour(colour: str) -> str:
    return BARS.get(colour, "#8a8f98")


def inherited(marks: Mapping[str, T], clause_id: str) -> T | None:
    """The clause's own highlight, else that of the nearest highlighted parent clause
    (a highlighted paragraph colours its sub-paragraphs, as in the reading pane)."""
    cid = clause_id
    while True:
        if cid in marks:
            return marks[cid]
        cut = cid.rfind("(")
        if cut <= 0:
            return None
        cid = cid[:cut]


def note_tooltip(note: str, text: str = "") -> str:
    """Rich text for a tooltip: the note, then the clause; both escaped (text is data),
    without bidi controls."""
    parts = [f"<p><b>Note:</b> {html.escape(note)}</p>"] if note else []
    if text:
        parts.append(f"<p>{html.escape(' '.join(text.split()))}</p>")
    return display_text("".join(parts))

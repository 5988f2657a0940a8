"""A changed pair from the diff view as a redline: deleted words struck, inserted underlined.

The word runs are the comparison's (`("equal" | "delete" | "insert", text)`, each carrying
its own whitespace), so joining them gives back both texts. The HTML is a clipboard
fragment with inline colours, as word processors show tracked changes; the plain-text
fallback uses the wdiff convention `[-deleted-] {+inserted+}`.
"""

from __future__ import annotations

import html
import re

__all__ = ["DELETED_COLOUR", "INSERTED_COLOUR", "redline_html", "redline_text"]

DELETED_COLOUR = "#b3261e"
INSERTED_COLOUR = "#0b57a4"
FONT = "font-family:'Times New Roman',Times,serif;font-size:12pt;color:#000000"
_EDGES = re.compile(r"^(\s*)(.*?)(\s*)$", re.S)
_TAGS = {
    "delete": ('<s style="color:{c}">', "</s>", DELETED_COLOUR),
    "insert": ('<u style="color:{c}">', "</u>", INSERTED_COLOUR),
}


def redline_html(pair_words: list[tuple[str, str]]) -> str:
    """One paragraph of HTML: equal text plain, deletions struck, insertions underlined."""
    parts = []
    for tag, text in _checked(pair_words):
        if tag == "equal":
            parts.append(html.escape(text))
            continue
        opening, closing, colour = _TAGS[tag]
        before, core, after = _split_edges(text)
        if core:
            core = opening.format(c=colour) + html.escape(core) + closing
        parts.append(html.escape(before) + core + html.escape(after))
    return f'<meta charset="utf-8"><p style="{FONT}">{"".join(parts)}</p>'


def redline_text(pair_words: list[tuple[str, str]]) -> str:
    """The same change in plain text: `[-deleted-]` and `{+inserted+}`."""
    parts = []
    for tag, text in _checked(pair_words):
        before, core, after = _split_edges(text)
        if tag == "delete" and core:
            core = f"[-{core}-]"
        elif tag == "insert" and core:
            core = f"{{+{core}+}}"
        parts.append(before + core + after)
    return "".join(parts)


def _checked(pair_words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    for tag, _text in pair_words:
        if tag not in ("equal", "delete", "insert"):
            raise ValueError(f"unknown word run {tag!r}: expected equal, delete or insert")
    return pair_words


def _split_edges(text: str) -> tuple[str, str, str]:
    """Whitespace around a change stays outside the strike or underline."""
    match = _EDGES.match(text)
    assert match is not None  # the pattern matches any string
    return match.group(1), match.group(2), match.group(3)

"""Document text on its way out: bidi controls removed, so what is shown is what is there.

Explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the
text around them when displayed: a right-to-left override makes "001" read "100". A
resolution needs none of them (the Unicode bidi algorithm orders Arabic or Hebrew from
the letters themselves), so every output — exports, the clipboard, the reading pane, the
diff view, tooltips — strips them, while the parsed model keeps the source text as it
is. Left- and right-to-left marks (U+200E, U+200F) only nudge neutral characters: kept.
"""

from __future__ import annotations

import re

__all__ = ["BIDI_CONTROLS", "display_text"]

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = re.compile(f"[{BIDI_CONTROLS}]")


def display_text(text: str) -> str:
    """`text` without bidi controls; safe on finished markup too (it holds none of its own)."""
    return _CONTROL.sub("", text)

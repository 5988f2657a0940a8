"""Tooltips from document text. Qt shows a tooltip as rich text when it looks like markup,
so a title quoting "<b>" would be rendered; text is data: escape it, always rich text.
Bidi controls are dropped (`safe_text`), as in every output."""

from __future__ import annotations

import html

from resreader.safe_text import display_text


def text_tooltip(text: str) -> str:
    """Plain text (line breaks kept) as an escaped rich-text tooltip."""
    if not text:
        return ""
    lines = display_text(text).split("\n")
    return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"

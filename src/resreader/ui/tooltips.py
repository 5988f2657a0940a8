"""Tooltips from document text. Qt shows a tooltip as rich text when it looks like markup,
so a title quoting "<b>" would be rendered; text is data: escape it, always rich text."""

from __future__ import annotations

import html


def text_tooltip(text: str) -> str:
    """Plain text (line breaks kept) as an escaped rich-text tooltip."""
    if not text:
        return ""
    return "<p>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</p>"

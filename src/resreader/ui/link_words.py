"""What a link in the reading pane leads to, said in words for the status bar."""

from __future__ import annotations

from resreader.model import Resolution


def note_words(res: Resolution | None, num: str) -> str:
    note = res.footnote(num) if res else None
    return f"Note {num}: {note.text}" if note else f"No note {num}"


def link_words(href: str, titles: dict[str, str], res: Resolution | None) -> str:
    """A cited resolution by its title, a footnote by its text, anything else as not
    followed; empty when off every link."""
    if href.startswith("res:"):
        symbol = href.removeprefix("res:")
        title = titles.get(symbol)
        return f"{symbol} — {title} (in your library)" if title else f"{symbol} (in your library)"
    if href.startswith("fn:"):
        return note_words(res, href.removeprefix("fn:"))
    return f"Link not followed: {href}" if href else ""

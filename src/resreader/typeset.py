"""Resolution → HTML for Qt's rich-text engine, typeset like the official document.

Symbol and session at the top, the bold number and title, "The General Assembly,", the
preamble with italic leads, numbered operative paragraphs with hanging indents,
sub-paragraphs indented under them, the meeting and date, the annexes, and the footnotes.
Only the HTML4/CSS subset QTextDocument understands is used: `<p>` with `align`,
`margin-left`/`text-indent` and inline `style`, `<i>`, `<sup>`, `<a href>` / `<a name>`.

Each clause opens with `<a name="{clause id}">` so the view can scroll to it and map
positions back to clauses; no other named anchor sits inside a clause. Clause text is
lexed once by the resolution lexer and coloured from the style (`htmlformat`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pygments.token import Name, _TokenType, is_token_subtype

from resreader.citation import cited_symbol
from resreader.htmlformat import InlineHtmlFormatter, Linker
from resreader.model import Annex, Clause, Paragraph, Resolution, SubParagraph
from resreader.safe_text import display_text
from resreader.styles import ResolutionStyle, style_for
from resreader.typeset_frame import body_line, closing, footnote_blocks, header
from resreader.typeset_page import STEP, Page, escape, length

__all__ = ["clause_html", "resolution_html"]


def resolution_html(
    res: Resolution,
    *,
    dark: bool = False,
    library_symbols: frozenset[str] | set[str] = frozenset(),
    highlights: dict[str, str] | None = None,
    font_family: str | None = None,
    scale: float = 1.0,
) -> str:
    """The whole resolution as one HTML document for QTextBrowser.setHtml(); `scale`
    multiplies its spacing and indents (the reading pane's zoom)."""
    style = style_for(dark)
    notes = {f.num: f.text for f in res.footnotes}
    formatter = InlineHtmlFormatter(
        style=style, notes=notes, linker=_library_linker(library_symbols)
    )
    page = Page(style, formatter, highlights=dict(highlights or {}), scale=scale)
    parts = [header(res, page), *body_line(res, page)]
    for para in res.paragraphs():
        parts += _paragraph_blocks(para, page)
    parts += closing(res, page)
    for annex in res.annexes:
        parts += _annex_blocks(res, annex, page)
    parts += footnote_blocks(res, page)
    font = f"font-family:'{_css_string(font_family)}';" if font_family else ""
    return display_text(
        f'<html><head><meta charset="utf-8"></head><body style="{font}'
        f'color:{style.text_color};background-color:{style.background_color}">'
        + "\n".join(parts)
        + "</body></html>"
    )


def clause_html(
    clause: Clause,
    res: Resolution,
    *,
    inline_styles: bool = True,
    dark: bool = False,
    style: type[ResolutionStyle] | None = None,
    scale: float = 1.0,
    footnote_markers: bool = False,
) -> str:
    """One clause (with its sub-paragraphs) as `<p>` blocks in the UN's own layout, for
    export: no anchors, no links, and no footnote markers unless asked for (then as plain
    superscripts), since the notes do not travel with the clause."""
    chosen = style or style_for(dark)
    formatter = InlineHtmlFormatter(style=chosen, inline_styles=inline_styles, footnote_links=False)
    page = Page(
        chosen, formatter, anchors=False, tables=False, scale=scale, markers=footnote_markers
    )
    if isinstance(clause, Paragraph):
        return display_text("\n".join(_paragraph_blocks(clause, page)))
    return display_text("\n".join(_sub_blocks(clause, page, _depth(clause))))


# -- clauses -------------------------------------------------------------------------------


def _paragraph_blocks(para: Paragraph, page: Page) -> list[str]:
    mark = page.highlights.get(para.id)
    text = page.text(para.text, para.lead, para.footnotes, para.marker_offsets)
    if para.num is None:
        block = page.para(
            page.anchor(para.id) + text, f"text-indent:{length(STEP, page.scale)}", mark=mark
        )
    else:
        block = page.numbered(0, f"{para.num}.", page.anchor(para.id), text, mark)
    return [block, *(b for sub in para.subparagraphs for b in _sub_blocks(sub, page, 1, mark))]


def _sub_blocks(
    sub: SubParagraph, page: Page, depth: int, inherited: str | None = None
) -> list[str]:
    mark = page.highlights.get(sub.id, inherited)
    text = page.text(sub.text, None, sub.footnotes, sub.marker_offsets)
    block = page.numbered(depth, sub.num, page.anchor(sub.id), text, mark)
    return [block, *(b for s in sub.subparagraphs for b in _sub_blocks(s, page, depth + 1, mark))]


def _depth(sub: SubParagraph) -> int:
    return max(1, sub.id.count("("))


def _annex_blocks(res: Resolution, annex: Annex, page: Page) -> list[str]:
    name = "Annex" if len(res.annexes) == 1 else f"Annex {res.annexes.index(annex) + 1}"
    css = f"margin-top:{length(28, page.scale)}"
    blocks = [page.para(page.anchor(annex.id) + f"<b>{name}</b>", css, align="center")]
    if annex.title:
        blocks.append(page.para(f"<b>{escape(annex.title)}</b>", "", align="center"))
    for para in annex.paragraphs:
        blocks += _paragraph_blocks(para, page)
    return blocks


# -- small helpers ------------------------------------------------------------------------


def _library_linker(symbols: Iterable[str]) -> Linker:
    by_key = {_key(symbol): symbol for symbol in symbols}

    def link(ttype: _TokenType, value: str) -> str | None:
        symbol = cited_symbol(value) if is_token_subtype(ttype, Name.Tag) else value
        found = by_key.get(_key(symbol))
        return f"res:{found}" if found else None

    return link


def _key(symbol: str) -> str:
    return re.sub(r"\s+", "", symbol).upper()


def _css_string(text: str) -> str:
    return re.sub(r"[^\w \-.]", "", text)

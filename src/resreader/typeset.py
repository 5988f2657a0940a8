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

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from resreader.citation import cited_symbol, ordinal_words
from resreader.htmlformat import InlineHtmlFormatter, clause_tokens
from resreader.model import Annex, Clause, Paragraph, Resolution, SubParagraph
from resreader.styles import ResolutionStyle, style_for

__all__ = ["clause_html", "resolution_html"]

STEP = 36  # px: one level of indentation, and the hanging width of a number
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass
class _Page:
    """What every block of one rendering shares."""

    style: type[ResolutionStyle]
    formatter: InlineHtmlFormatter
    anchors: bool = True
    tables: bool = True
    scale: float = 1.0  # lengths are px for the screen; exports use 4/3 (36 -> 48px = 0.5 in)
    markers: bool = True
    highlights: dict[str, str] = field(default_factory=dict)

    def text(self, text: str, lead: str | None = None, notes: Sequence[str] = (),
             offsets: Sequence[int] = ()) -> str:
        """The clause lexed once; each footnote marker where it stood (or at the end when
        its place is unknown)."""
        tokens = clause_tokens(text, lead)
        token_html = self.formatter.token_html
        if not self.markers or not notes:
            return "".join(token_html(t, v) for t, v in tokens)
        if len(offsets) != len(notes):
            return "".join(token_html(t, v) for t, v in tokens) + \
                self.formatter.markers_html(notes)
        return self._with_markers(tokens, _marker_spots(notes, offsets))

    def _with_markers(self, tokens: list[tuple[Any, str]],
                      spots: list[tuple[int, list[str]]]) -> str:
        out, pos, i = [], 0, 0
        for ttype, value in tokens:
            end, cut = pos + len(value), pos
            while i < len(spots) and spots[i][0] <= end:
                spot, nums = spots[i]
                out += [self.formatter.token_html(ttype, value[cut - pos:spot - pos]),
                        self.formatter.markers_html(nums)]
                cut, i = spot, i + 1
            out.append(self.formatter.token_html(ttype, value[cut - pos:]))
            pos = end
        out += [self.formatter.markers_html(nums) for _, nums in spots[i:]]
        return "".join(out)

    def anchor(self, name: str) -> str:
        return f'<a name="{html.escape(name, quote=True)}"></a>' if self.anchors else ""

    def numbered(self, depth: int, label: str, anchor: str, text: str, mark: str | None) -> str:
        """A numbered paragraph or a sub-paragraph with a hanging number, `depth` steps in.

        The reader uses a one-row table, so the text lines up exactly whatever the number's
        width; the export (`tables=False`) writes the UN's own layout, which pastes well:
        the first line indented, with the number at its start."""
        if not self.tables:
            css = (f"margin-left:{_len(STEP * depth, self.scale)};"
                   f"text-indent:{_len(STEP, self.scale)}")
            return self.para(anchor + _label(label) + text, css, mark=mark)
        bg = f' bgcolor="{_colour(mark)}"' if mark else ""
        cell = 'valign="top" style="line-height:135%"'
        indent = f'<td width="{STEP * depth}"></td>' if depth else ""
        space = f'style="margin-top:{_len(10, self.scale)}"'
        return (f'<table width="100%" cellspacing="0" cellpadding="0" {space}><tr>{indent}'
                f'<td width="{STEP}" {cell}{bg}>{anchor}{html.escape(label)}</td>'
                f'<td align="left" {cell}{bg}>{text}</td></tr></table>')

    def para(self, inner: str, css: str = "", align: str | None = None,
             mark: str | None = None) -> str:
        # On screen ragged-right: a narrow justified column opens rivers between words.
        # Pasted into a draft, justified, as the UN prints it.
        align = align or ("left" if self.tables else "justify")
        leading = "line-height:135%;" if self.tables else ""  # on screen; pasted text keeps its own
        css = f"margin-top:{_len(10, self.scale)};margin-bottom:0;{leading}{css}"
        if mark:
            css += f";background-color:{_colour(mark)}"
        return f'<p align="{align}" style="{css}">{inner}</p>'


def resolution_html(res: Resolution, *, dark: bool = False,
                    library_symbols: frozenset[str] | set[str] = frozenset(),
                    highlights: dict[str, str] | None = None,
                    font_family: str | None = None) -> str:
    """The whole resolution as one HTML document for QTextBrowser.setHtml()."""
    style = style_for(dark)
    notes = {f.num: f.text for f in res.footnotes}
    formatter = InlineHtmlFormatter(style=style, notes=notes,
                                    linker=_library_linker(library_symbols))
    page = _Page(style, formatter, highlights=dict(highlights or {}))
    parts = [_header(res, page), *_body_line(res, page)]
    for para in res.paragraphs():
        parts += _paragraph_blocks(para, page)
    parts += _closing(res, page)
    for annex in res.annexes:
        parts += _annex_blocks(res, annex, page)
    parts += _footnote_blocks(res, page)
    font = f"font-family:'{_css_string(font_family)}';" if font_family else ""
    return (f'<html><head><meta charset="utf-8"></head><body style="{font}'
            f'color:{style.text_color};background-color:{style.background_color}">'
            + "\n".join(parts) + "</body></html>")


def clause_html(clause: Clause, res: Resolution, *, inline_styles: bool = True,
                dark: bool = False, style: type[ResolutionStyle] | None = None,
                scale: float = 1.0, footnote_markers: bool = False) -> str:
    """One clause (with its sub-paragraphs) as `<p>` blocks in the UN's own layout, for
    export: no anchors, no links, and no footnote markers unless asked for (then as plain
    superscripts), since the notes do not travel with the clause."""
    formatter = InlineHtmlFormatter(style=style or style_for(dark), inline_styles=inline_styles,
                                    footnote_links=False)
    page = _Page(formatter.style, formatter, anchors=False, tables=False, scale=scale,
                 markers=footnote_markers)
    if isinstance(clause, Paragraph):
        return "\n".join(_paragraph_blocks(clause, page))
    return "\n".join(_sub_blocks(clause, page, _depth(clause)))


# -- clauses -------------------------------------------------------------------------------

def _paragraph_blocks(para: Paragraph, page: _Page) -> list[str]:
    mark = page.highlights.get(para.id)
    text = page.text(para.text, para.lead, para.footnotes, para.marker_offsets)
    if para.num is None:
        block = page.para(page.anchor(para.id) + text, f"text-indent:{_len(STEP, page.scale)}",
                          mark=mark)
    else:
        block = page.numbered(0, f"{para.num}.", page.anchor(para.id), text, mark)
    return [block, *(b for sub in para.subparagraphs for b in _sub_blocks(sub, page, 1, mark))]


def _sub_blocks(sub: SubParagraph, page: _Page, depth: int,
                inherited: str | None = None) -> list[str]:
    mark = page.highlights.get(sub.id, inherited)
    text = page.text(sub.text, None, sub.footnotes, sub.marker_offsets)
    block = page.numbered(depth, sub.num, page.anchor(sub.id), text, mark)
    return [block, *(b for s in sub.subparagraphs for b in _sub_blocks(s, page, depth + 1, mark))]


def _marker_spots(notes: Sequence[str], offsets: Sequence[int]) -> list[tuple[int, list[str]]]:
    """Markers grouped by where they stood: "South Summit,²,³" shows as one "2, 3"."""
    spots: dict[int, list[str]] = {}
    for num, offset in zip(notes, offsets, strict=True):
        spots.setdefault(offset, []).append(num)
    return sorted(spots.items())


def _label(label: str) -> str:
    """A paragraph number or marker, and the space that brings the text near the indent."""
    return html.escape(label) + "&nbsp;" * max(2, 5 - len(label))


def _depth(sub: SubParagraph) -> int:
    return max(1, sub.id.count("("))


# -- the page around the clauses ------------------------------------------------------------

def _header(res: Resolution, page: _Page) -> str:
    muted = f"color:{page.style.muted_color}"
    lines = []
    if res.symbol:
        lines.append(page.para(f"<small>{_e(res.symbol)}</small>", muted, align="right"))
    facts = [_session(res.session), res.agenda_item and f"Agenda item {res.agenda_item}",
             "Draft resolution" if _draft(res) else None]
    facts += [_adoption(res), res.report and f"Report {res.report}"]
    shown = [_e(fact) for fact in facts if fact]
    if shown:
        lines.append(page.para("<small>" + " · ".join(shown) + "</small>", muted, align="left"))
    number = f"{res.session}/{res.number}." if res.session and res.number and not _draft(res) \
        else ""
    title = res.title or ("" if number else res.symbol)
    if number:  # the title wraps under itself, clear of the number
        space = f'style="margin-top:{_len(18, page.scale)}"'
        lines.append(f'<table cellspacing="0" cellpadding="0" {space}>'
                     f'<tr><td valign="top"><big><b>{_e(number)}&nbsp;&nbsp;</b></big></td>'
                     f'<td valign="top"><big><b>{_e(title)}</b></big></td></tr></table>')
    elif title:
        lines.append(page.para(f"<big><b>{_e(title)}</b></big>", "margin-top:18px", "left"))
    return "\n".join(lines)


def _body_line(res: Resolution, page: _Page) -> list[str]:
    if not res.body:
        return []
    css = f"margin-top:{_len(12, page.scale)};text-indent:{_len(STEP, page.scale)}"
    return [page.para(f"<i>The {_e(res.body)}</i>,", css, align="left")]


def _closing(res: Resolution, page: _Page) -> list[str]:
    lines = [_e(res.meeting) if res.meeting else "", _e(_long_date(res.adopted))]
    lines = [line for line in lines if line]
    if not lines:
        return []
    css = f"margin-top:{_len(14, page.scale)}"
    return [page.para(page.anchor("meeting") + f"<i>{'<br>'.join(lines)}</i>", css, "right")]


def _annex_blocks(res: Resolution, annex: Annex, page: _Page) -> list[str]:
    name = "Annex" if len(res.annexes) == 1 else f"Annex {res.annexes.index(annex) + 1}"
    css = f"margin-top:{_len(28, page.scale)}"
    blocks = [page.para(page.anchor(annex.id) + f"<b>{name}</b>", css, align="center")]
    if annex.title:
        blocks.append(page.para(f"<b>{_e(annex.title)}</b>", "", align="center"))
    for para in annex.paragraphs:
        blocks += _paragraph_blocks(para, page)
    return blocks


def _footnote_blocks(res: Resolution, page: _Page) -> list[str]:
    if not res.footnotes:
        return []
    rule = (f'<hr style="margin-top:{_len(20, page.scale)}" width="30%" align="left" '
            f'color="{page.style.rule_color}">')
    blocks = [rule]
    for note in res.footnotes:
        text = page.anchor(f"fn{note.num}") + f"<sup>{_e(note.num)}</sup>&nbsp;"
        text += page.text(note.text)
        css = f"margin-left:{_len(16, page.scale)};text-indent:-{_len(16, page.scale)}"
        blocks.append(page.para(f"<small>{text}</small>", f"{css};margin-top:{_len(3, page.scale)}",
                                align="left"))
    return blocks


# -- small helpers ------------------------------------------------------------------------

def _library_linker(symbols: Iterable[str]):  # noqa: ANN202 - a Linker
    by_key = {_key(symbol): symbol for symbol in symbols}

    def link(ttype: object, value: str) -> str | None:
        from pygments.token import Name

        symbol = cited_symbol(value) if ttype in Name.Tag else value
        found = by_key.get(_key(symbol))
        return f"res:{found}" if found else None

    return link


def _key(symbol: str) -> str:
    return re.sub(r"\s+", "", symbol).upper()


def _session(session: int | None) -> str | None:
    if not session:
        return None
    name = ordinal_words(session) if session < 100 else f"{session}th"
    return f"{name[0].upper()}{name[1:]} session"


def _adoption(res: Resolution) -> str | None:
    when = _long_date(res.adopted)
    if not when or _draft(res):
        return None
    return f"Adopted by the {res.body} on {when}" if res.body else f"Adopted on {when}"


def _draft(res: Resolution) -> bool:
    """A/C.2/54/L.5 is a draft: it has no resolution number and was not adopted as such."""
    return bool(res.symbol and re.search(r"/L\.\d", res.symbol))


def _long_date(iso: str | None) -> str:
    try:
        day = date.fromisoformat(iso) if iso else None
    except ValueError:
        return iso or ""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else ""


def _len(value: float, scale: float) -> str:
    """A length in px: Qt's rich text ignores pt for margins and indents, Word reads px."""
    return f"{round(value * scale)}px"


def _colour(css: str) -> str:
    """A highlight colour as given ("#fff2a8", "gold", "rgb(1,2,3)"), never anything else."""
    return css if re.fullmatch(r"#[0-9A-Fa-f]{3,8}|[A-Za-z]{3,20}|rgba?\([\d.,\s%]+\)", css) \
        else "#fff2a8"


def _css_string(text: str) -> str:
    return re.sub(r"[^\w \-.]", "", text)


def _e(text: str | None) -> str:
    return html.escape(text or "")

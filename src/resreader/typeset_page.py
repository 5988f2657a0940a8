"""The page a typeset resolution is laid out on: the shared style, the lexed clause text
with its footnote markers in place, and the block primitives (numbered, plain) in the HTML
subset Qt's rich text understands."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from resreader.htmlformat import InlineHtmlFormatter, clause_tokens
from resreader.styles import ResolutionStyle

STEP = 36  # px: one level of indentation, and the hanging width of a number


@dataclass
class Page:
    """What every block of one rendering shares."""

    style: type[ResolutionStyle]
    formatter: InlineHtmlFormatter
    anchors: bool = True
    tables: bool = True
    scale: float = 1.0  # lengths are px for the screen; exports use 4/3 (36 -> 48px = 0.5 in)
    markers: bool = True
    highlights: dict[str, str] = field(default_factory=dict)

    def text(
        self,
        text: str,
        lead: str | None = None,
        notes: Sequence[str] = (),
        offsets: Sequence[int] = (),
    ) -> str:
        """The clause lexed once; each footnote marker where it stood (or at the end when
        its place is unknown)."""
        tokens = clause_tokens(text, lead)
        token_html = self.formatter.token_html
        if not self.markers or not notes:
            return "".join(token_html(t, v) for t, v in tokens)
        if len(offsets) != len(notes):
            return "".join(token_html(t, v) for t, v in tokens) + self.formatter.markers_html(notes)
        return self._with_markers(tokens, marker_spots(notes, offsets))

    def _with_markers(
        self, tokens: list[tuple[Any, str]], spots: list[tuple[int, list[str]]]
    ) -> str:
        out, pos, i = [], 0, 0
        for ttype, value in tokens:
            end, cut = pos + len(value), pos
            while i < len(spots) and spots[i][0] <= end:
                spot, nums = spots[i]
                out += [
                    self.formatter.token_html(ttype, value[cut - pos : spot - pos]),
                    self.formatter.markers_html(nums),
                ]
                cut, i = spot, i + 1
            out.append(self.formatter.token_html(ttype, value[cut - pos :]))
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
            css = (
                f"margin-left:{length(STEP * depth, self.scale)};"
                f"text-indent:{length(STEP, self.scale)}"
            )
            return self.para(anchor + label_html(label) + text, css, mark=mark)
        bg = f' bgcolor="{colour(mark)}"' if mark else ""
        cell = 'valign="top" style="line-height:135%"'
        indent = f'<td width="{STEP * depth}"></td>' if depth else ""
        space = f'style="margin-top:{length(10, self.scale)}"'
        return (
            f'<table width="100%" cellspacing="0" cellpadding="0" {space}><tr>{indent}'
            f'<td width="{STEP}" {cell}{bg}>{anchor}{html.escape(label)}</td>'
            f'<td align="left" {cell}{bg}>{text}</td></tr></table>'
        )

    def para(
        self, inner: str, css: str = "", align: str | None = None, mark: str | None = None
    ) -> str:
        # On screen ragged-right: a narrow justified column opens rivers between words.
        # Pasted into a draft, justified, as the UN prints it.
        align = align or ("left" if self.tables else "justify")
        leading = "line-height:135%;" if self.tables else ""  # on screen; pasted text keeps its own
        css = f"margin-top:{length(10, self.scale)};margin-bottom:0;{leading}{css}"
        if mark:
            css += f";background-color:{colour(mark)}"
        return f'<p align="{align}" style="{css}">{inner}</p>'


def marker_spots(notes: Sequence[str], offsets: Sequence[int]) -> list[tuple[int, list[str]]]:
    """Markers grouped by where they stood: "South Summit,²,³" shows as one "2, 3"."""
    spots: dict[int, list[str]] = {}
    for num, offset in zip(notes, offsets, strict=True):
        spots.setdefault(offset, []).append(num)
    return sorted(spots.items())


def label_html(label: str) -> str:
    """A paragraph number or marker, and the space that brings the text near the indent."""
    return html.escape(label) + "&nbsp;" * max(2, 5 - len(label))


def length(value: float, scale: float) -> str:
    """A length in px: Qt's rich text ignores pt for margins and indents, Word reads px."""
    return f"{round(value * scale)}px"


def colour(css: str) -> str:
    """A highlight colour as given ("#fff2a8", "gold", "rgb(1,2,3)"), never anything else."""
    return (
        css
        if re.fullmatch(r"#[0-9A-Fa-f]{3,8}|[A-Za-z]{3,20}|rgba?\([\d.,\s%]+\)", css)
        else "#fff2a8"
    )


def escape(text: str | None) -> str:
    return html.escape(text or "")

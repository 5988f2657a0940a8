"""Clause text → HTML through the Pygments lexer: a lead filter and an inline-HTML formatter.

The reading pane and the clipboard export both render clause text this way, so a citation,
a symbol or a lead looks the same in both. The formatter writes bare inline markup (no
`<pre>`, no wrapper): `<i>` for leads and emphasis, `<sup>` for footnote markers, links for
resolutions the library holds, and `style="…"` colours taken from a Pygments style — or
Pygments' short CSS classes when `inline_styles=False`. Every piece of text is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from pygments.filter import Filter
from pygments.formatter import Formatter
from pygments.lexer import Lexer
from pygments.token import STANDARD_TYPES, Generic, Name, String, Text, _TokenType, is_token_subtype

from resreader.lexer import SUPERSCRIPTS, ResolutionLexer
from resreader.styles import ResolutionStyle

Token = tuple[_TokenType, str]
Linker = Callable[[_TokenType, str], str | None]  # (type, text) -> href or None

_SUPER_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
_LINKABLE = (Name.Tag, String.Other)


class LeadFilter(Filter):
    """Italicise exactly the parser's lead; the lexer's own guess at the opening phrase
    (which may be longer or shorter) yields to it. With `lead=None` no lead is italic."""

    def __init__(self, **options: Any) -> None:  # Any: Pygments' options are untyped
        super().__init__(**options)
        self.lead: str | None = options.get("lead") or None

    def filter(self, lexer: Lexer | None, stream: Iterable[Token]) -> Iterator[Token]:
        remaining = len(self.lead) if self.lead else 0
        at_start = True  # nothing but the lead (or whitespace) seen so far
        for ttype, value in stream:
            if remaining and value:
                head, tail = value[:remaining], value[remaining:]
                remaining -= len(head)
                yield Generic.Emph, head
                if tail:
                    yield (Text if ttype is Generic.Emph else ttype), tail
                continue
            if at_start and ttype is Generic.Emph and not value.startswith("*"):
                yield Text, value  # the lexer saw a lead the parser did not
            else:
                yield ttype, value
            at_start = at_start and not value.strip()


def clause_tokens(text: str, lead: str | None) -> list[Token]:
    """Lex one clause's text, with the lead the parser found (if `text` opens with it)."""
    lexer = ResolutionLexer(stripnl=False, ensurenl=False)
    lexer.add_filter(LeadFilter(lead=lead if lead and text.startswith(lead) else None))
    return list(lexer.get_tokens(text))


class InlineHtmlFormatter(Formatter[str]):
    """Tokens → inline HTML fit for Qt's rich text, word processors and mail clients.

    Options: `style` (a ResolutionStyle: links take its `link_color`), `inline_styles`
    (default True), `linker` (gives the href of a cited resolution or symbol, or None to show
    it unlinked), `notes` ({number: text}, the hover title of a footnote marker) and
    `footnote_links` (default True; False writes bare superscripts, for text that leaves the
    app).
    """

    name = "Inline HTML for resolutions"
    aliases = []
    filenames = []
    style: type[ResolutionStyle]  # Formatter stores the style class it is given

    def __init__(self, **options: Any) -> None:  # Any: Pygments' options are untyped
        super().__init__(**options)
        self.inline_styles = bool(options.get("inline_styles", True))
        self.linker: Linker = options.get("linker") or _no_link
        self.notes: dict[str, str] = dict(options.get("notes") or {})
        self.footnote_links = bool(options.get("footnote_links", True))
        self._base = self.style.style_for_token(Text)

    def format_unencoded(self, tokensource: Iterable[Token], outfile: IO[str]) -> None:
        for ttype, value in tokensource:
            outfile.write(self.token_html(ttype, value))

    def token_html(self, ttype: _TokenType, value: str) -> str:
        if not value:
            return ""
        if is_token_subtype(ttype, Generic.Subheading):
            return self.marker_html(value)
        if is_token_subtype(ttype, Generic.Emph) or is_token_subtype(ttype, Generic.Strong):
            value = value.strip("*") or value
        inner = html.escape(" ".join(value.split("\n")))
        href = self.linker(ttype, value) if ttype in _LINKABLE else None
        if href is not None:
            return self._link(href, inner, ttype)
        return self._styled(ttype, inner)

    def marker_html(self, marker: str) -> str:
        """A footnote marker ("³", "[^3]", "3") as a superscript link to its note."""
        return self.markers_html([marker])

    def markers_html(self, markers: Iterable[str]) -> str:
        """Several markers in one superscript, "2, 3", each its own link."""
        nums = [re.sub(r"[\[\]^:]", "", m).translate(_SUPER_DIGITS).strip() for m in markers]
        links = [self._note_link(num) for num in nums if num]
        return "<sup>" + ",&nbsp;".join(links) + "</sup>" if links else ""

    def _note_link(self, num: str) -> str:
        if not self.footnote_links:
            return html.escape(num)
        title = html.escape(self.notes.get(num, ""), quote=True)
        colour = self._css(Generic.Subheading, link=True)
        return (
            f'<a href="fn:{html.escape(num, quote=True)}" title="{title}"{colour}>'
            f"{html.escape(num)}</a>"
        )

    def _styled(self, ttype: _TokenType, inner: str) -> str:
        if is_token_subtype(ttype, Text):
            return inner
        if not self.inline_styles:
            return f'<span class="{_css_class(ttype)}">{inner}</span>'
        spec = self.style.style_for_token(ttype)
        if spec["italic"]:
            inner = f"<i>{inner}</i>"
        if spec["bold"]:
            inner = f"<b>{inner}</b>"
        css = self._css(ttype)
        return f"<span{css}>{inner}</span>" if css else inner

    def _link(self, href: str, inner: str, ttype: _TokenType) -> str:
        if self.inline_styles:  # plain text around it: the link looks like one
            css = f' style="color:{self.style.link_color};text-decoration:underline"'
        else:
            css = self._css(ttype, link=True)
        return f'<a href="{html.escape(href, quote=True)}"{css}>{inner}</a>'

    def _css(self, ttype: _TokenType, link: bool = False) -> str:
        if not self.inline_styles:
            return f' class="{_css_class(ttype)}"' if link else ""
        colour = self.style.style_for_token(ttype)["color"]
        rules = [f"color:#{colour}"] if colour and (link or colour != self._base["color"]) else []
        if link and is_token_subtype(ttype, Generic.Subheading):
            rules.append("text-decoration:none")
        return f' style="{";".join(rules)}"' if rules else ""


def _no_link(_ttype: _TokenType, _value: str) -> None:
    return None


def _css_class(ttype: _TokenType) -> str:
    while ttype not in STANDARD_TYPES and ttype.parent is not None:  # the root is standard
        ttype = ttype.parent
    return STANDARD_TYPES[ttype]

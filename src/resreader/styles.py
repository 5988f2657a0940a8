"""One Pygments style family for resolution text: light, dark, and paper (for pasting).

The reading pane uses `LightStyle` on white or `DarkStyle` on #1e1e1e, following the system.
Leads are italic as in the printed documents; citations, document symbols and dates are
plain text, as the UN prints them, and only a citation of a resolution in the library is
a link, in `link_color` (WCAG AA contrast, 4.5:1, on its background) and underlined. `PaperStyle`
is what clipboard exports use: black on white, italics and superscripts only, because
pasted agreed language must look like the rest of the user's draft.

Besides the token styles, each style names the few page colours the typesetter needs.
"""

from __future__ import annotations

from pygments.style import Style
from pygments.token import Generic, Name, Text, Token, Whitespace

__all__ = ["DarkStyle", "LightStyle", "PaperStyle", "style_for"]


class ResolutionStyle(Style):
    """Shared page colours; subclasses fill in `styles`."""

    name = "resolution"
    background_color = "#ffffff"
    highlight_color = "#fff2a8"
    text_color = "#1b1b1b"
    muted_color = "#5c5c5c"  # symbol line, meeting and date, citations after exports
    rule_color = "#c8c8c8"  # the line above the footnotes
    link_color = "#0b57a4"  # a cited resolution that is in the library


class LightStyle(ResolutionStyle):
    name = "resolution-light"
    styles = {
        Token: "#1b1b1b",
        Text: "#1b1b1b",
        Whitespace: "",
        Generic.Emph: "italic #1b2f55",
        Generic.Strong: "bold",
        Generic.Heading: "bold #1b1b1b",
        Generic.Subheading: "#9c1c52",  # footnote markers
        Name.Label: "#1b2f55",  # paragraph numbers and sub-paragraph markers
        # Citations (Name.Tag, Name.Other, String.Other) and dates are text, as printed:
        # only a citation the library holds is drawn as a link (`link_color`, underlined).
    }


class DarkStyle(ResolutionStyle):
    name = "resolution-dark"
    background_color = "#1e1e1e"
    highlight_color = "#4a4320"
    text_color = "#dcdcdc"
    muted_color = "#a6a6a6"
    rule_color = "#4a4a4a"
    link_color = "#78b4ff"
    styles = {
        Token: "#dcdcdc",
        Text: "#dcdcdc",
        Whitespace: "",
        Generic.Emph: "italic #b9cff5",
        Generic.Strong: "bold",
        Generic.Heading: "bold #ececec",
        Generic.Subheading: "#f08ab4",
        Name.Label: "#b9cff5",
    }


class PaperStyle(ResolutionStyle):
    name = "resolution-paper"
    text_color = "#000000"
    muted_color = "#000000"
    link_color = "#000000"
    styles = {
        Token: "#000000",
        Generic.Emph: "italic",
        Generic.Strong: "bold",
        Generic.Heading: "bold",
    }


def style_for(dark: bool) -> type[ResolutionStyle]:
    """The reading style for a light or a dark palette."""
    return DarkStyle if dark else LightStyle

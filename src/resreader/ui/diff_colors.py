"""Colours of the diff view, chosen for a light or a dark palette.

Colour is never the only signal: every status also has a label, deleted words are struck
through and inserted words underlined. The colours only make those marks faster to find.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

_LIGHT_STATUS = {
    "same": "#80868f",
    "renumbered": "#2463c9",
    "changed": "#b86e00",
    "moved": "#8243c4",
    "added": "#23803a",
    "removed": "#c2302b",
}
_DARK_STATUS = {
    "same": "#9aa0a6",
    "renumbered": "#79b0ff",
    "changed": "#f2b451",
    "moved": "#c9a2ff",
    "added": "#74d283",
    "removed": "#ff8179",
}


@dataclass(frozen=True)
class DiffColors:
    dark: bool
    status: dict[str, str]  # status -> "#rrggbb" for labels, bars and the overview
    delete_bg: str
    delete_fg: str
    insert_bg: str
    insert_fg: str
    added_tint: str  # background of a clause that exists on one side only
    removed_tint: str
    gap: str  # the shaded gap opposite an unpaired clause
    muted: str  # placeholders ("(c) added") and secondary text

    def status_color(self, status: str) -> QColor:
        return QColor(self.status.get(status, self.muted))


LIGHT = DiffColors(
    dark=False,
    status=_LIGHT_STATUS,
    delete_bg="#ffd3d0",
    delete_fg="#7a1512",
    insert_bg="#c9f0cf",
    insert_fg="#14532a",
    added_tint="#effaf1",
    removed_tint="#fdf0ef",
    gap="#e6e7ea",
    muted="#7b8088",
)
DARK = DiffColors(
    dark=True,
    status=_DARK_STATUS,
    delete_bg="#6a2428",
    delete_fg="#ffdcd9",
    insert_bg="#1e5630",
    insert_fg="#d8f7dd",
    added_tint="#1a2c1f",
    removed_tint="#321d1e",
    gap="#2b2d31",
    muted="#989ea6",
)


def is_dark(palette: QPalette) -> bool:
    """Dark when the window background is darker than mid-grey (follows the system theme)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colors_for(palette: QPalette) -> DiffColors:
    return DARK if is_dark(palette) else LIGHT


def status_colours(colors: DiffColors) -> dict[str, str]:
    """Every colour that says what happened to a clause: what highlights must not look like."""
    return {
        **colors.status,
        "delete_bg": colors.delete_bg,
        "delete_fg": colors.delete_fg,
        "insert_bg": colors.insert_bg,
        "insert_fg": colors.insert_fg,
        "added_tint": colors.added_tint,
        "removed_tint": colors.removed_tint,
    }

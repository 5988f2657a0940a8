"""Light or dark, and the reading font: both follow what the system offers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPalette

# Book faces first; DejaVu Serif is what a bare Linux box has. None leaves it to the CSS.
READING_FONTS = (
    "Charter",
    "Bitstream Charter",
    "Source Serif 4",
    "Source Serif Pro",
    "Noto Serif",
    "Georgia",
    "Cambria",
    "Liberation Serif",
    "Times New Roman",
    "DejaVu Serif",
)


def is_dark() -> bool:
    """The system's colour scheme when it says one, else the palette's lightness."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


READING_POINTS = 12.0  # a book's body size; UI fonts (9–10 pt) are too small to read at length


def reading_font() -> QFont:
    """The reading pane's base font: a book face, a little larger than the UI's."""
    font = QFont(QGuiApplication.font())
    family = reading_font_family()
    if family:
        font.setFamily(family)
    font.setPointSizeF(max(READING_POINTS, round(font.pointSizeF() * 1.25)))
    return font


def reading_font_family() -> str | None:
    available = set(QFontDatabase.families())
    return next((name for name in READING_FONTS if name in available), None)

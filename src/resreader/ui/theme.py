"""Light or dark, and the reading font: both follow what the system offers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPalette

# Book faces first; DejaVu Serif is what a bare Linux box has. None leaves it to the CSS.
READING_FONTS = (
    "Charter", "Bitstream Charter", "Source Serif 4", "Source Serif Pro", "Noto Serif",
    "Georgia", "Cambria", "Liberation Serif", "Times New Roman", "DejaVu Serif",
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


def reading_font_family() -> str | None:
    available = set(QFontDatabase.families())
    return next((name for name in READING_FONTS if name in available), None)

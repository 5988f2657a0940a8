"""Rendered text must be real glyphs, not blank or .notdef boxes (a missing-font failure).

"Recalling" and "Rappelant" have the same length: drawn as boxes they would come out
identical; drawn as glyphs they differ.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QRawFont

from resreader.ui import theme

WORDS = ("Recalling", "Rappelant", "Réaffirmant", "Décide", "Recordando")


def render(text: str, font: QFont) -> QImage:
    metrics = QFontMetrics(font)
    image = QImage(
        metrics.horizontalAdvance(text) + 8, metrics.height() + 8, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPoint(4, 4 + metrics.ascent()), text)
    painter.end()
    return image


def ink(image: QImage) -> int:
    """How many pixels are clearly darker than the white background."""
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 160
    )


def reading_font() -> QFont:
    font = QFont(theme.reading_font_family() or "serif")
    font.setPointSize(14)
    return font


def test_reading_font_has_the_glyphs(qapp) -> None:
    font = reading_font()
    metrics, raw = QFontMetrics(font), QRawFont.fromFont(font)
    assert raw.isValid()
    for word in WORDS:
        for char in word:
            assert metrics.inFontUcs4(ord(char)), f"{char!r} missing from {font.family()}"
            assert raw.supportsCharacter(ord(char)), f"{char!r} missing from {raw.familyName()}"


def test_words_render_as_distinct_inked_glyphs(qapp) -> None:
    font = reading_font()
    first, second = render("Recalling", font), render("Rappelant", font)
    assert first.size() != second.size() or first != second
    assert ink(first) > 60 and ink(second) > 60
    italic = QFont(font)
    italic.setItalic(True)
    assert render("Recalling", italic) != first  # italic leads look different


def test_reader_view_paints_the_text(qtbot) -> None:
    from resreader.ui.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.setFont(reading_font())
    view.show_html("<p>Recalling</p>", [])
    blank = view.grab().toImage()
    view.show_html("<p>Rappelant</p>", [])
    other = view.grab().toImage()
    view.show_html("<p></p>", [])
    empty = view.grab().toImage()
    assert blank != other
    assert blank.convertToFormat(QImage.Format.Format_RGB32) != empty.convertToFormat(
        QImage.Format.Format_RGB32
    )
    assert ink(blank.copy(0, 0, 200, 60).convertToFormat(QImage.Format.Format_RGB32)) > 40
    assert Qt.TextInteractionFlag.TextSelectableByKeyboard & view.textInteractionFlags()

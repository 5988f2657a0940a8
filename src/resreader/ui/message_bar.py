"""A thin, dismissable bar for messages that must not block the window (bad files, parse
warnings, a settings file moved aside). Non-modal by construction: it is just a widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from resreader.ui.tooltips import text_tooltip

TINTS = {"error": QColor(200, 40, 40), "warning": QColor(200, 140, 0), "info": QColor(40, 110, 200)}


class MessageBar(QFrame):
    def __init__(
        self, parent: QWidget | None = None, closable: bool = True, one_line: bool = False
    ) -> None:
        super().__init__(parent)
        self.kind = "info"
        self.one_line = one_line  # elide to one line; the whole text is the tooltip
        self._text = self._details = ""
        self.label = QLabel(wordWrap=not one_line, textFormat=Qt.TextFormat.PlainText)
        self.label.setMinimumWidth(1)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.label, 1)
        if closable:
            close = QToolButton(autoRaise=True)
            close.setText("✕")
            close.setToolTip("Dismiss")
            close.clicked.connect(self.dismiss)
            layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.hide()

    def show_message(self, text: str, kind: str = "info", details: str = "") -> None:
        """Show `text`; `details` (or the whole text, when elided) is the tooltip."""
        self.kind, self._text, self._details = kind, text, details
        self._tint(TINTS.get(kind, TINTS["info"]))
        self.show()
        self._fit()

    def dismiss(self) -> None:
        self._text = ""
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self._text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self.one_line:
            self.label.setText(self._text)
            self.label.setToolTip(text_tooltip(self._details))
            return
        line = " ".join(self._text.split())
        width = max(self.label.width(), 50)
        self.label.setText(
            self.label.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, width)
        )
        elided = self.label.text() != line
        self.label.setToolTip(text_tooltip(self._details or (self._text if elided else "")))

    def _tint(self, colour: QColor) -> None:
        # A light wash of the colour over the window background, readable in light and dark.
        palette = QApplication.palette(self)
        base = palette.color(QPalette.ColorRole.Window)
        mix = QColor(
            round(base.red() * 0.8 + colour.red() * 0.2),
            round(base.green() * 0.8 + colour.green() * 0.2),
            round(base.blue() * 0.8 + colour.blue() * 0.2),
        )
        palette.setColor(QPalette.ColorRole.Window, mix)
        self.setPalette(palette)

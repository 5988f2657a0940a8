"""A thin, dismissable bar for messages that must not block the window (bad files, parse
warnings, a settings file moved aside). Non-modal by construction: it is just a widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

TINTS = {"error": QColor(200, 40, 40), "warning": QColor(200, 140, 0), "info": QColor(40, 110, 200)}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None, closable: bool = True) -> None:
        super().__init__(parent)
        self.kind = "info"
        self.label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.label, 1)
        if closable:
            close = QToolButton(text="✕", toolTip="Dismiss", autoRaise=True)
            close.clicked.connect(self.dismiss)
            layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.label.setText(text)
        self._tint(TINTS.get(kind, TINTS["info"]))
        self.show()

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text()

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

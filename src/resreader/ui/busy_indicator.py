"""“Opening A-RES-79-1.pdf…” and a running bar in the status bar while files parse in a
thread; the pointer shows it too (the busy arrow: the window still answers)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no known end: a running bar
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(90)
        self.bar.setMaximumHeight(12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._cursor = False
        self.hide()

    def set_busy(self, busy: bool, what: str = "") -> None:
        self.label.setText(f"Opening {what}…" if what else "Opening…")
        self.setVisible(busy)
        if busy != self._cursor:  # exactly one restore for each override
            self._cursor = busy
            if busy:
                QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            else:
                QApplication.restoreOverrideCursor()

"""Find in page: a slim bar under the reading pane (Ctrl+F opens it, Esc closes it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from resreader.ui.reader_view import ReaderView


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.count = 0
        self.edit = QLineEdit(placeholderText="Find in text", clearButtonEnabled=True)
        self.edit.setObjectName("findText")
        self.status = QLabel()
        self.status.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.edit, 1)
        for text, tip, slot in (
            ("▲", "Previous match (Shift+F3)", self.find_previous),
            ("▼", "Next match (F3)", self.find_next),
            ("✕", "Close (Esc)", self.close_bar),
        ):
            button = QToolButton(autoRaise=True)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.insertWidget(1, self.status)
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.find_next)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def close_bar(self) -> None:
        self.view.find_all("")
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    def find_next(self) -> None:
        self._step(backward=False)

    def find_previous(self) -> None:
        self._step(backward=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.matches(QKeySequence.StandardKey.FindPrevious) or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
        elif event.matches(QKeySequence.StandardKey.FindNext):
            self.find_next()
        else:
            super().keyPressEvent(event)

    def _search(self, text: str) -> None:
        self.count = self.view.find_all(text)
        if self.count:
            cursor = self.view.textCursor()
            cursor.setPosition(cursor.selectionStart())  # search from here, incl. this word
            self.view.setTextCursor(cursor)
            self._step(backward=False)
        else:
            self._show_status(0)

    def _step(self, backward: bool) -> None:
        ordinal = self.view.find_step(self.edit.text(), backward) if self.count else 0
        self._show_status(ordinal)

    def _show_status(self, ordinal: int) -> None:
        text = self.edit.text()
        if not text:
            self.status.setText("")
        elif not self.count:
            self.status.setText("No matches")
        else:
            self.status.setText(f"{ordinal} of {self.count}")
        self.edit.setProperty("notFound", bool(text) and not self.count)

"""Hovering a footnote marker in the reading pane shows the note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from resreader.ui.app import build_window


def _footnote_marker_position(view) -> int:
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref().startswith("fn:"):
                return fragment.position()
            it += 1
        block = block.next()
    raise AssertionError("no footnote marker in the typeset text")


def test_hovering_a_marker_shows_its_note(qtbot) -> None:
    win, ok = build_window("open", ["60/212"], persist=False)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    view = win.reader.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(_footnote_marker_position(view))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    start = view.cursorRect(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    end = view.cursorRect(cursor)
    local = QPoint((start.x() + end.x()) // 2, start.center().y())
    global_pos = view.viewport().mapToGlobal(local)
    view.event(QHelpEvent(QEvent.Type.ToolTip, local, global_pos))
    QApplication.processEvents()
    assert QToolTip.text() == "<p>See resolution 60/1.</p>"  # 60/212: first note, on pp2

"""View › Original Page (F8): the original-page pane beside the reading pane, for a PDF.

For anything else the action is disabled and its tooltip says why; it stays checked, so the
pane comes back with the next PDF. The pane follows the tree's current row, which the
cursor in the reading pane moves as well.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from resreader.ui.clause_model import ClauseIdRole
from resreader.ui.original_page import OriginalPagePane
from resreader.ui.page_source import unavailable_reason
from resreader.ui.reader_panel import ReaderPanel

SHORTCUTS = ("F8", "Ctrl+Shift+O")
TIP = "Show the PDF page of the clause being read beside the text (F8)"
PANE_SHARE = 0.5  # of the text column, when the pane first opens


class OriginalPageWiring:
    def __init__(self, reader: ReaderPanel, window: QWidget) -> None:
        self.reader = reader
        self.pane = OriginalPagePane(parent=reader)
        reader.splitter.addWidget(self.pane)
        reader.splitter.setCollapsible(reader.splitter.indexOf(self.pane), False)
        self.pane.hide()
        self.action = QAction("&Original Page", window)
        self.action.setCheckable(True)
        self.action.setShortcuts([QKeySequence(k) for k in SHORTCUTS])
        self.action.toggled.connect(lambda _on: self._apply())
        window.addAction(self.action)  # the shortcut works with the menu bar hidden
        reader.resolutionShown.connect(self._resolution_shown)
        reader.tree.selectionModel().currentChanged.connect(self._current_changed)
        self._resolution_shown()

    def _resolution_shown(self) -> None:
        res = self.reader.resolution
        reason = unavailable_reason(res)
        self.action.setEnabled(not reason)
        self.action.setToolTip(reason or TIP)
        self.action.setStatusTip(reason or TIP)
        self.pane.set_resolution(res)
        self._apply()

    def _apply(self) -> None:
        show = self.action.isChecked() and self.action.isEnabled()
        if show and not self.pane.isVisible():
            self._make_room()
        self.pane.setVisible(show)
        if show:
            self._follow(self.reader.tree.currentIndex())

    def _make_room(self) -> None:
        splitter = self.reader.splitter
        sizes = splitter.sizes()
        at = splitter.indexOf(self.pane)
        if sizes[at] >= 100:
            return  # the user's own size for it, from before
        text = sizes[at - 1] + sizes[at]
        sizes[at] = round(text * PANE_SHARE)
        sizes[at - 1] = text - sizes[at]
        splitter.setSizes(sizes)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.pane.isVisible():
            self._follow(current)

    def _follow(self, index: QModelIndex) -> None:
        clause_id = index.data(ClauseIdRole) if index.isValid() else None
        if clause_id:
            self.pane.show_clause(clause_id)

    def close(self) -> None:
        self.pane.worker.close()

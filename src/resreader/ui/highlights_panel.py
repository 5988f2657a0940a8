"""The highlights panel (for a dock): every highlight in the library, grouped by resolution.

A colour filter and "Copy All" above the list (Ctrl+Shift+C while the panel has the
focus: it takes that key from the window's "Copy Highlighted Clauses", which copies only
the current resolution). Activating a highlight (double-click, Enter) emits `openClause`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from resreader.highlight_lookup import ResolutionFinder
from resreader.highlights import PALETTE, HighlightError, HighlightStore
from resreader.model import Resolution
from resreader.ui import clipboard as clip
from resreader.ui.highlight_actions import swatch
from resreader.ui.highlights_model import HighlightsModel

COPY_KEYS = QKeySequence("Ctrl+Shift+C")
ALL_COLOURS = "All colours"
EMPTY_HINT = "No highlights yet. Highlight a clause with Ctrl+H or from its context menu."


class HighlightsPanel(QWidget):
    openClause = Signal(str, str)  # resolution key (the symbol when it has one), clause id
    changed = Signal(str)  # a highlight of this resolution key was removed here
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        store: HighlightStore,
        finder: ResolutionFinder | None = None,
        parent: QWidget | None = None,
        clipboard: QClipboard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("highlightsPanel")
        self.store, self._clipboard = store, clipboard
        self.finder = finder or ResolutionFinder()
        self.model = HighlightsModel(store, self.finder, self)
        self.colour_filter = self._make_filter()
        self.view = self._make_view()
        self.empty = QLabel(EMPTY_HINT, self, wordWrap=True)
        self.copy_button = QPushButton("Copy All", self)
        self.copy_button.clicked.connect(self.copy_all)
        self._layout()
        for widget in (self, self.view, self.colour_filter, self.copy_button):
            widget.installEventFilter(self)
        self.refresh()

    def _make_filter(self) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("highlightColourFilter")
        box.addItem(ALL_COLOURS, "")
        for colour in PALETTE.values():
            box.addItem(swatch(colour.name), colour.label, colour.name)
        box.setToolTip("Show only highlights of one colour")
        box.currentIndexChanged.connect(self._on_filter)
        return box

    def _make_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("highlightsList")
        view.setModel(self.model)
        view.setAlternatingRowColors(True)
        view.setUniformRowHeights(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # the clause's text and the note share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.activated.connect(self._on_activated)
        return view

    def _layout(self) -> None:
        top = QHBoxLayout()  # one row above the list: the list keeps the height
        top.addWidget(QLabel("Colour:", self))
        top.addWidget(self.colour_filter)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    # -- content --
    def refresh(self) -> None:
        """Reread the highlights; call after any change to them."""
        self.model.refresh()
        self.view.expandAll()
        self._update_state()

    def set_resolutions(self, resolutions: Iterable[Resolution]) -> None:
        """The library's resolutions (for citations and copying); call after a rescan."""
        self.finder.update(resolutions)
        self.refresh()

    def copy_all(self) -> None:
        """Copy what the panel shows (every highlight, or those of the chosen colour)."""
        shown = self.model.highlights()
        if not shown:
            return
        board = self._clipboard or QGuiApplication.clipboard()
        self.message.emit(clip.copy_all_highlights(self.store, self.finder, board, shown).message())

    # -- internals --
    def _update_state(self) -> None:
        count = len(self.model.highlights())
        colour = self.colour_filter.currentData() or ""
        self.copy_button.setEnabled(count > 0)
        if count:
            which = (
                f"the {count} {PALETTE[colour].label.lower()} highlights"
                if colour
                else f"all {count} highlights"
            )
            tip = f"Copy {which} with citations ({COPY_KEYS.toString()})"
        elif colour:
            tip = f"Nothing to copy: no {PALETTE[colour].label.lower()} highlights"
        else:
            tip = "Nothing to copy: nothing is highlighted yet"
        self.copy_button.setToolTip(tip)
        self.empty.setVisible(self.store.count() == 0)

    def _on_filter(self, _row: int) -> None:
        colour = self.colour_filter.currentData() or ""
        self.model.set_colour_filter({colour} if colour else None)
        self.view.expandAll()
        self._update_state()

    def _on_activated(self, index: QModelIndex) -> None:
        h = self.model.highlight(index)
        if h is not None:
            self.openClause.emit(h.key, h.clause_id)

    def _context_menu(self, pos: QPoint) -> None:
        h = self.model.highlight(self.view.indexAt(pos))
        if h is None:
            return
        menu = QMenu(self)
        menu.addAction("&Open").triggered.connect(lambda: self.openClause.emit(h.key, h.clause_id))
        menu.addAction("&Remove Highlight").triggered.connect(
            lambda: self._remove(h.key, h.clause_id)
        )
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _remove(self, key: str, clause_id: str) -> None:
        try:
            self.store.remove(key, clause_id)
        except HighlightError as err:
            self.message.emit(str(err))
        self.refresh()
        self.changed.emit(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Within the panel, Ctrl+Shift+C is ours: claim it before the window's shortcut.
        kind = event.type()
        if (
            kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and _matches(event, COPY_KEYS)
        ):
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self.copy_all()
            return True
        return super().eventFilter(watched, event)


def _matches(event: QKeyEvent, keys: QKeySequence) -> bool:
    return QKeySequence(event.keyCombination()) == keys

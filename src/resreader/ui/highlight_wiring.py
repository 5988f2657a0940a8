"""Highlights wired into the main window: the actions (Edit menu, shortcuts, the context
menus of the clause tree, the text and the diff), what the views show, the Highlights dock.

One `HighlightStore` serves the window; it never raises, and a database that could not be
opened was moved aside: its warning goes to the window's bar. After any change, the views
showing that resolution are refreshed and the panel rereads the store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QMainWindow, QMenu, QTabWidget

from resreader.highlight_lookup import ResolutionFinder
from resreader.highlights import HighlightStore, resolution_key
from resreader.library import Entry, Library
from resreader.model import Resolution
from resreader.ui.compare_page import ComparePage
from resreader.ui.highlight_actions import HighlightActions, Target
from resreader.ui.highlight_marks import marks_of
from resreader.ui.highlight_reader import reader_target, text_menu, tree_menu
from resreader.ui.highlights_panel import HighlightsPanel
from resreader.ui.reader_panel import ReaderPanel

if TYPE_CHECKING:
    from resreader.ui.diff_view import DiffView
    from resreader.ui.highlight_diff import DiffHighlights

MenuFor = Callable[..., "QMenu | None"]
STATUS_MS = 8000
DOCK_HEIGHT = 200  # pixels: six or seven highlights, and the reading pane keeps its height


class HighlightHost(Protocol):
    """The window's parts the highlights work with (the window is one)."""

    library: Library
    current: Entry | None
    reader: ReaderPanel
    compare_page: ComparePage
    tabs: QTabWidget

    def open_paths(self, paths: list[Path]) -> bool: ...
    def read_clause(self, entry: Entry, clause_id: str) -> None: ...
    def show_error(self, text: str, kind: str = "error") -> None: ...


class HighlightWiring(QObject):
    def __init__(self, window: QMainWindow, host: HighlightHost, store: HighlightStore) -> None:
        super().__init__(window)
        self.window, self.host, self.store = window, host, store
        self.actions = HighlightActions(store, self.current, window, scope=self.scope)
        finder = ResolutionFinder(e.resolution for e in host.library.entries)
        self.panel = HighlightsPanel(store, finder)
        self.dock = self._make_dock()
        self.diff: DiffHighlights | None = None  # with the diff view, on the first comparison
        host.compare_page.diffCreated.connect(self._diff_created)
        host.reader.mark_source = lambda res: marks_of(store, res)
        self._connect()
        for warning in store.warnings:
            host.show_error(warning, "warning")

    def _diff_created(self, view: DiffView) -> None:
        from resreader.ui.highlight_diff import DiffHighlights

        self.diff = DiffHighlights(view, self.store, self.actions)

    def _make_dock(self) -> QDockWidget:
        dock = QDockWidget("Highlights", self.window)
        dock.setObjectName("highlightsDock")  # the window state saves it by this name
        dock.setWidget(self.panel)
        # Below the tabs, the panel's columns (place, text, note) all have room.
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.window.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        dock.setVisible(self.store.count() > 0)  # until a saved window state says otherwise
        toggle = dock.toggleViewAction()
        toggle.setText("&Highlights Panel")
        toggle.setShortcut("Ctrl+Shift+H")
        toggle.setStatusTip("Show or hide every highlight in the library")
        self.window.addAction(toggle)
        return dock

    def _connect(self) -> None:
        reader, update = self.host.reader, self.actions.update_state
        self.actions.changed.connect(self.on_changed)
        self.panel.changed.connect(self.on_changed)
        self.actions.message.connect(self._status)
        self.panel.message.connect(self._status)
        self.panel.openClause.connect(self.open_clause)
        reader.resolutionShown.connect(update)
        reader.view.clauseAtCursor.connect(lambda _cid: update())
        reader.view.selectionChanged.connect(update)
        reader.tree.selectionModel().selectionChanged.connect(lambda *_: update())
        self.host.tabs.currentChanged.connect(lambda _index: update())
        self._menu_on(reader.tree, tree_menu)
        self._menu_on(reader.view, text_menu)

    def _menu_on(self, widget: QAbstractScrollArea, menu_for: MenuFor) -> None:
        def show(pos: QPoint) -> None:
            menu = menu_for(self.host.reader, self.actions, pos)
            if menu is not None:
                menu.popup(widget.viewport().mapToGlobal(pos))

        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(show)

    # -- what the actions work on: the pane in front --
    def current(self) -> Target | None:
        if self.host.tabs.currentWidget() is self.host.compare_page:
            return self.diff.current() if self.diff is not None else None
        return reader_target(self.host.reader)

    def scope(self) -> list[Resolution]:
        """What Copy Highlighted Clauses copies: in Compare both resolutions, A's first."""
        if self.host.tabs.currentWidget() is self.host.compare_page:
            cmp = self.diff.view.comparison() if self.diff is not None else None
            return [cmp.a, cmp.b] if cmp is not None else []
        res = self.host.reader.resolution
        return [res] if res is not None else []

    # -- reacting --
    def on_changed(self, key: str) -> None:
        """The highlights of resolution `key` changed: show them wherever it is shown."""
        self.panel.refresh()
        reader = self.host.reader
        if reader.resolution is not None and resolution_key(reader.resolution) == key:
            reader.refresh_highlights()
        if self.diff is not None:
            self.diff.refresh(key)
        self.actions.update_state()

    def library_changed(self) -> None:
        """The library was scanned or a file opened: the panel can cite and copy them."""
        self.panel.set_resolutions(e.resolution for e in self.host.library.entries)

    def open_clause(self, key: str, clause_id: str) -> None:
        """Read a highlighted clause (from the panel): from the library, else its file."""
        entry = self._entry_for(key)
        if entry is None:
            found = self.store.get(key, clause_id)
            source = Path(found.source) if found and found.source else None
            if source is None or not source.is_file() or not self.host.open_paths([source]):
                label = found.label if found else key
                self._status(f"{label} is neither in your library nor where it was opened")
                return
            entry = self.host.current
        if entry is not None:
            self.host.read_clause(entry, clause_id)

    def _entry_for(self, key: str) -> Entry | None:
        return next(
            (e for e in self.host.library.entries if resolution_key(e.resolution) == key), None
        )

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

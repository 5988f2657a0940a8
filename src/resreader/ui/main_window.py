"""The main window: the library on the left, Read and Compare tabs in the centre.

Bad files never change what is shown: the error goes to a dismissable bar and the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resreader.highlights import HighlightStore
from resreader.library import Entry, Library
from resreader.store import Settings
from resreader.ui import window_state
from resreader.ui.actions import build_menus
from resreader.ui.busy_indicator import BusyIndicator
from resreader.ui.compare_default import best_candidate
from resreader.ui.compare_page import ComparePage
from resreader.ui.highlight_wiring import HighlightWiring
from resreader.ui.library_model import LibraryModel
from resreader.ui.library_panel import LibraryPanel
from resreader.ui.message_bar import MessageBar
from resreader.ui.opener import Opener, choose_files, dropped_paths
from resreader.ui.original_page_action import OriginalPageWiring
from resreader.ui.reader_panel import ReaderPanel, Typesetter
from resreader.ui.shortcuts_dialog import ShortcutsDialog

APP_NAME = "resreader"
LIBRARY_WIDTH = 250  # by default: at 1024 px wide the reading pane keeps its room


class MainWindow(QMainWindow):
    compareRequested = Signal(object, object)  # two library Entries, older first

    def __init__(
        self,
        library: Library,
        settings: Settings,
        typesetter: Typesetter | None = None,
        persist: bool = True,
        store: HighlightStore | None = None,
    ) -> None:
        super().__init__()
        self.library, self.settings, self.persist = library, settings, persist
        self.current: Entry | None = None
        self._file_error = ""  # the bar's text when it reports a file that did not open
        self.model = LibraryModel(library, self)
        self.opener = Opener(self.model, settings, self)
        self.library_panel = LibraryPanel(self.model, self)
        self.reader = ReaderPanel(typesetter, self)
        self.messages = MessageBar(self)
        self.messages.setObjectName("messages")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reader, "Read")
        self.compare_page = ComparePage(self)
        self.tabs.addTab(self.compare_page, "Compare")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIBRARY_WIDTH, 1280 - LIBRARY_WIDTH])
        self.setCentralWidget(self._central())
        self.busy = BusyIndicator(self)
        self.statusBar().addPermanentWidget(self.busy)  # there from the start: no jump later
        self.highlighting = HighlightWiring(self, self, store or HighlightStore())
        self.original_page = OriginalPageWiring(self.reader, self)
        self.commands = build_menus(self, self)
        self.setAcceptDrops(True)
        self.opener.failed.connect(self._open_failed)
        self.opener.libraryChanged.connect(self._library_changed)
        self.opener.openedLater.connect(self._show_opened)
        self.opener.worker.busyChanged.connect(self.busy.set_busy)
        self.library_panel.entryChosen.connect(self._entry_chosen)
        self.library_panel.selectionChanged.connect(self._update_actions)
        self.reader.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.reader.view.resolutionLinkClicked.connect(self.open_symbol)
        self.compareRequested.connect(self.show_comparison)
        self.tabs.currentChanged.connect(self._update_actions)
        self.tabs.currentChanged.connect(self._update_title)
        self.compare_page.diffCreated.connect(
            lambda diff: diff.clauseOpenRequested.connect(self.open_compared_clause)
        )
        self.reader.view.otherLinkClicked.connect(
            lambda url: self.statusBar().showMessage(f"Link not followed: {url}", 10000)
        )
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: self.reader.follow_palette()
        )
        self._update_title()

    def _central(self) -> QWidget:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.messages)
        layout.addWidget(self.splitter, 1)
        return central

    # -- the library --
    def scan_library(self) -> None:
        self.model.rescan()  # a new PDF in the folder is parsed here, under PDFium's own lock
        self._library_changed()
        if self.library.errors:
            details = "; ".join(str(err) for err in self.library.errors)
            self.show_error(f"Some library files could not be read: {details}")

    def _library_changed(self) -> None:
        self.highlighting.library_changed()
        self.reader.set_library({e.symbol: e.title or "" for e in self.library.entries if e.symbol})

    # -- opening --
    def _entry_chosen(self, entry: Entry) -> None:
        if entry is not self.current:
            self._clear_file_error()
        self.show_entry(entry)

    def show_entry(self, entry: Entry) -> None:
        if entry is self.current:
            self.tabs.setCurrentWidget(self.reader)
            return
        self.current = entry
        self.reader.show_resolution(entry.resolution)
        self.tabs.setCurrentWidget(self.reader)
        self.settings.set("last_opened", str(entry.path))
        if self.persist:
            self.settings.save()  # recent files and the last one survive a crash too
        self._update_title()
        self._update_actions()

    def open_paths(self, paths: list[Path]) -> bool:
        """Open files into the library and show the last good one; False if any failed."""
        self._clear_file_error()
        opened = self.opener.open_paths(paths)
        self._show_opened(opened)
        return len(opened) == len(paths)

    def open_paths_later(self, paths: list[Path]) -> None:
        """As the user opens files: PDF and Word files parse in a thread, the window live."""
        if self.opener.open_later(paths):
            self._clear_file_error()  # this open's own failures come after
        else:
            self.open_paths(paths)

    def _show_opened(self, opened: list[Entry]) -> None:
        if opened:
            self.show_entry(opened[-1])  # current first: selecting it clears nothing
            self.library_panel.select_entries(opened, current=opened[-1])

    def open_names(self, names: list[str]) -> bool:
        """Open files or symbols (`60/212`) as given on the command line."""
        paths = self.opener.resolve_names(names)
        return paths is not None and self.open_paths(paths)

    def open_symbol(self, symbol: str) -> None:
        entry = self.library.by_symbol(symbol)
        if entry is None:
            self.statusBar().showMessage(f"{symbol} is not in your library", 10000)
            return
        self.library_panel.select_entries([entry], current=entry)
        self.show_entry(entry)

    def choose_files(self) -> None:
        paths = choose_files(self, self.settings)
        if paths:
            self.open_paths_later(paths)

    def add_current_to_library(self) -> None:
        entry = self.current
        if entry is None or entry.origin != "opened" or not self.opener.add_to_library(entry):
            return
        self.statusBar().showMessage(f"Added to your library as {entry.path}", 10000)
        self.settings.set("last_opened", str(entry.path))
        self._update_actions()

    def compare_selected(self) -> None:
        entries = self.library_panel.selected_entries()
        if len(entries) == 2:
            self.compareRequested.emit(*entries)

    def compare_with(self) -> None:
        """Compare the resolution being read with another one from the library."""
        if self.current is None:
            self.statusBar().showMessage("Open a resolution first, then compare it", 8000)
            return
        others = [e for e in self.library.entries if e is not self.current]
        labels = [f"{e.symbol or e.path.name} — {e.title}" for e in others]
        if not others:
            self.statusBar().showMessage("The library holds nothing else to compare with", 8000)
            return
        prompt = f"Compare {self.current.resolution.label} with:"
        first = best_candidate(self.current, others)  # the series' previous member, if any
        label, ok = QInputDialog.getItem(self, "Compare With", prompt, labels, first, False)
        if ok and label in labels:
            self.show_comparison(self.current, others[labels.index(label)])

    def show_comparison(self, a: Entry, b: Entry, keep_order: bool = False) -> None:
        self._clear_file_error()
        self.compare_page.compare(a, b, keep_order)
        self.tabs.setCurrentWidget(self.compare_page)
        self.compare_page.focus_changes()  # F7 / Alt+Down walk it at once
        self._update_title()
        self._update_actions()

    def open_compared_clause(self, side: str, clause_id: str) -> None:
        entry = self.compare_page.entry_for(side)
        if entry is not None:
            self.read_clause(entry, clause_id)

    def read_clause(self, entry: Entry, clause_id: str) -> None:
        self.library_panel.select_entries([entry], current=entry)
        self.show_entry(entry)
        self.reader.go_to_clause(clause_id)

    # -- comfort --
    def open_find(self) -> None:
        self.tabs.setCurrentWidget(self.reader)
        self.reader.find_bar.open_bar()

    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts, built afresh from the actions as they are now."""
        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def set_library_visible(self, visible: bool) -> None:
        """View › Library (Ctrl+L): hiding it gives the reading pane the room."""
        if self.commands.show_library.isChecked() != visible:
            self.commands.show_library.setChecked(visible)  # toggled: back here, in step
        elif not visible and self.library_panel.isAncestorOf(self.focusWidget()):
            self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
        self.library_panel.setVisible(visible)

    def set_zoom(self, steps: int) -> None:
        self.reader.set_zoom(steps)

    def show_error(self, text: str, kind: str = "error") -> None:
        self.messages.show_message(text, kind)
        self.statusBar().showMessage(text, 15000)

    def _open_failed(self, text: str) -> None:
        self.show_error(text)
        self._file_error = text

    def _clear_file_error(self) -> None:
        """A new open makes an earlier file's error old news (other messages stay)."""
        if self._file_error and self.messages.text() == self._file_error:
            self.messages.dismiss()
        self._file_error = ""

    def _update_title(self, *_args: object) -> None:
        """The tab shown names the title: the comparison on Compare, the resolution on Read."""
        pair = self.compare_page.entries
        if self.tabs.currentWidget() is self.compare_page and pair is not None:
            left, right = pair
            self.setWindowTitle(f"{left.resolution.label} → {right.resolution.label} — {APP_NAME}")
            return
        res = self.current.resolution if self.current else None
        parts = [res.label, res.title] if res else []
        self.setWindowTitle(" — ".join([p for p in dict.fromkeys(parts) if p] + [APP_NAME]))

    def _update_actions(self) -> None:
        if hasattr(self, "actions"):
            opened = self.current is not None and self.current.origin == "opened"
            self.commands.add_to_library.setEnabled(opened)
            self.commands.compare.setEnabled(len(self.library_panel.selected_entries()) == 2)
            comparing = (
                self.tabs.currentWidget() is self.compare_page
                and self.compare_page.entries is not None
            )
            self.commands.next_change.setEnabled(comparing)
            self.commands.previous_change.setEnabled(comparing)

    # -- events --
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.open_paths_later(paths)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.reader.follow_palette()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist:
            window_state.save(self, self)
        self.original_page.close()
        super().closeEvent(event)

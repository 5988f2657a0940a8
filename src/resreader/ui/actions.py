"""The main window's menus and shortcuts (standard key sequences wherever Qt has one)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from resreader import __version__
from resreader.store import Settings
from resreader.ui.compare_page import ComparePage
from resreader.ui.highlight_wiring import HighlightWiring
from resreader.ui.original_page_action import OriginalPageWiring
from resreader.ui.reader_panel import ReaderPanel

Key = QKeySequence.StandardKey


class MenuHost(Protocol):
    """What the menus act on: the window's parts and commands (the window is one)."""

    settings: Settings
    reader: ReaderPanel
    compare_page: ComparePage
    highlighting: HighlightWiring
    original_page: OriginalPageWiring

    def add_current_to_library(self) -> None: ...
    def choose_files(self) -> None: ...
    def compare_selected(self) -> None: ...
    def compare_with(self) -> None: ...
    def open_find(self) -> None: ...
    def open_paths_later(self, paths: list[Path]) -> None: ...
    def scan_library(self) -> None: ...
    def set_library_visible(self, visible: bool) -> None: ...
    def set_zoom(self, steps: int) -> None: ...
    def show_shortcuts(self) -> None: ...


@dataclass
class Actions:
    open: QAction
    add_to_library: QAction
    rescan: QAction
    quit: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    compare: QAction
    compare_with: QAction
    next_change: QAction
    previous_change: QAction
    show_library: QAction
    shortcuts: QAction
    recent_menu: QMenu


def _action(
    window: QWidget,
    text: str,
    slot: Callable[[], object],
    keys: list[QKeySequence | Key | str] | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


def build_menus(window: QMainWindow, host: MenuHost) -> Actions:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    edit_menu = bar.addMenu("&Edit")
    view_menu = bar.addMenu("&View")
    help_menu = bar.addMenu("&Help")
    reader = host.reader.view
    find_bar = host.reader.find_bar

    actions = Actions(
        open=_action(
            window,
            "&Open…",
            host.choose_files,
            [Key.Open],
            "Open a resolution (PDF, Word, text or Markdown)",
        ),
        add_to_library=_action(
            window,
            "&Add to Library",
            host.add_current_to_library,
            tip="Copy the opened file into your library folder",
        ),
        rescan=_action(window, "&Reload Library", host.scan_library, [Key.Refresh]),
        quit=_action(window, "&Quit", window.close, [Key.Quit]),
        find=_action(window, "&Find…", host.open_find, [Key.Find]),
        find_next=_action(window, "Find &Next", find_bar.find_next, [Key.FindNext]),
        find_previous=_action(window, "Find &Previous", find_bar.find_previous, [Key.FindPrevious]),
        zoom_in=_action(
            window, "Zoom &In", lambda: host.set_zoom(reader.zoom + 1), ["Ctrl+=", Key.ZoomIn]
        ),
        zoom_out=_action(
            window, "Zoom &Out", lambda: host.set_zoom(reader.zoom - 1), [Key.ZoomOut]
        ),
        zoom_reset=_action(window, "&Actual Size", lambda: host.set_zoom(0), ["Ctrl+0"]),
        compare=_action(
            window,
            "&Compare Selected",
            host.compare_selected,
            ["Ctrl+D"],
            "Compare the two resolutions selected in the library",
        ),
        compare_with=_action(
            window,
            "Compare &With…",
            host.compare_with,
            ["Ctrl+Shift+D"],
            "Compare the resolution being read with another one",
        ),
        # Window-wide keys, enabled only while a comparison is shown (MainWindow): they walk
        # the changes from anywhere in the Compare tab, the library list included.
        next_change=_action(
            window, "&Next Change", host.compare_page.next_change, ["F7", "Alt+Down"]
        ),
        previous_change=_action(
            window, "&Previous Change", host.compare_page.previous_change, ["Shift+F7", "Alt+Up"]
        ),
        show_library=_action(
            window, "&Library", lambda: None, ["Ctrl+L"], "Show or hide the library list"
        ),
        shortcuts=_action(
            window,
            "&Keyboard Shortcuts",
            host.show_shortcuts,
            ["Ctrl+/"],
            "List every keyboard shortcut, by menu",
        ),
        recent_menu=QMenu("Open &Recent", window),
    )
    actions.show_library.setCheckable(True)
    actions.show_library.setChecked(True)
    actions.show_library.toggled.connect(host.set_library_visible)
    for action in (
        actions.add_to_library,
        actions.compare,
        actions.next_change,
        actions.previous_change,
    ):
        action.setEnabled(False)

    file_menu.addAction(actions.open)
    file_menu.addMenu(actions.recent_menu)
    actions.recent_menu.aboutToShow.connect(lambda: fill_recent(host, actions.recent_menu))
    file_menu.addAction(actions.add_to_library)
    file_menu.addAction(actions.rescan)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    copy = _action(window, "&Copy", reader.copy, [Key.Copy])
    select_all = _action(window, "Select &All", reader.selectAll, [Key.SelectAll])
    edit_menu.addActions([copy, select_all])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.find, actions.find_next, actions.find_previous])
    edit_menu.addSeparator()
    host.highlighting.actions.fill_menu(edit_menu)

    view_menu.addAction(actions.show_library)
    view_menu.addSeparator()
    view_menu.addActions([host.reader.back_action, host.reader.forward_action])
    view_menu.addSeparator()
    view_menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset])
    view_menu.addSeparator()
    view_menu.setToolTipsVisible(True)  # a disabled Original Page says why
    view_menu.addAction(host.original_page.action)
    view_menu.addAction(host.highlighting.dock.toggleViewAction())
    compare_menu = QMenu("&Compare", window)
    bar.insertMenu(help_menu.menuAction(), compare_menu)  # Help stays last
    compare_menu.addActions([actions.compare, actions.compare_with])
    compare_menu.addSeparator()
    compare_menu.addActions([actions.next_change, actions.previous_change])
    compare_menu.addSeparator()  # the diff view's options join when it is first built
    host.compare_page.diffCreated.connect(
        lambda diff: compare_menu.addActions(list(diff.commands.options.values()))
    )

    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(_action(window, "&About resreader", lambda: show_about(window)))
    return actions


def fill_recent(host: MenuHost, menu: QMenu) -> None:
    menu.clear()
    recent = host.settings.recent_files()
    for number, path in enumerate(recent, 1):
        label = f"&{number % 10} {Path(path).name}" if number <= 10 else Path(path).name
        action = menu.addAction(label)
        action.setStatusTip(path)
        action.setEnabled(Path(path).exists())
        action.triggered.connect(lambda _checked=False, p=path: host.open_paths_later([Path(p)]))
    if recent:
        menu.addSeparator()
        menu.addAction("Clear Menu").triggered.connect(host.settings.clear_recent)
    else:
        menu.addAction("No recent files").setEnabled(False)


def show_about(window: QWidget) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "About resreader",
        f"resreader {__version__}\nA reader for United Nations resolutions.",
        parent=window,
    )
    box.open()  # non-modal to the rest of the app's flow

"""The main window's menus and shortcuts (standard key sequences wherever Qt has one)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from resreader import __version__

if TYPE_CHECKING:
    from resreader.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


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
    window: MainWindow,
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


def build_menus(window: MainWindow) -> Actions:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    edit_menu = bar.addMenu("&Edit")
    view_menu = bar.addMenu("&View")
    help_menu = bar.addMenu("&Help")
    reader = window.reader.view
    find_bar = window.reader.find_bar

    actions = Actions(
        open=_action(
            window,
            "&Open…",
            window.choose_files,
            [Key.Open],
            "Open a resolution (PDF, Word, text or Markdown)",
        ),
        add_to_library=_action(
            window,
            "&Add to Library",
            window.add_current_to_library,
            tip="Copy the opened file into your library folder",
        ),
        rescan=_action(window, "&Reload Library", window.scan_library, [Key.Refresh]),
        quit=_action(window, "&Quit", window.close, [Key.Quit]),
        find=_action(window, "&Find…", window.open_find, [Key.Find]),
        find_next=_action(window, "Find &Next", find_bar.find_next, [Key.FindNext]),
        find_previous=_action(window, "Find &Previous", find_bar.find_previous, [Key.FindPrevious]),
        zoom_in=_action(
            window, "Zoom &In", lambda: window.set_zoom(reader.zoom + 1), ["Ctrl+=", Key.ZoomIn]
        ),
        zoom_out=_action(
            window, "Zoom &Out", lambda: window.set_zoom(reader.zoom - 1), [Key.ZoomOut]
        ),
        zoom_reset=_action(window, "&Actual Size", lambda: window.set_zoom(0), ["Ctrl+0"]),
        compare=_action(
            window,
            "&Compare Selected",
            window.compare_selected,
            ["Ctrl+D"],
            "Compare the two resolutions selected in the library",
        ),
        compare_with=_action(
            window,
            "Compare &With…",
            window.compare_with,
            ["Ctrl+Shift+D"],
            "Compare the resolution being read with another one",
        ),
        # Window-wide keys, enabled only while a comparison is shown (MainWindow): they walk
        # the changes from anywhere in the Compare tab, the library list included.
        next_change=_action(
            window, "&Next Change", window.compare_page.next_change, ["F7", "Alt+Down"]
        ),
        previous_change=_action(
            window, "&Previous Change", window.compare_page.previous_change, ["Shift+F7", "Alt+Up"]
        ),
        show_library=_action(
            window, "&Library", lambda: None, ["Ctrl+L"], "Show or hide the library list"
        ),
        shortcuts=_action(
            window,
            "&Keyboard Shortcuts",
            window.show_shortcuts,
            ["Ctrl+/"],
            "List every keyboard shortcut, by menu",
        ),
        recent_menu=QMenu("Open &Recent", window),
    )
    actions.show_library.setCheckable(True)
    actions.show_library.setChecked(True)
    actions.show_library.toggled.connect(window.set_library_visible)
    for action in (
        actions.add_to_library,
        actions.compare,
        actions.next_change,
        actions.previous_change,
    ):
        action.setEnabled(False)

    file_menu.addAction(actions.open)
    file_menu.addMenu(actions.recent_menu)
    actions.recent_menu.aboutToShow.connect(lambda: fill_recent(window, actions.recent_menu))
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
    window.highlighting.actions.fill_menu(edit_menu)

    view_menu.addAction(actions.show_library)
    view_menu.addSeparator()
    view_menu.addActions([window.reader.back_action, window.reader.forward_action])
    view_menu.addSeparator()
    view_menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_reset])
    view_menu.addSeparator()
    view_menu.setToolTipsVisible(True)  # a disabled Original Page says why
    view_menu.addAction(window.original_page.action)
    view_menu.addAction(window.highlighting.dock.toggleViewAction())
    compare_menu = QMenu("&Compare", window)
    bar.insertMenu(help_menu.menuAction(), compare_menu)  # Help stays last
    compare_menu.addActions([actions.compare, actions.compare_with])
    compare_menu.addSeparator()
    compare_menu.addActions([actions.next_change, actions.previous_change])
    compare_menu.addSeparator()  # the diff view's options join when it is first built
    window.compare_page.diffCreated.connect(
        lambda diff: compare_menu.addActions(list(diff.commands.options.values()))
    )

    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(_action(window, "&About resreader", lambda: show_about(window)))
    return actions


def fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    recent = window.settings.recent_files()
    for number, path in enumerate(recent, 1):
        label = f"&{number % 10} {Path(path).name}" if number <= 10 else Path(path).name
        action = menu.addAction(label)
        action.setStatusTip(path)
        action.setEnabled(Path(path).exists())
        action.triggered.connect(lambda _checked=False, p=path: window.open_paths_later([Path(p)]))
    if recent:
        menu.addSeparator()
        menu.addAction("Clear Menu").triggered.connect(window.settings.clear_recent)
    else:
        menu.addAction("No recent files").setEnabled(False)


def show_about(window: MainWindow) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "About resreader",
        f"resreader {__version__}\nA reader for United Nations resolutions.",
        parent=window,
    )
    box.open()  # non-modal to the rest of the app's flow

"""Walking a comparison with the keyboard the moment it opens, as a user would: real key
events sent to the focused widget of a shown, active window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from resreader.ui.app import build_window
from resreader.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _show(qtbot, win: MainWindow) -> MainWindow:
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _ready(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(win.compare_page.is_ready, timeout=10_000)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _row(win: MainWindow) -> int:
    return win.compare_page.diff.table.currentIndex().row()


def _changes(win: MainWindow) -> list[int]:
    cmp = win.compare_page.diff.comparison()
    assert cmp is not None
    return cmp.change_rows()


@pytest.fixture
def compared(qtbot) -> MainWindow:
    """`resreader compare 60/212 62/209`, shown."""
    win, ok = build_window("compare", ["60/212", "62/209"], persist=False)
    assert ok
    _show(qtbot, win)
    _ready(qtbot, win)
    return win


def test_f7_walks_the_changes_of_a_comparison_opened_from_the_command_line(
    compared: MainWindow, qtbot
) -> None:
    assert _focused() is compared.compare_page.diff.table
    changes = _changes(compared)
    qtbot.keyClick(_focused(), Qt.Key.Key_F7)
    qtbot.keyClick(_focused(), Qt.Key.Key_F7)
    assert _row(compared) == changes[1]
    qtbot.keyClick(_focused(), Qt.Key.Key_F7, SHIFT)
    assert _row(compared) == changes[0]


def test_ctrl_d_from_the_library_puts_focus_on_the_changes(qtbot) -> None:
    win, _ = build_window("library", [], persist=False)
    _show(qtbot, win)
    entries = [win.library.by_symbol("60/212"), win.library.by_symbol("62/209")]
    win.library_panel.select_entries(entries, current=entries[1])
    win.library_panel.view.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    _ready(qtbot, win)
    assert win.tabs.currentWidget() is win.compare_page
    assert _focused() is win.compare_page.diff.table
    qtbot.keyClick(_focused(), Qt.Key.Key_Down, ALT)
    assert _row(win) == _changes(win)[0]


def test_alt_down_in_the_library_walks_the_changes_and_stays_in_compare(
    compared: MainWindow, qtbot
) -> None:
    compared.library_panel.view.setFocus()
    assert _focused() is compared.library_panel.view
    changes = _changes(compared)
    for _ in range(len(changes) + 2):  # past the last change too
        qtbot.keyClick(_focused(), Qt.Key.Key_Down, ALT)
    assert compared.tabs.currentWidget() is compared.compare_page
    assert _row(compared) == changes[-1]
    qtbot.keyClick(_focused(), Qt.Key.Key_Up, ALT)
    assert _row(compared) == changes[-2]
    assert compared.current is None or compared.current.symbol != "A/RES/68/230"


def test_f7_works_wherever_focus_is_in_the_compare_tab(compared: MainWindow, qtbot) -> None:
    compared.tabs.tabBar().setFocus()  # the Compare tab's own tab, say
    qtbot.keyClick(_focused(), Qt.Key.Key_F7)
    assert _row(compared) == _changes(compared)[0]
    assert compared.tabs.currentWidget() is compared.compare_page


def test_f7_in_the_reader_never_walks_the_hidden_comparison(compared: MainWindow, qtbot) -> None:
    compared.tabs.setCurrentWidget(compared.reader)
    compared.reader.view.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_F7)
    assert _row(compared) == -1
    assert not compared.commands.next_change.isEnabled()


def _menu(win: MainWindow, title: str) -> QMenu:
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == title)
    assert isinstance(menu, QMenu)
    return menu


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_next_and_previous_change_are_in_the_compare_menu(qtbot) -> None:
    win, _ = build_window("library", [], persist=False)
    _show(qtbot, win)
    compare = _menu(win, "&Compare")
    by_text = {a.text().replace("&", ""): a for a in compare.actions()}
    following, previous = by_text["Next Change"], by_text["Previous Change"]
    assert following.shortcut().toString() == "F7"
    assert previous.shortcut().toString() == "Shift+F7"
    assert not following.isEnabled() and not previous.isEnabled()  # nothing compared yet
    win.show_comparison(win.library.by_symbol("60/212"), win.library.by_symbol("62/209"))
    _ready(qtbot, win)
    assert following.isEnabled() and previous.isEnabled()
    following.trigger()
    assert _row(win) == _changes(win)[0]
    view = _texts(_menu(win, "&View"))
    assert not {"&Compare Selected", "Compare &With…"} & set(view)
    assert {"&Compare Selected", "Compare &With…"} <= set(_texts(compare))

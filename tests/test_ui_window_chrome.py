"""The window's chrome: its title per tab, Compare With…'s first choice, the keyboard
shortcut list, and a library whose titles read and which can be put away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog

from resreader.ui.app import build_window
from resreader.ui.main_window import MainWindow
from resreader.ui.shortcuts_dialog import ShortcutsDialog

NATIVE = QKeySequence.SequenceFormat.NativeText

READ_62_209 = "A/RES/62/209 — South-South cooperation — resreader"


def _show(qtbot, win: MainWindow) -> MainWindow:
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # keys reach window shortcuts only in the active window
    qtbot.waitUntil(win.isActiveWindow)
    return win


@pytest.fixture
def window(qtbot) -> MainWindow:
    win, ok = build_window("library", [], persist=False)
    assert ok
    return _show(qtbot, win)


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key as the user types it: to the focused widget."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def _entry(win: MainWindow, symbol: str):
    entry = win.library.by_symbol(symbol)
    assert entry is not None
    return entry


def test_the_title_follows_the_tab_shown(window: MainWindow, qtbot) -> None:
    window.show_entry(_entry(window, "62/209"))
    assert window.windowTitle() == READ_62_209
    window.tabs.setCurrentWidget(window.compare_page)  # no comparison yet: still the reading
    assert window.windowTitle() == READ_62_209
    window.show_comparison(_entry(window, "62/209"), _entry(window, "60/212"))
    qtbot.waitUntil(window.compare_page.is_ready, timeout=10_000)
    compare_title = "A/RES/60/212 → A/RES/62/209 — resreader"
    assert window.windowTitle() == compare_title
    window.tabs.setCurrentWidget(window.reader)
    assert window.windowTitle() == READ_62_209
    window.tabs.setCurrentWidget(window.compare_page)
    assert window.windowTitle() == compare_title


def _offered_first(window: MainWindow, monkeypatch, symbol: str) -> str:
    """Open `symbol`, run Compare With… and read the item the dialog would preselect."""
    seen: dict[str, object] = {}

    def fake_get_item(_parent, _title, _label, items, current=0, _editable=True):
        seen["items"], seen["current"] = items, current
        return "", False  # the user cancels: nothing else happens

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(fake_get_item))
    window.show_entry(_entry(window, symbol))
    window.commands.compare_with.trigger()
    items = seen["items"]
    assert isinstance(items, list) and isinstance(seen["current"], int)
    assert not any(item.startswith(window.current.symbol + " ") for item in items)
    return items[seen["current"]].split(" — ")[0]


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("62/209", "A/RES/60/212"),  # same title, the one before
        ("68/230", "A/RES/62/209"),  # same title: the latest before, not the first
        ("60/212", "A/RES/58/220"),  # renamed series: "Recalling its resolution 58/220"
        ("58/220", "A/C.2/54/L.5"),  # same title, undated but of an earlier session
    ],
)
def test_compare_with_offers_the_previous_member_of_the_series(
    window: MainWindow, monkeypatch, symbol: str, expected: str
) -> None:
    assert _offered_first(window, monkeypatch, symbol) == expected
    assert window.tabs.currentWidget() is window.reader  # cancelled: no comparison


def _dialog(window: MainWindow) -> ShortcutsDialog:
    dialog = window.findChild(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    return dialog


def _listed(dialog: ShortcutsDialog) -> dict[str, dict[str, str]]:
    tree = dialog.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {
        g.text(0): {g.child(r).text(0): g.child(r).text(1) for r in range(g.childCount())}
        for g in groups
    }


def test_help_lists_every_shortcut_by_menu(window: MainWindow, qtbot) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    item = next(a for a in help_menu.actions() if a.text() == "&Keyboard Shortcuts")
    item.trigger()
    listed = _listed(_dialog(window))
    assert list(listed)[:4] == ["File", "Edit", "View", "Compare"]
    assert listed["Edit"]["Find Next"] == QKeySequence(QKeySequence.StandardKey.FindNext).toString(
        NATIVE
    )
    assert listed["Compare"]["Next Change"] == "F7, Alt+Down"
    assert listed["View"]["Library"] == "Ctrl+L"
    shown = {(text, keys) for rows in listed.values() for text, keys in rows.items()}
    for action in window.findChildren(QAction):  # every action with a shortcut, none left out
        keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty())
        if keys and action.text():
            assert (action.text().replace("&", ""), keys) in shown


def test_the_shortcut_list_follows_the_actions(window: MainWindow, qtbot) -> None:
    window.commands.compare.setShortcut(QKeySequence("Ctrl+Alt+K"))  # rebound: not stale
    window.library_panel.view.setFocus()
    _press(qtbot, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window)
    assert _listed(dialog)["Compare"]["Compare Selected"] == "Ctrl+Alt+K"


def _title_cells(window: MainWindow):
    proxy = window.library_panel.proxy
    return [proxy.index(r, 1) for r in range(proxy.rowCount())]


def test_library_titles_are_readable_at_1024_by_700(window: MainWindow, qtbot) -> None:
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.show_entry(_entry(window, "62/209"))
    view = window.library_panel.view
    assert window.library_panel.width() <= 260 and window.reader.view.width() >= 480
    width = view.columnWidth(1)
    assert width >= max(view.columnWidth(0), view.columnWidth(2)) * 0.8  # not starved
    metrics = view.fontMetrics()
    for cell in _title_cells(window):
        title = cell.data()
        needed = metrics.boundingRect(
            QRect(0, 0, width - 8, 10_000), Qt.TextFlag.TextWordWrap, title
        ).height()
        assert view.visualRect(cell).height() >= needed  # wrapped, whole: no "South-South co…"
        assert title in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_ctrl_l_hides_and_shows_the_library_and_it_is_remembered(qtbot) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    first = _show(qtbot, build_window("library", [])[0])
    first.library_panel.view.setFocus()
    _press(qtbot, Qt.Key.Key_L, ctrl)
    assert not first.library_panel.isVisible() and not first.commands.show_library.isChecked()
    assert not first.library_panel.isAncestorOf(QApplication.focusWidget())  # focus moved on
    _press(qtbot, Qt.Key.Key_L, ctrl)
    assert first.library_panel.isVisible()
    _press(qtbot, Qt.Key.Key_L, ctrl)
    first.close()

    again, _ = build_window("library", [])
    qtbot.addWidget(again)
    again.show()
    assert not again.library_panel.isVisible() and not again.commands.show_library.isChecked()
    again.commands.show_library.trigger()
    assert again.library_panel.isVisible()


def test_a_first_start_fits_the_window_on_a_small_screen(qtbot) -> None:
    # the default 1280x800 ran past a 1024-wide screen's edge; offscreen's screen is smaller
    from resreader.ui.app import build_window

    win, ok = build_window("library", [], persist=False)
    qtbot.addWidget(win)
    room = win.screen().availableGeometry()
    assert win.width() <= room.width() and win.height() <= room.height()

"""The window's chrome: its title per tab, Compare With…'s first choice, the keyboard
shortcut list, and a library whose titles read and which can be put away."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from resreader.ui.app import build_window
from resreader.ui.main_window import MainWindow

READ_62_209 = "A/RES/62/209 — South-South cooperation — resreader"


@pytest.fixture
def window(qtbot) -> MainWindow:
    win, ok = build_window("library", [], persist=False)
    assert ok
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


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
    window.actions.compare_with.trigger()
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

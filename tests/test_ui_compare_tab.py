"""The Compare tab inside the main window: opened from the command line, from the library
selection (Ctrl+D), and a double-clicked clause opens in the reader."""

from __future__ import annotations

from resreader.ui.app import build_window
from resreader.ui.clause_model import ClauseIdRole
from resreader.ui.main_window import MainWindow


def _wait_for_comparison(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(win.compare_page.is_ready, timeout=10_000)


def test_compare_mode_shows_the_comparison_in_the_given_order(qtbot) -> None:
    win, ok = build_window("compare", ["62/209", "60/212"], persist=False)
    qtbot.addWidget(win)
    assert ok
    _wait_for_comparison(qtbot, win)
    assert win.tabs.currentWidget() is win.compare_page
    cmp = win.compare_page.diff.comparison()
    assert (cmp.a.symbol, cmp.b.symbol) == ("A/RES/62/209", "A/RES/60/212")
    assert win.windowTitle() == "A/RES/62/209 → A/RES/60/212 — resreader"


def test_ctrl_d_compares_the_selection_older_first(qtbot) -> None:
    win, ok = build_window("library", [], persist=False)
    qtbot.addWidget(win)
    entries = [win.library.by_symbol("62/209"), win.library.by_symbol("58/220")]
    win.library_panel.select_entries(entries, current=entries[0])
    assert win.actions.compare.isEnabled()
    win.actions.compare.trigger()
    _wait_for_comparison(qtbot, win)
    cmp = win.compare_page.diff.comparison()
    assert (cmp.a.symbol, cmp.b.symbol) == ("A/RES/58/220", "A/RES/62/209")
    assert sum(cmp.summary.values()) == len(cmp.pairs) > 0


def test_a_compared_clause_opens_in_the_reader(qtbot) -> None:
    win, _ = build_window("compare", ["60/212", "62/209"], persist=False)
    qtbot.addWidget(win)
    _wait_for_comparison(qtbot, win)
    win.compare_page.diff.clauseOpenRequested.emit("b", "op12")
    assert win.tabs.currentWidget() is win.reader
    assert win.current is not None and win.current.symbol == "A/RES/62/209"
    assert win.reader.tree.currentIndex().data(ClauseIdRole) == "op12"

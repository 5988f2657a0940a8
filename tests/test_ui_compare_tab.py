"""The Compare tab inside the main window: opened from the command line, from the library
selection (Ctrl+D), and a double-clicked clause opens in the reader."""

from __future__ import annotations

import subprocess
import sys

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
    assert win.commands.compare.isEnabled()
    win.commands.compare.trigger()
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


def test_the_diff_view_is_built_on_the_first_comparison(qtbot) -> None:
    win, _ = build_window("library", [], persist=False)
    qtbot.addWidget(win)
    assert not win.compare_page.has_diff
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Compare")
    assert "Ignore case" not in [a.text() for a in menu.actions()]
    win.show_comparison(win.library.by_symbol("60/212"), win.library.by_symbol("62/209"))
    _wait_for_comparison(qtbot, win)
    assert win.compare_page.has_diff
    assert "Ignore case" in [a.text() for a in menu.actions()]  # the options join then


def test_the_window_starts_without_loading_the_comparison() -> None:
    code = (
        "import sys\nfrom resreader.ui.app import application, build_window\n"
        "application()\nwin, ok = build_window('library', [], persist=False)\n"
        "print(sorted(m for m in sys.modules if 'diff' in m or 'compare.' in m))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"

"""Highlights through the whole window (issue 5's "Done when"): highlight clauses in the
reader and the diff view, copy them with Ctrl+Shift+C, find them again after a restart;
the clause tree, the diff cells and the overview show them; a bad database never stops
the app. pytest-qt, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QClipboard, QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from resreader.highlights import PALETTE, HighlightStore, default_path
from resreader.library import load, resolve
from resreader.ui.clause_model import ClauseIdRole, HighlightRole, NoteRole
from resreader.ui.diff_model import A, B, DiffModel
from resreader.ui.highlight_actions import NOTHING_HIGHLIGHTED
from resreader.ui.highlight_marks import BARS
from resreader.ui.highlight_reader import text_menu, tree_menu
from resreader.ui.highlights_model import ClauseIdRole as PanelClauseIdRole
from resreader.ui.main_window import MainWindow
from ui_helpers import active_window

CTRL, CTRL_SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
)
OP12 = "(A/RES/62/209, para. 12)"
PP6 = "(A/RES/62/209, sixth preambular paragraph)"
OP3 = "(A/RES/62/209, para. 3)"


@pytest.fixture(autouse=True)
def board(qapp: QApplication) -> Iterator[QClipboard]:
    clipboard = qapp.clipboard()
    clipboard.clear()
    yield clipboard
    clipboard.clear()  # offscreen Qt segfaults at exit while it holds Python-made data


def open_window(qtbot, mode: str = "open", names: tuple[str, ...] = ("62/209",)) -> MainWindow:
    return active_window(qtbot, mode, names)


def clipboard_formats(board: QClipboard) -> tuple[str, str, str]:
    data = board.mimeData()
    assert {"text/html", "text/markdown", "text/plain"} <= set(data.formats())
    return data.html(), bytes(data.data("text/markdown")).decode("utf-8"), data.text()


def colour_action(menu: QMenu, label: str) -> QAction:
    """The colour entry of a context menu's "Highlight" submenu."""
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None)
    return next(a for a in sub.actions() if a.text() == label)


def menu_action(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def tree_point(win: MainWindow, clause_id: str) -> QPoint:
    tree = win.reader.tree
    index = win.reader.model.index_for(clause_id)
    tree.scrollTo(index)
    return tree.visualRect(index).center()


def close_menu(qtbot, win: MainWindow, menu: QMenu) -> None:
    menu.close()
    with qtbot.waitActive(win):  # the popup had the keyboard
        win.activateWindow()


def compare(qtbot, win: MainWindow) -> None:
    older, newer = win.library.by_symbol("60/212"), win.library.by_symbol("62/209")
    win.show_comparison(older, newer)
    qtbot.waitUntil(win.compare_page.is_ready, timeout=10_000)


def diff_point(win: MainWindow, side: str, clause_id: str) -> QPoint:
    """The middle of the first line of a clause's cell in the diff table."""
    diff = win.compare_page.diff
    row = diff.comparison().row_of(side, clause_id)
    diff.select_row(row)
    rect = diff.table.visualRect(diff.model.index(row, A if side == "a" else B))
    return QPoint(rect.center().x(), rect.top() + 12)


def test_three_clauses_from_reader_and_diff_copy_with_citations_and_survive_a_restart(
    qtbot, board: QClipboard
) -> None:
    win = open_window(qtbot)
    reader = win.reader
    # 1. the reader: the caret's clause, Ctrl+H
    reader.go_to_clause("op12")
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_H, CTRL)
    # 2. the clause tree's context menu, in green
    colour_action(
        tree_menu(reader, win.highlighting.actions, tree_point(win, "pp6")), "Teal"
    ).trigger()
    # 3. the diff view: the context menu on B's paragraph 3, in blue
    compare(qtbot, win)
    diff = win.compare_page.diff
    menu = win.highlighting.diff.menu_at(diff_point(win, "b", "op3"))
    colour_action(menu, "Blue").trigger()

    store = win.highlighting.store
    assert {cid: h.colour for cid, h in store.for_resolution("A/RES/62/209").items()} == {
        "pp6": "teal",
        "op3": "blue",
        "op12": "yellow",
    }
    # Ctrl+Shift+C in the diff view copies both sides' highlights (here only B has any)
    diff.table.setFocus()
    qtbot.keyClick(diff.table, Qt.Key.Key_C, CTRL_SHIFT)
    html, markdown, text = clipboard_formats(board)
    for content in (html, markdown, text):
        assert content.index(PP6) < content.index(OP3) < content.index(OP12)
    assert "<i" in html and "Taking note" in html  # the lead typeset in italics
    assert "*Taking note*" in markdown
    assert "Taking note of the initiatives" in text and "<" not in text
    assert win.statusBar().currentMessage() == "Copied 3 highlighted clauses from A/RES/62/209"

    win.close()  # a restart: a new window over the same files
    again = open_window(qtbot, "library", ())
    assert again.current is not None and again.current.symbol == "A/RES/62/209"
    model = again.reader.model
    assert [model.index_for(c).data(HighlightRole) for c in ("pp6", "op3", "op12", "op1")] == [
        "teal",
        "blue",
        "yellow",
        "",
    ]
    assert again.reader.highlights["op12"] == PALETTE["yellow"].light  # typeset in the text
    assert again.highlighting.actions.copy_highlighted.isEnabled()


def test_the_tree_shows_colour_bar_and_note(qtbot) -> None:
    win = open_window(qtbot)
    actions = win.highlighting.actions
    actions._ask_note = lambda _parent, _old: "keep <b>this</b> & that"  # no modal dialog
    menu = tree_menu(win.reader, actions, tree_point(win, "op5"))
    menu_action(menu, "Add Note…").trigger()
    index = win.reader.model.index_for("op5")
    assert index.data(HighlightRole) == "yellow" and index.data(NoteRole).startswith("keep")
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "keep &lt;b&gt;this&lt;/b&gt; &amp; that" in tip and "Highlights the fact" in tip
    assert win.reader.view.notes == {"op5": "keep <b>this</b> & that"}
    win.reader.go_to_clause("op1")  # op5's row unselected: its own colours show
    image = win.reader.tree.viewport().grab().toImage()
    rect = win.reader.tree.visualRect(index)
    assert image.pixelColor(rect.left() + 1, rect.center().y()) == QColor(BARS["yellow"])
    behind = image.pixelColor(rect.right() - 30, rect.bottom() - 1)
    assert behind == QColor(PALETTE["yellow"].light)


def test_highlighting_keeps_the_caret_the_selection_and_the_place(qtbot) -> None:
    win = open_window(qtbot)
    reader = win.reader
    reader.go_to_clause("op9")
    caret = reader.view.textCursor().position()
    top = reader.view.verticalScrollBar().value()
    win.highlighting.actions.highlight.trigger()
    assert reader.view.textCursor().position() == caret
    assert reader.view.verticalScrollBar().value() == top
    assert reader.tree.currentIndex().data(ClauseIdRole) == "op9"
    assert "op9" in reader.highlights


def test_the_text_menu_works_on_the_clause_under_the_pointer_or_the_selection(qtbot) -> None:
    win = open_window(qtbot)
    reader, actions = win.reader, win.highlighting.actions
    start, _end = reader.view.index.range_of("op2")
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(start + 5)
    reader.view.setTextCursor(cursor)
    reader.view.ensureCursorVisible()
    point = reader.view.cursorRect(cursor).center()
    colour_action(text_menu(reader, actions, point), "Pink").trigger()
    assert list(win.highlighting.store.for_resolution("A/RES/62/209")) == ["op2"]
    # a selection from op3 into op4: both clauses
    cursor.setPosition(reader.view.index.range_of("op3")[0] + 3)
    cursor.setPosition(reader.view.index.range_of("op4")[0] + 3, QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    inside = QTextCursor(reader.view.document())
    inside.setPosition(reader.view.index.range_of("op3")[0] + 20)
    menu = text_menu(reader, actions, reader.view.cursorRect(inside).center())
    assert menu_action(menu, "Copy Text").isEnabled()
    menu_action(menu, "Copy Clauses with Citations").trigger()
    text = QApplication.clipboard().mimeData().text()
    assert "(A/RES/62/209, para. 3)" in text and "(A/RES/62/209, para. 4)" in text
    assert "para. 2)" not in text  # copying does not need a highlight, and takes only these


def test_the_diff_shows_highlights_in_cells_and_overview_and_copies_a_redline(
    qtbot, board: QClipboard
) -> None:
    win = open_window(qtbot)
    store = win.highlighting.store
    store.add(load(resolve("60/212")), "op1", "orange")  # made elsewhere, before comparing
    compare(qtbot, win)
    copy = win.highlighting.actions.copy_highlighted
    assert copy.isEnabled() and "of A/RES/60/212" in copy.statusTip()  # A: the pane in front
    diff = win.compare_page.diff
    cmp = diff.comparison()
    row_a = cmp.row_of("a", "op1")
    cell = diff.model.index(row_a, A)
    assert cell.data(DiffModel.BarsRole)[0] == BARS["orange"]
    assert "background-color:#" in cell.data(DiffModel.HtmlRole)
    assert diff.overview.highlights() == ({row_a: BARS["orange"]}, {})
    # the pair is changed (fourteenth → fifteenth): its menu offers a redline
    menu = win.highlighting.diff.menu_at(diff_point(win, "b", "op1"))
    menu_action(menu, "Copy as Redline").trigger()
    data = board.mimeData()
    assert "<s " in data.html() and "<u " in data.html()
    assert "[-fourteenth-]" in data.text() and "{+fifteenth+}" in data.text()
    assert (
        win.statusBar().currentMessage()
        == "Copied the redline of A/RES/60/212 op1 → A/RES/62/209 op1"
    )
    # highlighting B's clause from the menu marks the B side only
    colour_action(menu, "Teal").trigger()
    row_b = cmp.row_of("b", "op1")
    assert diff.overview.highlights()[1] == {row_b: BARS["teal"]}
    assert diff.model.index(row_b, B).data(DiffModel.BarsRole)[0] == BARS["teal"]
    # the focused pane decides: A's cell current → A's resolution
    diff.table.setCurrentIndex(cell)
    target = win.highlighting.current()
    assert target is not None and target[0].symbol == "A/RES/60/212" and target[1] == ["op1"]


def test_copy_highlighted_is_disabled_and_says_why_with_nothing_highlighted(
    qtbot, board: QClipboard
) -> None:
    win = open_window(qtbot)
    copy = win.highlighting.actions.copy_highlighted
    assert copy in win.menuBar().actions()[1].menu().actions()  # in the Edit menu
    assert not copy.isEnabled() and copy.statusTip() == NOTHING_HIGHLIGHTED
    win.reader.view.setFocus()
    qtbot.keyClick(win.reader.view, Qt.Key.Key_C, CTRL_SHIFT)
    assert board.mimeData() is None or not board.mimeData().formats()  # nothing copied
    win.reader.go_to_clause("op1")
    win.highlighting.actions.highlight.trigger()
    assert copy.isEnabled() and "1 highlighted clause" in copy.statusTip()


def test_the_panel_opens_a_highlight_of_another_resolution_in_the_reader(qtbot) -> None:
    HighlightStore().add(load(resolve("60/212")), "op3", "orange")
    win = open_window(qtbot)
    panel = win.highlighting.panel
    assert win.highlighting.dock.isVisible()  # shown by default when there are highlights
    view = panel.view
    group = panel.model.index(0, 0)
    row = panel.model.index(0, 0, group)
    assert row.data(PanelClauseIdRole) == "op3"
    where = view.visualRect(row).center()
    # Qt opens on a double-click only where the button went down: press, then double.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert win.current is not None and win.current.symbol == "A/RES/60/212"
    assert win.reader.tree.currentIndex().data(ClauseIdRole) == "op3"


def test_the_dock_is_toggled_from_the_view_menu_and_remembered(qtbot) -> None:
    win = open_window(qtbot)
    toggle = win.highlighting.dock.toggleViewAction()
    view_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    assert toggle in view_menu.actions()
    assert not win.highlighting.dock.isVisible()  # nothing highlighted yet: out of the way
    toggle.trigger()
    assert win.highlighting.dock.isVisible()
    win.close()
    again = open_window(qtbot, "library", ())
    assert again.highlighting.dock.isVisible()


def test_a_corrupt_database_is_moved_aside_and_the_app_starts(qtbot) -> None:
    path = default_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    win = open_window(qtbot)
    assert win.messages.isVisible() and win.messages.kind == "warning"
    assert "moved aside" in win.messages.text()
    assert list(path.parent.glob("highlights.sqlite3.corrupt-*"))
    win.reader.go_to_clause("op1")
    win.highlighting.actions.highlight.trigger()  # the fresh database works
    assert list(HighlightStore().for_resolution("A/RES/62/209")) == ["op1"]


def test_right_clicks_open_the_menus_and_keys_work_in_the_diff(qtbot) -> None:
    win = open_window(qtbot)
    reader = win.reader
    for widget, point in (
        (reader.tree, tree_point(win, "op2")),
        (reader.view, reader.view.cursorRect().center()),
    ):
        widget.customContextMenuRequested.emit(point)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        assert [a.text() for a in menu.actions()][:3] == [
            "&Highlight",
            "Add &Note…",
            "&Remove Highlight",
        ]
        close_menu(qtbot, win, menu)
    compare(qtbot, win)
    diff = win.compare_page.diff
    point = diff_point(win, "b", "op2")
    diff.table.customContextMenuRequested.emit(point)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and "Copy as &Redline" not in [
        a.text() for a in menu.actions()
    ]  # op2 is the same in both: nothing to redline
    close_menu(qtbot, win, menu)
    # a click on B's cell, then the window's Ctrl+H: B's clause, in the last colour used
    qtbot.mouseClick(diff.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(diff.table, Qt.Key.Key_H, CTRL)
    assert list(win.highlighting.store.for_resolution("A/RES/62/209")) == ["op2"]
    assert not win.highlighting.store.for_resolution("A/RES/60/212")


def test_a_highlight_in_a_file_outside_the_library_opens_from_that_file(qtbot, tmp_path) -> None:
    draft = tmp_path / "draft.txt"  # no symbol: kept under a hash of its text
    draft.write_text(
        "Draft on cooperation\n\nThe General Assembly,\n\nRecalling its earlier "
        "resolutions,\n\n1. Decides to keep the item;\n\n2. Requests a report;\n"
    )
    first = open_window(qtbot, "open", (str(draft),))
    first.reader.go_to_clause("op2")
    first.highlighting.actions.highlight.trigger()
    key = next(iter(first.highlighting.store.all())).key
    assert key.startswith("sha256:")
    first.close()
    again = open_window(qtbot)  # reading 62/209; the draft is not in the library
    again.highlighting.open_clause(key, "op2")
    assert again.current is not None and again.current.path == draft
    assert again.reader.tree.currentIndex().data(ClauseIdRole) == "op2"
    assert again.reader.model.index_for("op2").data(HighlightRole) == "yellow"


def test_ctrl_h_highlights_every_selected_row_of_the_tree_and_removes_them(qtbot) -> None:
    win = open_window(qtbot)
    tree, model = win.reader.tree, win.reader.model
    win.reader.go_to_clause("op7")
    tree.setFocus()
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, CTRL, tree_point(win, "op9")
    )  # Ctrl+click adds a row to the selection
    qtbot.keyClick(tree, Qt.Key.Key_H, CTRL)
    store = win.highlighting.store
    assert list(store.for_resolution("A/RES/62/209")) == ["op7", "op9"]
    assert model.index_for("op8").data(HighlightRole) == ""
    win.highlighting.actions.remove.trigger()
    assert not store.for_resolution("A/RES/62/209")
    assert model.index_for("op7").data(HighlightRole) == ""
    assert not win.highlighting.actions.remove.isEnabled()


def test_the_clause_model_with_highlights_passes_the_model_tester(qtmodeltester) -> None:
    from resreader.ui.clause_model import ClauseModel
    from resreader.ui.highlight_marks import Mark

    model = ClauseModel()
    model.set_resolution(load(resolve("62/209")), {"op3": Mark("green", "a <note>")})
    qtmodeltester.check(model, force_py=True)
    changed: list[str] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.data(ClauseIdRole)))
    model.set_highlights({"op4": Mark("pink")})
    assert sorted(changed) == ["op3", "op4"]  # only the rows whose look changed
    assert model.index_for("op3").data(Qt.ItemDataRole.ToolTipRole).startswith("<p>Stresses")


def test_ctrl_shift_c_in_compare_copies_both_sides_highlights_and_says_so(
    qtbot, board: QClipboard
) -> None:
    win = open_window(qtbot)
    store = win.highlighting.store
    older = load(resolve("60/212"))
    for cid in ("op1", "op2"):
        store.add(older, cid, "orange")
    compare(qtbot, win)
    newer = win.compare_page.diff.comparison().b
    for cid in ("pp6", "op3", "op12"):
        store.add(newer, cid, "blue")
    win.highlighting.on_changed(store.get(newer, "op3").key)
    copy = win.highlighting.actions.copy_highlighted
    assert (
        copy.statusTip()
        == "Copy the 5 highlighted clauses of A/RES/60/212 and A/RES/62/209 with citations"
    )
    diff = win.compare_page.diff
    diff.table.setCurrentIndex(diff.model.index(diff.comparison().row_of("b", "op3"), B))
    diff.table.setFocus()  # B's pane in front: A's highlights are copied all the same
    qtbot.keyClick(diff.table, Qt.Key.Key_C, CTRL_SHIFT)
    html, markdown, text = clipboard_formats(board)
    for content in (html, markdown, text):
        assert (
            content.index("(A/RES/60/212, para. 1)")
            < content.index("(A/RES/60/212, para. 2)")
            < content.index(PP6)
            < content.index(OP3)
            < content.index(OP12)
        )
    assert (
        win.statusBar().currentMessage()
        == "Copied 5 highlighted clauses from A/RES/60/212 and A/RES/62/209"
    )

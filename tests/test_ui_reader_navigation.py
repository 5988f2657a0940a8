"""The Read tab as a user walks it: links described and followed, Back/Forward, footnote
markers, one current clause, and find stepping to the middle of the pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from resreader.library import load
from resreader.model import Resolution
from resreader.ui.clause_model import ClauseIdRole
from resreader.ui.reader_panel import ReaderPanel
from ui_helpers import shown_panel

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FILES = {"A/RES/62/209": "A-RES-62-209.txt", "A/RES/60/212": "A-RES-60-212.txt"}


@pytest.fixture
def panel(qtbot) -> ReaderPanel:
    return shown_panel(qtbot)


def open_with_links(panel: ReaderPanel) -> Resolution:
    """62/209, with 60/212 in the library; a followed link opens it, as the window does."""
    loaded = {symbol: load(SEEDS / name) for symbol, name in FILES.items()}
    panel.set_library({s: r.title for s, r in loaded.items()})
    panel.view.resolutionLinkClicked.connect(lambda s: panel.show_resolution(loaded[s]))
    panel.show_resolution(loaded["A/RES/62/209"])
    return loaded["A/RES/62/209"]


def link_point(panel: ReaderPanel, href: str) -> QPoint:
    """Scroll the first link to `href` into view; its first letter, in viewport pixels."""
    doc = panel.view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                panel.view.setTextCursor(cursor)
                panel.view.ensureCursorVisible()
                rect = panel.view.cursorRect(cursor)
                return QPoint(rect.left() + 3, rect.center().y())
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def click(qtbot, panel: ReaderPanel, point: QPoint) -> None:
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_citation_link_is_described_in_words(panel: ReaderPanel, qtbot) -> None:
    open_with_links(panel)
    point = link_point(panel, "res:A/RES/60/212")
    with qtbot.waitSignal(panel.statusMessage) as status:
        qtbot.mouseMove(panel.view.viewport(), point)
    title = load(SEEDS / FILES["A/RES/60/212"]).title
    assert status.args == [f"A/RES/60/212 — {title} (in your library)"]
    assert "res:" not in status.args[0]


def test_back_and_forward_walk_the_followed_links(panel: ReaderPanel, qtbot) -> None:
    first = open_with_links(panel)
    assert not panel.back_action.isEnabled()
    point = link_point(panel, "res:A/RES/60/212")
    caret = panel.view.textCursor().position()  # where the link is: Back returns here
    click(qtbot, panel, point)
    assert panel.resolution.symbol == "A/RES/60/212"
    assert panel.back_action.isEnabled() and not panel.forward_action.isEnabled()
    panel.find_bar.open_bar()  # Backspace while typing a search is no way back
    qtbot.keyClicks(panel.find_bar.edit, "ab")
    qtbot.keyClick(panel.find_bar.edit, Qt.Key.Key_Backspace)
    assert panel.resolution.symbol == "A/RES/60/212" and panel.find_bar.edit.text() == "a"
    panel.find_bar.close_bar()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.resolution is first
    back_at = panel.view.textCursor()
    assert back_at.charFormat().anchorHref() == "res:A/RES/60/212"  # on the link followed
    assert back_at.position() >= caret  # where the click put the caret, in that link
    assert panel.view.verticalScrollBar().value() > 0  # the place, not the top
    assert panel.forward_action.isEnabled()
    qtbot.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert panel.resolution.symbol == "A/RES/60/212"
    assert not panel.forward_action.isEnabled()


def test_a_footnote_marker_goes_to_its_note_and_back_returns(panel: ReaderPanel, qtbot) -> None:
    res = open_with_links(panel)
    num = (
        res.operative[0].footnotes[0]
        if res.operative[0].footnotes
        else next(c.footnotes[0] for c in res.clauses() if getattr(c, "footnotes", None))
    )
    point = link_point(panel, f"fn:{num}")
    start = panel.view.textCursor().position()
    bar = panel.view.verticalScrollBar()
    before = bar.value()
    click(qtbot, panel, point)
    assert bar.value() > before
    assert panel.tree.currentIndex().data(ClauseIdRole) == f"fn{num}"
    span = panel.view.marked_range()
    assert span is not None
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    assert res.footnote(num).text[:25] in cursor.selectedText()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert abs(panel.view.textCursor().position() - start) <= 2
    assert abs(bar.value() - before) < panel.view.fontMetrics().height()  # the same line


def test_one_current_clause_follows_the_last_move(panel: ReaderPanel, qtbot) -> None:
    res = load(SEEDS / "A-RES-62-209.txt")
    panel.show_resolution(res)
    # a click on a tree row tints its clause
    row = panel.model.index_for("op3")
    panel.tree.scrollTo(row)
    qtbot.mouseClick(
        panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualRect(row).center()
    )
    assert panel.view.marked_range() == panel.view.index.range_of("op3")
    # a click in the text, in op4: the tint and the tree both move there
    start, _end = panel.view.index.range_of("op4")
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(start + 20)
    panel.view.ensureCursorVisible()
    panel.view.setTextCursor(cursor)
    panel.view.ensureCursorVisible()
    rect = panel.view.cursorRect(cursor)
    qtbot.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 1, rect.center().y()),
    )
    assert panel.view.clause_at_cursor() == "op4"
    assert panel.tree.currentIndex().data(ClauseIdRole) == "op4"
    assert panel.view.marked_range() == panel.view.index.range_of("op4")
    assert panel.selected_clause_ids() == ["op4"]  # what Ctrl+H acts on


def test_find_next_puts_the_match_in_the_middle_third(panel: ReaderPanel, qtbot) -> None:
    panel.show_resolution(load(SEEDS / "A-RES-62-209.txt"))
    bar = panel.find_bar
    bar.open_bar()
    qtbot.keyClicks(bar.edit, "triangular")
    view = panel.view
    height = view.viewport().height()
    scroll = view.verticalScrollBar()
    checked = 0
    for _ in range(bar.count):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        y = view.cursorRect().center().y()
        if 0 < scroll.value() < scroll.maximum():  # not held at either end of the text
            assert height / 3 <= y <= 2 * height / 3, (y, height)
            checked += 1
    assert checked >= 1


def test_in_the_window_a_followed_citation_and_alt_left_come_back(qtbot) -> None:
    from resreader.library import Library
    from resreader.store import Settings
    from resreader.ui.main_window import MainWindow

    window = MainWindow(Library(), Settings())
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.scan_library()
    window.open_names(["62/209"])
    reader = window.reader
    if "A/RES/60/212" not in reader.library_symbols:
        pytest.skip("60/212 is not in the default library")
    click(qtbot, reader, link_point(reader, "res:A/RES/60/212"))
    assert reader.resolution.symbol == "A/RES/60/212"
    assert reader.back_action.isEnabled()
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.resolution.symbol == "A/RES/62/209"
    assert window.current.resolution is reader.resolution  # the window agrees
    assert "62/209" in window.windowTitle()


def test_in_the_window_a_link_is_described_by_its_title_and_back_is_in_the_view_menu(
    qtbot,
) -> None:
    from resreader.library import Library
    from resreader.store import Settings
    from resreader.ui.main_window import MainWindow

    window = MainWindow(Library(), Settings())
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window.scan_library()
    window.open_names(["62/209"])
    reader = window.reader
    point = link_point(reader, "res:A/RES/60/212")
    qtbot.mouseMove(reader.view.viewport(), QPoint(1, 1))
    messages: list[str] = []
    reader.statusMessage.connect(messages.append)
    qtbot.mouseMove(reader.view.viewport(), point)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages[-1] == "A/RES/60/212 — South-South cooperation (in your library)"
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert reader.back_action in view.actions() and reader.forward_action in view.actions()

"""Document text in tooltips is text, never markup: titles and notes quoting "<b>"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from resreader.compare import compare
from resreader.library import Library
from resreader.parsing import parse
from resreader.ui.diff_model import DiffModel
from resreader.ui.library_model import LibraryModel
from resreader.ui.tooltips import text_tooltip

EVIL = (
    "99/1. Evil <b>title</b> & co\n\nThe General Assembly,\n\n"
    "1. Decides to act;1\n\n---\n1 See <b>BOLD</b> note.\n"
)


def test_text_tooltip_escapes_and_keeps_lines() -> None:
    assert text_tooltip("a <b>\nb & c") == "<p>a &lt;b&gt;<br>b &amp; c</p>"
    assert text_tooltip("") == ""


def test_library_tooltip_escapes_the_title(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(EVIL, encoding="utf-8")
    model = LibraryModel(Library(user_dir=tmp_path, include_seeds=False))
    model.rescan()
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Evil &lt;b&gt;title&lt;/b&gt; &amp; co" in tip and "<b>title" not in tip


def test_diff_header_tooltip_escapes_the_title() -> None:
    res = parse(EVIL)
    model = DiffModel()
    model.set_comparison(compare(res, res))
    tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Evil &lt;b&gt;title&lt;/b&gt;" in tip and "<b>title" not in tip


def test_reader_note_tooltip_is_escaped_once(qtbot) -> None:
    """Hovering a highlighted clause shows its note as text: markup escaped once, not twice."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    from resreader.ui.app import build_window

    win, _ok = build_window("open", ["60/212"], persist=False)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    view = win.reader.view
    view.notes = {"op1": "quote <b> & co"}
    start, end = view.index.range_of("op1")
    cursor = QTextCursor(view.document())
    cursor.setPosition((start + end) // 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    local = view.cursorRect(cursor).center()
    global_pos = view.viewport().mapToGlobal(local)
    view.event(QHelpEvent(QEvent.Type.ToolTip, local, global_pos))
    QApplication.processEvents()
    assert QToolTip.text() == "<p><b>Note:</b> quote &lt;b&gt; &amp; co</p>"


def test_tooltips_and_diff_cells_carry_no_bidi_controls() -> None:
    from resreader.ui.diff_colors import LIGHT
    from resreader.ui.diff_html import build_cell
    from resreader.ui.highlight_marks import note_tooltip

    rlo = "pay \u202e001\u202c \u2066x\u2069"
    assert text_tooltip(rlo) == "<p>pay 001 x</p>"
    assert note_tooltip(rlo, rlo) == "<p><b>Note:</b> pay 001 x</p><p>pay 001 x</p>"
    res = parse("99/1. T\n\nThe General Assembly,\n\n1. Decides to pay \u202e001\u202c;\n")
    clauses = {c.id: c for c in res.clauses()}
    pair = compare(res, res).pairs[0]
    cell = build_cell(clauses, pair, "a", LIGHT)
    assert "\u202e" not in cell.html and "\u202e" not in cell.plain and "001" in cell.plain

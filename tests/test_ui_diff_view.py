"""The diff view: navigation, clicks, options, row heights, the overview strip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from resreader.compare.result import Comparison, Pair
from resreader.ui.diff_colors import DARK
from resreader.ui.diff_model import STATUS, A, B
from resreader.ui.diff_view import DiffView
from test_ui_diff_fixtures import (
    comparison,
    fake_compare,
    para,
    qt_drops_none_references,
    resolution_a,
    resolution_b,
)

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def view(qtbot) -> DiffView:
    widget = DiffView()
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.set_comparison(comparison())
    widget.table.setFocus()
    return widget


def _current(view: DiffView) -> int:
    return view.table.currentIndex().row()


def test_rows_are_the_pairs(view: DiffView) -> None:
    cmp = view.comparison()
    assert view.table.model().rowCount() == len(cmp.pairs) == 8
    assert "changed <b>3</b>" in view.summary.text()
    assert "added <b>1</b>" in view.summary.text()


def test_keyboard_walks_the_changes(view: DiffView, qtbot) -> None:
    changes = view.comparison().change_rows()
    assert changes == [1, 2, 3, 4, 5, 6, 7]
    qtbot.keyClick(view.table, Qt.Key.Key_Down, ALT)
    assert _current(view) == 1
    qtbot.keyClick(view.table, Qt.Key.Key_F7)
    assert _current(view) == 2
    assert view.current_pair().status == "added"
    qtbot.keyClick(view.table, Qt.Key.Key_Up, ALT)
    assert _current(view) == 1
    qtbot.keyClick(view.table, Qt.Key.Key_F7, SHIFT)
    assert _current(view) == 1  # the first row is "same": nothing before the first change
    assert not view.commands.previous.isEnabled()


def test_navigation_skips_unchanged_rows(qtbot) -> None:
    cmp = comparison()
    cmp.pairs[2:2] = [Pair("same", f"op{n}", f"op{n}") for n in (90, 91, 92)]
    view = DiffView()
    qtbot.addWidget(view)
    view.set_comparison(cmp)
    view.next_change()
    view.next_change()
    assert _current(view) == 5  # rows 2-4 are the inserted "same" rows
    view.select_row(len(cmp.pairs) - 1)
    assert not view.commands.next.isEnabled()
    view.next_change()
    assert _current(view) == len(cmp.pairs) - 1


def test_navigation_scrolls_the_row_into_view(qtbot) -> None:
    view = DiffView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    view.set_comparison(_long_comparison(200, every=50))
    view.next_change()
    view.next_change()
    row = _current(view)
    assert row == 100
    rect = view.table.visualRect(view.model.index(row, A))
    assert view.table.viewport().rect().intersects(rect)


def test_a_and_b_cells_of_a_row_get_the_same_height(view: DiffView) -> None:
    table = view.table
    table.heights.measure_visible()
    for row in range(view.model.rowCount()):
        table.heights.ensure([row])
        a_index, b_index = view.model.index(row, A), view.model.index(row, B)
        a_h = table.delegate.text_height(a_index, table.columnWidth(A))
        b_h = table.delegate.text_height(b_index, table.columnWidth(B))
        assert table.visualRect(a_index).height() == table.visualRect(b_index).height()
        assert table.rowHeight(row) >= max(a_h, b_h)
    long_row = view.comparison().pairs.index(
        next(p for p in view.comparison().pairs if p.a == "op4")
    )
    a_h = table.delegate.text_height(view.model.index(long_row, A), table.columnWidth(A))
    b_h = table.delegate.text_height(view.model.index(long_row, B), table.columnWidth(B))
    assert a_h == b_h or table.rowHeight(long_row) == max(a_h, b_h)


def test_longer_side_sets_the_row_height(qtbot) -> None:
    a, b = resolution_a(), resolution_b()
    a.operative.append(para("op6", "Decides " + "to act at once, " * 60, "Decides"))
    b.operative.append(para("op5", "Decides to act;", "Decides"))
    pair = Pair(
        "changed",
        "op6",
        "op5",
        0.2,
        [("equal", "Decides to act"), ("delete", "at once, " * 60), ("equal", ";")],
    )
    view = DiffView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    view.set_comparison(Comparison(a, b, [pair]))
    table = view.table
    a_h = table.delegate.text_height(view.model.index(0, A), table.columnWidth(A))
    b_h = table.delegate.text_height(view.model.index(0, B), table.columnWidth(B))
    assert a_h > 3 * b_h
    assert table.rowHeight(0) == a_h
    assert table.visualRect(view.model.index(0, B)).height() == a_h


def test_clicking_a_sub_clause_activates_it(view: DiffView, qtbot) -> None:
    row = next(r for r, p in enumerate(view.comparison().pairs) if p.a == "op4")
    view.table.heights.ensure([row])
    index = view.model.index(row, A)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    doc = view.table.delegate.document(index, rect.width())
    block = doc.findBlockByNumber(2)  # op4(b)
    centre = doc.documentLayout().blockBoundingRect(block).center().toPoint()
    with qtbot.waitSignal(view.clauseActivated) as signal:
        qtbot.mouseClick(
            view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + centre
        )
    assert signal.args == ["a", "op4(b)"]
    assert _current(view) == row
    b_rect = view.table.visualRect(view.model.index(row, B))
    b_point = b_rect.topLeft() + QPoint(20, 8)
    with qtbot.waitSignal(view.clauseOpenRequested) as opened:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=b_point)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=b_point)
    assert opened.args == ["b", "op4"]


def test_clicking_a_gap_activates_nothing(view: DiffView, qtbot) -> None:
    row = next(r for r, p in enumerate(view.comparison().pairs) if p.status == "added")
    rect = view.table.visualRect(view.model.index(row, A))
    with qtbot.assertNotEmitted(view.clauseActivated):
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _current(view) == row


def test_toggling_an_option_recomputes_in_the_worker(qtbot) -> None:
    calls: list[dict[str, bool]] = []
    view = DiffView(compare_fn=fake_compare(calls), sync_clauses=0)
    qtbot.addWidget(view)
    view.set_resolutions(resolution_a(), resolution_b())
    qtbot.waitUntil(lambda: view.comparison() is not None)
    assert calls == [{"ignore_case": False, "ignore_punctuation": False, "ignore_footnotes": True}]
    assert view.model.rowCount() == 8
    view.commands.options["ignore_case"].trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 7)
    assert calls[-1]["ignore_case"] is True
    assert view.comparison().options["ignore_case"] is True
    view.worker.wait()


def test_stale_results_are_dropped(qtbot) -> None:
    import threading

    gate, calls = threading.Event(), []
    inner = fake_compare(calls)

    def slow_first(a, b, **options):  # noqa: ANN001, ANN202
        if not calls:
            gate.wait(5)
        return inner(a, b, **options)

    view = DiffView(compare_fn=slow_first, sync_clauses=0)
    qtbot.addWidget(view)
    shown: list[Comparison] = []
    view.comparisonChanged.connect(shown.append)
    view.set_resolutions(resolution_a(), resolution_b())  # blocks in the thread
    view.commands.options["ignore_case"].setChecked(True)  # newer request
    gate.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and not view.worker.is_busy())
    view.worker.wait()
    qtbot.wait(20)
    assert len(shown) == 1 and shown[0].options["ignore_case"] is True


def test_a_failing_engine_is_reported_escaped(qtbot) -> None:
    def broken(a, b, **options):  # noqa: ANN001, ANN202
        raise ValueError("bad <b>input</b>")

    view = DiffView(compare_fn=broken)
    qtbot.addWidget(view)
    view.set_resolutions(resolution_a(), resolution_b())
    assert "bad &lt;b&gt;input&lt;/b&gt;" in view.summary.text()


def _shown_long_view(qtbot) -> DiffView:
    """A diff view on screen with 300 rows, a change every 30."""
    view = DiffView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_comparison(_long_comparison(300, every=30))
    return view


def test_overview_click_selects_the_row_under_it(qtbot) -> None:
    view = _shown_long_view(qtbot)
    overview, header = view.overview, view.table.verticalHeader()
    top = view.table.viewport().geometry().top()
    for row in (60, 150, 299):
        scale = view.table.viewport().height() / header.length()  # rows get measured
        y = top + (header.sectionPosition(row) + header.sectionSize(row) / 2) * scale
        assert overview.row_at(y) == row
        qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=QPoint(7, int(y)))
        assert _current(view) == row
        assert (
            view.table.viewport().rect().intersects(view.table.visualRect(view.model.index(row, A)))
        )


def test_large_comparison_stays_virtualized(qtbot) -> None:
    if qt_drops_none_references():  # fail readably instead of aborting the whole session
        pytest.fail(
            "this PySide6 drops a reference to None on every void call (6.12.0 on "
            "Python < 3.12); painting 2,000 rows would abort Python: use another "
            "PySide6-Essentials release"
        )
    view = DiffView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_comparison(_long_comparison(2000, every=7))
    measured = sum(view.table.heights.is_exact(r) for r in range(2000))
    assert 0 < measured < 60  # only what is on screen, not 2,000 rows
    qtbot.waitUntil(lambda: view.table.heights.is_exact(1999), timeout=20000)
    assert len(view.table.delegate._docs) <= 300


def test_dark_palette_switches_colours(view: DiffView) -> None:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    view.setPalette(palette)
    assert view.model.colors() == DARK
    row = next(r for r, p in enumerate(view.comparison().pairs) if p.a == "pp2")
    assert DARK.delete_bg in view.model.index(row, A).data(view.model.HtmlRole)
    assert DARK.status["same"] in view.summary.text()


def test_recompute_keeps_the_current_clause(qtbot) -> None:
    calls: list[dict[str, bool]] = []
    view = DiffView(compare_fn=fake_compare(calls))
    qtbot.addWidget(view)
    view.set_resolutions(resolution_a(), resolution_b())
    row = next(r for r, p in enumerate(view.comparison().pairs) if p.a == "op3")
    view.select_row(row)
    view.commands.options["ignore_punctuation"].trigger()
    assert len(calls) == 2
    assert view.current_pair().a == "op3"
    assert view.model.index(row, STATUS).data() == "removed"


def _long_comparison(rows: int, every: int) -> Comparison:
    """`rows` pairs, all same except every `every`-th, which is changed."""
    a, b = resolution_a(), resolution_b()
    a.operative = [
        para(f"op{n}", f"Decides item {n} of the agenda;", "Decides") for n in range(1, rows + 1)
    ]
    b.operative = [
        para(f"op{n}", f"Decides item {n} of the agenda, again;", "Decides")
        for n in range(1, rows + 1)
    ]
    pairs = [
        Pair("changed" if n and n % every == 0 else "same", f"op{n + 1}", f"op{n + 1}")
        for n in range(rows)
    ]
    return Comparison(a, b, pairs)


def test_select_clause_finds_sub_clauses_rows(view: DiffView) -> None:
    assert view.select_clause("b", "op4(b)")
    assert view.current_pair().a == "op4"
    assert view.select_clause("a", "op5")
    assert view.current_pair().b == "op2"
    assert not view.select_clause("a", "op99")


def test_dragging_the_overview_scrolls_both_sides_together(qtbot) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    view = _shown_long_view(qtbot)
    overview, bar = view.overview, view.table.verticalScrollBar()
    y = overview.height() * 0.75
    drag = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(7, y),
        QPointF(7, y),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(overview, drag)
    expected = overview.content_y(y) - view.table.viewport().height() / 2
    assert bar.value() > 0 and abs(bar.value() - expected) <= 2 * 27
    row = view.table.rowAt(view.table.viewport().height() // 2)
    a_rect = view.table.visualRect(view.model.index(row, A))
    b_rect = view.table.visualRect(view.model.index(row, B))
    assert (a_rect.top(), a_rect.height()) == (b_rect.top(), b_rect.height())

"""The Compare tab: two resolutions side by side, one table row per clause pair.

Both sides live in one item view, so paired clauses share a row (same height) and scroll
together by construction; the view only renders a Comparison and asks it "which change is
next" (DESIGN.md, "Compare"). compare() itself runs in `CompareWorker`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from resreader.compare.result import Comparison, Pair
from resreader.model import Resolution
from resreader.ui.diff_actions import make_actions
from resreader.ui.diff_colors import colors_for
from resreader.ui.diff_delegate import DiffDelegate
from resreader.ui.diff_heights import RowHeights
from resreader.ui.diff_labels import summary_html
from resreader.ui.diff_model import SIDES, STATUS, DiffModel
from resreader.ui.diff_overview import DiffOverview
from resreader.ui.diff_worker import SYNC_CLAUSES, CompareFn, CompareWorker

MARGIN_WIDTH = 104


class DiffView(QWidget):
    clauseActivated = Signal(str, str)  # side ("a" | "b"), clause id: clicked or double-clicked
    clauseOpenRequested = Signal(str, str)  # double-clicked: open it in the reader
    comparisonChanged = Signal(object)  # the Comparison now shown

    def __init__(self, parent: QWidget | None = None, compare_fn: CompareFn | None = None,
                 sync_clauses: int = SYNC_CLAUSES) -> None:
        super().__init__(parent)
        self._inputs: tuple[Resolution, Resolution] | None = None
        self._press = QPoint()
        self.model = DiffModel(self)
        self.worker = CompareWorker(compare_fn, sync_clauses, self)
        self.actions = make_actions(self)
        self.table = self._make_table()
        self.heights = RowHeights(self.table, self.delegate)
        self.overview = DiffOverview(self.table, self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self._layout()
        self._connect()
        self._apply_colors()
        self._update_actions()

    # --- public API ---------------------------------------------------------------------------

    def set_resolutions(self, a: Resolution, b: Resolution) -> None:
        """Compare `a` with `b` (in a thread when large) and show the result."""
        self._inputs = (a, b)
        self.worker.request(a, b, self.actions.values())

    def set_comparison(self, cmp: Comparison) -> None:
        self._inputs = (cmp.a, cmp.b)
        self.actions.set_values(cmp.options)
        self.worker.cancel()  # a result still computing would replace this one
        self._show(cmp)

    def comparison(self) -> Comparison | None:
        return self.model.comparison()

    def current_pair(self) -> Pair | None:
        return self.model.pair(self.table.currentIndex().row())

    def options(self) -> dict[str, bool]:
        return self.actions.values()

    def next_change(self) -> None:
        self._step(lambda cmp, row: cmp.next_change(row))

    def previous_change(self) -> None:
        self._step(lambda cmp, row: cmp.previous_change(row))

    def select_row(self, row: int) -> None:
        """Make `row` current and scroll it into the middle of the view."""
        if not 0 <= row < self.model.rowCount():
            return
        self.heights.ensure(range(max(row - 3, 0), min(row + 4, self.model.rowCount())))
        index = self.model.index(row, 1)
        self.table.setCurrentIndex(index)
        tall = self.table.rowHeight(row) > self.table.viewport().height() * 0.8
        hint = QAbstractItemView.ScrollHint.PositionAtTop if tall else \
            QAbstractItemView.ScrollHint.PositionAtCenter
        self.table.scrollTo(index, hint)
        self.heights.measure_visible()

    # --- building -----------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        self.delegate = DiffDelegate(table)
        self.delegate.set_font(table.font())
        table.setModel(self.model)
        table.setItemDelegate(self.delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS, MARGIN_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        return table

    def _layout(self) -> None:
        bar = QToolBar("Compare", self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.actions.previous, self.actions.next])
        bar.addSeparator()
        bar.addActions(list(self.actions.options.values()))
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.table, 1)
        body.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(bar)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        self.summary.setContentsMargins(8, 2, 8, 4)

    def _connect(self) -> None:
        self.actions.next.triggered.connect(self.next_change)
        self.actions.previous.triggered.connect(self.previous_change)
        for action in self.actions.options.values():
            action.toggled.connect(self._recompute)
        self.worker.ready.connect(self._show)
        self.worker.failed.connect(self._show_error)
        self.worker.busyChanged.connect(self._show_busy)
        self.model.modelReset.connect(self._on_model_reset)
        self.heights.changed.connect(self.overview.update)
        self.overview.rowClicked.connect(self.select_row)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.table.clicked.connect(lambda index: self._activate(index, open_it=False))
        self.table.doubleClicked.connect(lambda index: self._activate(index, open_it=True))

    # --- reacting -----------------------------------------------------------------------------

    def _recompute(self) -> None:
        if self._inputs is not None:
            self.worker.request(*self._inputs, self.actions.values())

    def _show(self, cmp: Comparison) -> None:
        keep = self.current_pair()
        self.model.set_comparison(cmp)
        row = _row_of(cmp, keep)
        if row is not None:
            self.select_row(row)
        self.comparisonChanged.emit(cmp)

    def _show_error(self, message: str) -> None:
        self.summary.setText(f"<b>⚠ The comparison failed:</b> {html.escape(message)}")

    def _show_busy(self, busy: bool) -> None:
        self._update_summary(" · <i>comparing…</i>" if busy else "")

    def _on_model_reset(self) -> None:
        self.heights.reset()
        self.overview.model_reset()
        self._update_summary()
        self._update_actions()

    def _update_summary(self, suffix: str = "") -> None:
        cmp = self.model.comparison()
        text = summary_html(cmp.summary, self.model.colors()) if cmp else "<i>Nothing compared</i>"
        self.summary.setText(text + suffix)

    def _update_actions(self) -> None:
        cmp, row = self.model.comparison(), self.table.currentIndex().row()
        self.actions.next.setEnabled(bool(cmp) and cmp.next_change(row) is not None)
        self.actions.previous.setEnabled(bool(cmp) and cmp.previous_change(row) is not None)

    def _step(self, find) -> None:  # noqa: ANN001 -- (Comparison, row) -> row | None
        cmp = self.model.comparison()
        row = find(cmp, self.table.currentIndex().row()) if cmp else None
        if row is not None:
            self.select_row(row)

    def _activate(self, index: QModelIndex, open_it: bool) -> None:
        side = SIDES.get(index.column())
        if side is None:
            return
        rect = self.table.visualRect(index)
        cid = self.delegate.clause_at(index, rect.width(), self._press - rect.topLeft()) \
            or index.data(DiffModel.ClauseIdRole)
        if cid:
            self.clauseActivated.emit(side, cid)
            if open_it:
                self.clauseOpenRequested.emit(side, cid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._press = event.position().toPoint()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        elif event.type() == QEvent.Type.FontChange:
            self.delegate.set_font(self.table.font())
            self.heights.reset()

    def _apply_colors(self) -> None:
        colors = colors_for(self.palette())
        self.delegate.clear_documents()
        self.model.set_colors(colors)
        self.overview.set_colors(colors)
        self._update_summary()


def _row_of(cmp: Comparison, pair: Pair | None) -> int | None:
    """The row of the new comparison showing the same clause as `pair` did, if any."""
    if pair is None:
        return None
    for row, candidate in enumerate(cmp.pairs):
        if (pair.a and candidate.a == pair.a) or (pair.b and candidate.b == pair.b):
            return row
    return None

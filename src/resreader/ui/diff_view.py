"""The Compare tab: two resolutions side by side, one table row per clause pair.

Both sides live in one item view (`DiffTable`), so paired clauses share a row at the same
height and scroll together by construction; the view only renders a Comparison and asks
it "which change is next" (docs/ARCHITECTURE.md, "Data flow"). compare() runs in `CompareWorker`.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from resreader.compare.result import Comparison, Pair
from resreader.model import Resolution
from resreader.ui.diff_actions import make_actions
from resreader.ui.diff_colors import colors_for
from resreader.ui.diff_labels import summary_html
from resreader.ui.diff_model import DiffModel
from resreader.ui.diff_overview import DiffOverview
from resreader.ui.diff_table import DiffTable
from resreader.ui.diff_worker import SYNC_CLAUSES, CompareFn, CompareWorker

Finder = Callable[[Comparison, int], "int | None"]


class DiffView(QWidget):
    clauseActivated = Signal(str, str)  # side ("a" | "b"), clause id: clicked or double-clicked
    clauseOpenRequested = Signal(str, str)  # double-clicked: open it in the reader
    comparisonChanged = Signal(object)  # the Comparison now shown

    def __init__(
        self,
        parent: QWidget | None = None,
        compare_fn: CompareFn | None = None,
        sync_clauses: int = SYNC_CLAUSES,
        shortcuts: bool = True,
    ) -> None:
        super().__init__(parent)
        self._inputs: tuple[Resolution, Resolution] | None = None
        self._busy = False
        self.model = DiffModel(self)
        self.worker = CompareWorker(compare_fn, sync_clauses, self)
        self.commands = make_actions(self, shortcuts)  # False: the window's menu has the keys
        self.table = DiffTable(self.model, self)
        self.overview = DiffOverview(self.table, self)
        self.summary = QLabel(self)
        self._layout()
        self._connect()
        self._apply_colors()
        self._update_actions()

    # --- public API ---------------------------------------------------------------------------

    def set_resolutions(self, a: Resolution, b: Resolution) -> None:
        """Compare `a` with `b` (in a thread when large) and show the result."""
        self._inputs = (a, b)
        self.worker.request(a, b, self.commands.values())

    def set_comparison(self, cmp: Comparison) -> None:
        """Show a ready comparison; its options become the toggles' state."""
        self._inputs = (cmp.a, cmp.b)
        self.commands.set_values(cmp.options)
        self.worker.cancel()  # a result still computing would replace this one
        self._show(cmp)

    def comparison(self) -> Comparison | None:
        return self.model.comparison()

    def current_pair(self) -> Pair | None:
        return self.model.pair(self.table.currentIndex().row())

    def options(self) -> dict[str, bool]:
        return self.commands.values()

    def next_change(self) -> None:
        self._step(lambda cmp, row: cmp.next_change(row))

    def previous_change(self) -> None:
        self._step(lambda cmp, row: cmp.previous_change(row))

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def select_clause(self, side: str, clause_id: str) -> bool:
        """Show the row of a clause of side "a" or "b" (e.g. the one open in the reader)."""
        cmp = self.model.comparison()
        row = cmp.row_of(side, clause_id) if cmp else None
        if row is not None:
            self.select_row(row)
        return row is not None

    # --- building -----------------------------------------------------------------------------

    def _layout(self) -> None:
        bar = QToolBar("Compare", self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.commands.previous, self.commands.next])
        bar.addSeparator()
        bar.addActions(list(self.commands.options.values()))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setContentsMargins(8, 2, 8, 4)
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

    def _connect(self) -> None:
        self.commands.next.triggered.connect(self.next_change)
        self.commands.previous.triggered.connect(self.previous_change)
        for action in self.commands.options.values():
            action.toggled.connect(self._recompute)
        self.worker.ready.connect(self._show)
        self.worker.failed.connect(self._show_error)
        self.worker.busyChanged.connect(self._show_busy)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.heights.changed.connect(self.overview.update)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.table.clauseClicked.connect(self._on_clause_clicked)
        self.overview.rowClicked.connect(self.select_row)

    # --- reacting -----------------------------------------------------------------------------

    def _recompute(self) -> None:
        if self._inputs is not None:
            self.worker.request(*self._inputs, self.commands.values())

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
        self._busy = busy
        self._update_summary()

    def _on_model_reset(self) -> None:
        self.overview.model_reset()
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        cmp = self.model.comparison()
        text = summary_html(cmp.summary, self.model.colors()) if cmp else "<i>Nothing compared</i>"
        self.summary.setText(text + (" · <i>comparing…</i>" if self._busy else ""))

    def _update_actions(self) -> None:
        cmp, row = self.model.comparison(), self.table.currentIndex().row()
        self.commands.next.setEnabled(cmp is not None and cmp.next_change(row) is not None)
        self.commands.previous.setEnabled(cmp is not None and cmp.previous_change(row) is not None)

    def _step(self, find: Finder) -> None:
        cmp = self.model.comparison()
        row = find(cmp, self.table.currentIndex().row()) if cmp else None
        if row is not None:
            self.select_row(row)

    def _on_clause_clicked(self, side: str, cid: str, double: bool) -> None:
        self.clauseActivated.emit(side, cid)
        if double:
            self.clauseOpenRequested.emit(side, cid)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()

    def _apply_colors(self) -> None:
        colors = colors_for(self.palette())
        self.table.delegate.clear_documents()
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

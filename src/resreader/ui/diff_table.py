"""The diff's item view: one QTableView, margin | A | B, painted by `DiffDelegate`.

Rows are as tall as their taller side (`RowHeights`), so the two sides can never drift
apart; clicks are resolved to the clause (or sub-clause) under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from resreader.ui.diff_delegate import DiffDelegate
from resreader.ui.diff_heights import RowHeights
from resreader.ui.diff_model import SIDES, STATUS, DiffModel

MARGIN_WIDTH = 104


class DiffTable(QTableView):
    clauseClicked = Signal(str, str, bool)  # side, clause id, double-click

    def __init__(self, model: DiffModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press = QPoint()
        self.delegate = DiffDelegate(self)
        self.delegate.set_font(self.font())
        self.setModel(model)
        self.setItemDelegate(self.delegate)
        self._configure()
        self.heights = RowHeights(self, self.delegate)
        model.modelReset.connect(self.heights.reset)
        self.clicked.connect(lambda index: self._clause_clicked(index, False))
        self.doubleClicked.connect(lambda index: self._clause_clicked(index, True))

    def _configure(self) -> None:
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS, MARGIN_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)

    def select_row(self, row: int) -> None:
        """Make `row` current and scroll it to the middle (or the top, when it is tall)."""
        count = self.model().rowCount()
        if not 0 <= row < count:
            return
        self.heights.ensure(range(max(row - 3, 0), min(row + 4, count)))
        index = self.model().index(row, 1)
        self.setCurrentIndex(index)
        tall = self.rowHeight(row) > self.viewport().height() * 0.8
        hint = QAbstractItemView.ScrollHint
        self.scrollTo(index, hint.PositionAtTop if tall else hint.PositionAtCenter)
        self.heights.measure_visible()

    def clause_at(self, index: QModelIndex, point: QPoint) -> str | None:
        """The clause under `point` (viewport coordinates) in a text cell."""
        if index.column() not in SIDES:
            return None
        rect = self.visualRect(index)
        return self.delegate.clause_at(index, rect.width(), point - rect.topLeft()) or index.data(
            DiffModel.ClauseIdRole
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.delegate.set_font(self.font())
            self.heights.reset()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt makes the first row current on focus; a comparison just opened has no current
        # row yet, so the first F7 goes to the first change, not the one after row 0.
        had_current = self.currentIndex().isValid()
        super().focusInEvent(event)
        if not had_current and event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectionModel().clearCurrentIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mouseDoubleClickEvent(event)

    def _clause_clicked(self, index: QModelIndex, double: bool) -> None:
        cid = self.clause_at(index, self._press)
        if cid:
            self.clauseClicked.emit(SIDES[index.column()], cid, double)

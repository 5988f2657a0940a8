"""Row heights of the diff table: each row as tall as its taller side, measured lazily.

`ResizeToContents` would lay out every cell of every row on each resize — 4,000 documents
for a 2,000-row comparison. Instead rows start at an estimate from their text length; the
rows on screen are measured at once, the rest a few milliseconds at a time when idle. When
rows above the viewport change height, the scroll position is corrected so the text the
reader is looking at does not move.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView

from resreader.ui.diff_delegate import GAP_HEIGHT, PAD, DiffDelegate
from resreader.ui.diff_model import STATUS, A, B, DiffModel

IDLE_BUDGET_S = 0.008  # measuring work per idle tick: half a frame


class RowHeights(QObject):
    changed = Signal()  # some rows got a new height (the overview repaints)

    def __init__(self, view: QTableView, delegate: DiffDelegate) -> None:
        super().__init__(view)
        self._view, self._delegate = view, delegate
        self._exact: set[int] = set()
        self._queue: list[int] = []
        self._widths = (0, 0)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refine_some)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().sectionResized.connect(self._on_width_changed)
        view.verticalScrollBar().valueChanged.connect(self.measure_visible)

    def is_exact(self, row: int) -> bool:
        return row in self._exact

    def reset(self) -> None:
        """A new model content (or font, or colours): estimate everything, measure what shows."""
        self._delegate.clear()
        self._exact.clear()
        self._widths = self._text_widths()
        metrics = QFontMetrics(self._delegate.font)
        rows = range(self._row_count())
        self._apply({row: self._estimate(row, metrics) for row in rows}, keep_anchor=False)
        self.measure_visible()
        self._schedule()

    def ensure(self, rows: Iterable[int]) -> None:
        """Measure these rows now (before scrolling to one of them)."""
        self._apply({row: self._measure(row) for row in rows if row not in self._exact})

    def measure_visible(self) -> None:
        for _ in range(4):  # shrinking rows can bring more rows into view
            todo = [row for row in self._visible_rows() if row not in self._exact]
            if not todo:
                return
            self.ensure(todo)

    # --- internals ----------------------------------------------------------------------------

    def _on_width_changed(self, column: int, _old: int, new: int) -> None:
        # columnWidth() may still answer the old size while this signal is delivered
        widths = (new if column == A else self._widths[0], new if column == B else self._widths[1])
        if column == STATUS or widths == self._widths:
            return
        self._widths = widths
        self._exact.clear()
        self.measure_visible()
        self._schedule()

    def _schedule(self) -> None:
        first = max(self._view.rowAt(0), 0)
        count = self._row_count()
        order = list(range(first, count)) + list(range(first - 1, -1, -1))
        self._queue = order[::-1]  # popped from the end: the visible rows down, then up
        self._timer.start()

    def _refine_some(self) -> None:
        deadline, batch = time.perf_counter() + IDLE_BUDGET_S, {}
        while self._queue and time.perf_counter() < deadline:
            row = self._queue.pop()
            if row < self._row_count() and row not in self._exact:
                batch[row] = self._measure(row)
        self._apply(batch)
        if self._queue:
            self._timer.start()

    def _measure(self, row: int) -> int:
        model = self._view.model()
        option = QStyleOptionViewItem()
        option.fontMetrics = QFontMetrics(self._delegate.font)
        margin = self._delegate.sizeHint(option, model.index(row, STATUS)).height()
        width_a, width_b = self._widths
        self._exact.add(row)
        return max(
            margin,
            self._delegate.text_height(model.index(row, A), width_a),
            self._delegate.text_height(model.index(row, B), width_b),
        )

    def _estimate(self, row: int, metrics: QFontMetrics) -> int:
        """A guess from the text length, close enough that the scrollbar barely jumps later."""
        model, best = cast(DiffModel, self._view.model()), GAP_HEIGHT
        char_width, line = max(metrics.averageCharWidth(), 1), metrics.lineSpacing()
        for column, width in zip((A, B), self._widths, strict=True):
            per_line = max((width - 2 * PAD) // char_width, 10)
            blocks = model.text_lengths(row, column)
            lines = sum(math.ceil(length / per_line) for length in blocks)
            best = max(best, lines * line + 2 * PAD + 4 * len(blocks))
        return best

    def _apply(self, heights: dict[int, int], keep_anchor: bool = True) -> None:
        header = self._view.verticalHeader()
        top = header.logicalIndexAt(0)
        offset = header.offset() - header.sectionPosition(top) if top >= 0 else 0
        moved_above = False
        for row, height in heights.items():
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)
                moved_above = moved_above or row < top
        if not heights:
            return
        self._view.updateGeometries()
        if keep_anchor and moved_above:
            self._view.verticalScrollBar().setValue(header.sectionPosition(top) + offset)
        self.changed.emit()

    def _visible_rows(self) -> list[int]:
        view = self._view
        first = view.rowAt(0)
        if first < 0:
            return []
        last = view.rowAt(view.viewport().height() - 1)
        last = self._row_count() - 1 if last < 0 else last
        return list(range(first, last + 1))

    def _text_widths(self) -> tuple[int, int]:
        return self._view.columnWidth(A), self._view.columnWidth(B)

    def _row_count(self) -> int:
        model = self._view.model()
        return model.rowCount() if model is not None else 0

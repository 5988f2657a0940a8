"""The overview strip beside the diff's scrollbar: where the changes are, at a glance.

The whole comparison is scaled to the strip's height; each changed row is a mark in its
status colour and the visible part is framed. Highlighted clauses are ticks at the edges:
side A's on the left, side B's on the right, in the highlight's colour. A click jumps to
the row under the pointer (snapping to a nearby change, since marks can be two pixels
tall); dragging scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QTableView, QWidget

from resreader.ui.diff_colors import LIGHT, DiffColors
from resreader.ui.diff_model import STATUS, DiffModel

SNAP_PX = 3  # a click this close to a change mark lands on it
TICK = 3  # width of a highlight tick at either edge


class DiffOverview(QWidget):
    rowClicked = Signal(int)

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._colors = LIGHT
        self._statuses: list[str] = []
        self._highlights: tuple[dict[int, str], dict[int, str]] = ({}, {})
        self.setFixedWidth(18)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            "Where the changes are — click to jump, drag to scroll. "
            "Ticks at the edges: highlights in A (left) and B (right)"
        )
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().rangeChanged.connect(self.update)

    def set_colors(self, colors: DiffColors) -> None:
        self._colors = colors
        self.update()

    def model_reset(self) -> None:
        model = self._view.model()
        rows = model.rowCount() if model is not None else 0
        self._statuses = [model.index(r, STATUS).data(DiffModel.StatusRole) for r in range(rows)]
        self._highlights = ({}, {})
        self.update()

    def set_highlights(self, rows_a: dict[int, str], rows_b: dict[int, str]) -> None:
        """Rows with a highlight on side A and on side B → the tick's colour."""
        self._highlights = (dict(rows_a), dict(rows_b))
        self.update()

    def highlights(self) -> tuple[dict[int, str], dict[int, str]]:
        return self._highlights

    # --- geometry -----------------------------------------------------------------------------

    def _track(self) -> tuple[float, float]:
        """Top and height of the strip part that maps the content (level with the viewport)."""
        viewport = self._view.viewport().geometry()  # the strip sits level with the table
        return float(viewport.top()), float(max(min(viewport.height(), self.height()), 1))

    def _scale(self) -> float:
        total = self._view.verticalHeader().length()
        return self._track()[1] / total if total > 0 else 0.0

    def content_y(self, y: float) -> float:
        top, _ = self._track()
        scale = self._scale()
        return (y - top) / scale if scale else 0.0

    def row_at(self, y: float) -> int:
        """The row under strip position `y`, preferring a change within SNAP_PX."""
        rows = [self._exact_row_at(y + d) for d in (0, -1, 1, -2, 2, -3, 3)[: 2 * SNAP_PX + 1]]
        changes = [r for r in rows if r >= 0 and self._statuses[r] != "same"]
        return changes[0] if changes else rows[0]

    def _exact_row_at(self, y: float) -> int:
        header = self._view.verticalHeader()
        if not self._statuses:
            return -1
        cy = min(max(self.content_y(y), 0.0), header.length() - 1.0)
        row = header.logicalIndexAt(int(cy) - header.offset())
        return row if 0 <= row < len(self._statuses) else len(self._statuses) - 1

    # --- painting and mouse -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._colors.gap))
        header, scale = self._view.verticalHeader(), self._scale()
        top = self._track()[0]
        for row, status in enumerate(self._statuses):
            if status == "same" or row >= header.count():
                continue
            y = top + header.sectionPosition(row) * scale
            height = max(header.sectionSize(row) * scale, 2.0)
            painter.fillRect(
                QRectF(TICK + 1, y, self.width() - 2 * TICK - 2, height),
                self._colors.status_color(status),
            )
        for x, rows in zip((0, self.width() - TICK), self._highlights, strict=True):
            for row, colour in rows.items():
                if row < header.count():
                    y = top + header.sectionPosition(row) * scale
                    height = max(header.sectionSize(row) * scale, 3.0)
                    painter.fillRect(QRectF(x, y, TICK, height), QColor(colour))
        self._paint_viewport(painter, top, scale)

    def _paint_viewport(self, painter: QPainter, top: float, scale: float) -> None:
        if not scale:
            return
        bar = self._view.verticalScrollBar()
        y = top + bar.value() * scale
        height = max(self._view.viewport().height() * scale, 4.0)
        pen = QPen(self.palette().color(self.foregroundRole()), 1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.75, y + 0.75, self.width() - 1.5, height - 1.5))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        row = self.row_at(event.position().y())
        if row >= 0:
            self.rowClicked.emit(row)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            half = self._view.viewport().height() / 2
            self._view.verticalScrollBar().setValue(
                int(self.content_y(event.position().y()) - half)
            )

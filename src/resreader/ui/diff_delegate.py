"""Paints the diff table: the status margin, and each side's clause from its rich text.

One QTextDocument per cell, cached per (row, column, width); heights are cached apart so a
2,000-row comparison keeps only the documents on screen (an LRU) but every measured height.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from resreader.ui.diff_colors import DiffColors
from resreader.ui.diff_model import STATUS, DiffModel
from resreader.ui.highlight_marks import BAR_WIDTH

Index = QModelIndex | QPersistentModelIndex
PAD = 6  # document margin inside a text cell
BAR = 4  # width of the status bar at the margin's left edge
GAP_HEIGHT = 24
MAX_DOCS = 300


class DiffDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs: OrderedDict[tuple[int, int, int], QTextDocument] = OrderedDict()
        self._heights: dict[tuple[int, int, int], int] = {}
        self.font = QFont()

    def clear(self) -> None:
        """Forget every document and height (new comparison, colours or font)."""
        self._docs.clear()
        self._heights.clear()

    def clear_documents(self) -> None:
        """Forget the documents but keep the heights (new colours: same layout)."""
        self._docs.clear()

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.clear()

    # --- measuring ----------------------------------------------------------------------------

    def document(self, index: Index, width: int) -> QTextDocument:
        key = (index.row(), index.column(), width)
        doc = self._docs.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDefaultFont(self.font)
            doc.setDocumentMargin(PAD)
            doc.setHtml(index.data(DiffModel.HtmlRole) or "")
            doc.setTextWidth(max(width, 40))
            self._docs[key] = doc
            if len(self._docs) > MAX_DOCS:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        return doc

    def text_height(self, index: Index, width: int) -> int:
        """The wrapped height of a text cell at `width` (a gap is one short line)."""
        key = (index.row(), index.column(), width)
        if key not in self._heights:
            if not index.data(DiffModel.HtmlRole):
                self._heights[key] = GAP_HEIGHT
            else:
                self._heights[key] = int(self.document(index, width).size().height()) + 1
        return self._heights[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.column() == STATUS:
            lines = len(index.data(DiffModel.MarginRole) or [""])
            return QSize(96, lines * option.fontMetrics.lineSpacing() + 2 * PAD)
        width = option.rect.width() if option.rect.width() > 0 else self._column_width(index)
        return QSize(width, self.text_height(index, width))

    def _column_width(self, index: Index) -> int:
        view = self.parent()
        return view.columnWidth(index.column()) if isinstance(view, QTableView) else 400

    def clause_at(self, index: Index, width: int, point: QPoint) -> str | None:
        """The id of the clause under `point` (cell coordinates), or None on a gap."""
        ids = index.data(DiffModel.ClauseIdsRole) or []
        if not ids:
            return None
        doc = self.document(index, width)
        layout = doc.documentLayout()
        block = doc.begin()
        while block.isValid():
            if layout.blockBoundingRect(block).bottom() >= point.y():
                break
            block = block.next()
        number = block.blockNumber() if block.isValid() else len(ids) - 1
        return ids[min(number, len(ids) - 1)] or None

    # --- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colors: DiffColors = cast(DiffModel, index.model()).colors()
        painter.save()
        painter.setClipRect(option.rect)
        painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Base))
        if index.column() == STATUS:
            self._paint_margin(painter, option, index, colors)
        else:
            self._paint_text(painter, option, index, colors)
        if option.state & QStyle.StateFlag.State_Selected:
            _paint_selection(painter, option)
        painter.setPen(QColor(colors.gap))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        if index.data(DiffModel.PartStartRole):  # a rule between preamble and operative part
            painter.fillRect(
                QRect(option.rect.topLeft(), QSize(option.rect.width(), 2)), QColor(colors.muted)
            )
        painter.restore()

    def _paint_margin(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, colors: DiffColors
    ) -> None:
        status = index.data(DiffModel.StatusRole)
        color = colors.status_color(status)
        rect = option.rect
        if status != "same":
            tint = QColor(color)
            tint.setAlpha(40)
            painter.fillRect(rect, tint)
            painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()), color)
        painter.setPen(color)
        top = rect.top() + PAD
        line_height = option.fontMetrics.lineSpacing()
        for number, line in enumerate(index.data(DiffModel.MarginRole) or []):
            font = QFont(self.font)
            font.setBold(number == 0 and status != "same")
            painter.setFont(font)
            text_rect = QRect(rect.left() + BAR + PAD, top, rect.width() - BAR - PAD, line_height)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
            )
            top += line_height

    def _paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, colors: DiffColors
    ) -> None:
        rect = option.rect
        if not index.data(DiffModel.HtmlRole):
            _paint_gap(painter, rect, colors)
            return
        tint = _tint(index.data(DiffModel.StatusRole), colors)
        if tint:
            painter.fillRect(rect, QColor(tint))
        doc = self.document(index, rect.width())
        painter.save()
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = option.palette
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()
        _paint_highlight_bars(painter, rect, doc, index.data(DiffModel.BarsRole) or [])


def _paint_highlight_bars(
    painter: QPainter, rect: QRect, doc: QTextDocument, bars: list[str]
) -> None:
    """A bar at the cell's left edge beside each highlighted clause (one block each)."""
    layout, block = doc.documentLayout(), doc.begin()
    for colour in bars:
        if not block.isValid():
            break
        if colour:
            box = layout.blockBoundingRect(block)
            painter.fillRect(
                QRectF(rect.left() + 1, rect.top() + box.top(), BAR_WIDTH, box.height()),
                QColor(colour),
            )
        block = block.next()


def _paint_selection(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """A light wash plus a rule above and below: the diff colours stay readable."""
    highlight = QColor(option.palette.color(QPalette.ColorRole.Highlight))
    rect = option.rect
    painter.fillRect(rect, QColor(highlight.red(), highlight.green(), highlight.blue(), 40))
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 2), highlight)
    painter.fillRect(QRect(rect.left(), rect.bottom() - 1, rect.width(), 2), highlight)


def _tint(status: str, colors: DiffColors) -> str | None:
    return {"added": colors.added_tint, "removed": colors.removed_tint}.get(status)


def _paint_gap(painter: QPainter, rect: QRect, colors: DiffColors) -> None:
    """The shaded, hatched band opposite a clause that has no partner."""
    painter.fillRect(rect, QColor(colors.gap))
    hatch = QColor(colors.muted)
    hatch.setAlpha(70)
    painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))

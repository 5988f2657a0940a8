"""Paints a clause-tree row like the document: the number, the lead in italics, then the
start of the text, elided to the row's width. Group rows ("Preamble") are bold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from resreader.ui.clause_model import KindRole, LeadRole, NumberRole, TextRole

GAP = 6  # pixels between the number and the text


class ClauseDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label = opt.text
        opt.text = ""  # the style paints background, selection and focus; we paint the words
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        kind = _role(index, KindRole)
        if kind == "group":
            _draw(painter, rect, label, _styled(opt.font, bold=True))
        else:
            self._paint_clause(painter, opt, rect, index, selected)
        painter.restore()

    def _paint_clause(self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect,
                      index: QModelIndex | QPersistentModelIndex, selected: bool) -> None:
        number = _role(index, NumberRole)
        text = " ".join(_role(index, TextRole).split())
        lead = _role(index, LeadRole)
        if number:
            muted = opt.palette.color(QPalette.ColorRole.PlaceholderText)
            if not selected:
                painter.setPen(muted)
            width = QFontMetrics(opt.font).horizontalAdvance("pp00")
            _draw(painter, rect, number, opt.font)
            rect = rect.adjusted(width + GAP, 0, 0, 0)
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                             else QPalette.ColorRole.Text))
        if lead and text.startswith(lead):
            used = _draw(painter, rect, lead, _styled(opt.font, italic=True))
            rect = rect.adjusted(used, 0, 0, 0)
            text = text[len(lead):]  # keeps the space after the lead
        _draw(painter, rect, text, opt.font)


def _role(index: QModelIndex | QPersistentModelIndex, role: int) -> str:
    # Ask the Python model directly: no QVariant round trip on every paint.
    value = index.model().data(index, role)
    return value if isinstance(value, str) else ""


def _styled(font: QFont, bold: bool = False, italic: bool = False) -> QFont:
    out = QFont(font)
    out.setBold(bold)
    out.setItalic(italic)
    return out


def _draw(painter: QPainter, rect: QRect, text: str, font: QFont) -> int:
    """Draw `text` elided into `rect`; return the width used."""
    if rect.width() <= 0 or not text:
        return 0
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.setFont(font)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
    return metrics.horizontalAdvance(shown)

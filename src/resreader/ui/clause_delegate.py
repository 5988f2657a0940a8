"""Paints a clause-tree row like the document: the number, the lead in italics, then the
start of the text, elided to the row's width. Group rows ("Preamble") are bold.

A highlighted clause gets its colour behind the row and a bar at its left edge (the bar
stays visible when the row is selected); a note shows as a pencil at the right end."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from resreader.ui.clause_model import (
    HighlightRole,
    KindRole,
    LeadRole,
    NoteRole,
    NumberRole,
    TextRole,
)
from resreader.ui.highlight_marks import BAR_WIDTH, background, bar_colour

GAP = 6  # pixels between the number and the text
NOTE_SIGN = "✎"


class ClauseDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label = opt.text
        opt.text = ""  # the style paints background, selection and focus; we paint the words
        colour = _role(index, HighlightRole)
        if colour:
            dark = opt.palette.color(QPalette.ColorRole.Base).lightness() < 128
            opt.backgroundBrush = QBrush(QColor(background(colour, dark)))
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if colour:
            bar = QRect(opt.rect.left(), opt.rect.top(), BAR_WIDTH, opt.rect.height())
            painter.fillRect(bar, QColor(bar_colour(colour)))
        if _role(index, NoteRole):
            rect = self._paint_note_sign(painter, opt, rect)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        kind = _role(index, KindRole)
        if kind == "group":
            _draw(painter, rect, label, _styled(opt.font, bold=True))
        else:  # every clause row leaves room for the highlight bar: the numbers stay aligned
            rect = rect.adjusted(BAR_WIDTH + 2, 0, 0, 0)
            self._paint_clause(painter, opt, rect, index, selected)
        painter.restore()

    def _paint_clause(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        rect: QRect,
        index: QModelIndex | QPersistentModelIndex,
        selected: bool,
    ) -> None:
        number = _role(index, NumberRole)
        text = " ".join(_role(index, TextRole).split())
        lead = _role(index, LeadRole)
        if number:
            muted = opt.palette.color(QPalette.ColorRole.PlaceholderText)
            if not selected:
                painter.setPen(muted)
            # A column for numbers up to "pp00"; a longer one ("Annex 2", "1000") pushes on.
            width = QFontMetrics(opt.font).horizontalAdvance("pp00")
            width = max(width, _draw(painter, rect, number, opt.font))
            rect = rect.adjusted(width + GAP, 0, 0, 0)
            painter.setPen(
                opt.palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
                )
            )
        if lead and text.startswith(lead):
            used = _draw(painter, rect, lead, _styled(opt.font, italic=True))
            rect = rect.adjusted(used, 0, 0, 0)
            text = text[len(lead) :]  # keeps the space after the lead
        _draw(painter, rect, text, opt.font)

    def _paint_note_sign(self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect) -> QRect:
        """The pencil at the row's right end; returns the room left for the words."""
        width = QFontMetrics(opt.font).horizontalAdvance(NOTE_SIGN) + GAP
        sign = QRect(rect.right() - width + 1, rect.top(), width, rect.height())
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(opt.font)
        painter.drawText(sign, int(Qt.AlignmentFlag.AlignCenter), NOTE_SIGN)
        painter.restore()
        return rect.adjusted(0, 0, -width, 0)


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

"""A rendered PDF page, scaled to fit, with a clause's boxes marked on it.

`PageCanvas` paints; `PageScroll` sizes it to the pane's width (or the whole page), times
a zoom (Ctrl+wheel), and turns PgUp/PgDn into page steps. Boxes are PageBox points from
the page's top-left.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from resreader.model import PageBox

MARGIN = 8  # pixels of pane around the page, so its edge shows
MARK_ALPHA, EDGE_ALPHA = 70, 200  # the box: a translucent wash and a firmer edge
MARK_PAD = 2.0  # points around a box: the mark should not touch the glyphs
ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.25, 1.0, 4.0  # relative to the fitted size


class PageCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.page_size = (612.0, 792.0)  # US Letter until a page says otherwise
        self.boxes: list[PageBox] = []

    def set_page(self, image: QImage | None, page_size: tuple[float, float]) -> None:
        self.image, self.page_size = image, page_size
        self.update()

    def set_boxes(self, boxes: list[PageBox]) -> None:
        self.boxes = boxes
        self.update()

    def page_rect(self) -> QRectF:
        """Where the page is painted, in widget pixels."""
        return QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    def box_rect(self, box: PageBox) -> QRectF:
        page = self.page_rect()
        sx, sy = page.width() / self.page_size[0], page.height() / self.page_size[1]
        return QRectF(
            page.left() + (box.x0 - MARK_PAD) * sx,
            page.top() + (box.top - MARK_PAD) * sy,
            (box.x1 - box.x0 + 2 * MARK_PAD) * sx,
            (box.bottom - box.top + 2 * MARK_PAD) * sy,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = self.page_rect()
        if self.image is None or self.image.isNull():
            painter.fillRect(page, QColor(250, 250, 250))  # a blank sheet while it renders
        else:
            painter.drawImage(page, self.image)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        fill, edge = QColor(colour), QColor(colour)
        fill.setAlpha(MARK_ALPHA)
        edge.setAlpha(EDGE_ALPHA)
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(fill)
        for box in self.boxes:
            painter.drawRoundedRect(self.box_rect(box), 2, 2)
        painter.end()


class PageScroll(QScrollArea):
    """Scrolls the canvas; fits it to the width (the default) or shows the whole page."""

    stepRequested = Signal(int)  # -1 / +1: PgUp / PgDn
    resized = Signal()  # the canvas changed size: the page may need rendering again

    def __init__(self, canvas: PageCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.fit_width = True
        self.zoom = 1.0
        self.setWidget(canvas)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_fit_width(self, on: bool) -> None:
        self.fit_width, self.zoom = on, 1.0
        self.refit()

    def zoom_by(self, steps: int) -> None:
        zoom = min(max(self.zoom * ZOOM_STEP**steps, MIN_ZOOM), MAX_ZOOM)
        if abs(zoom - self.zoom) > 1e-6:
            self.zoom = zoom
            self.refit()
            self.resized.emit()

    def refit(self) -> None:
        self.canvas.resize(self.canvas_size())

    def canvas_size(self) -> QSize:
        width_pt, height_pt = self.canvas.page_size
        room = self.maximumViewportSize()  # the viewport without scroll bars
        free_w, free_h = room.width() - 2 * MARGIN, room.height() - 2 * MARGIN
        scale = free_w / width_pt
        if self.fit_width and height_pt * scale > free_h:
            scale = (free_w - self.verticalScrollBar().sizeHint().width()) / width_pt
        elif not self.fit_width:
            scale = min(scale, free_h / height_pt)
        scale = max(scale, 0.05) * self.zoom
        return QSize(round(width_pt * scale) + 2 * MARGIN, round(height_pt * scale) + 2 * MARGIN)

    def ensure_visible(self, box: PageBox) -> None:
        rect = self.canvas.box_rect(box).toRect()
        centre = rect.center()
        self.ensureVisible(centre.x(), centre.y(), 10, max(rect.height() // 2 + 40, 50))
        if rect.height() > self.viewport().height():  # a long clause: show where it starts
            self.verticalScrollBar().setValue(rect.top() - MARGIN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() // 120
            if steps:
                self.zoom_by(steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}.get(Qt.Key(event.key()))
        if step is not None:
            self.stepRequested.emit(step)
            event.accept()
            return
        super().keyPressEvent(event)

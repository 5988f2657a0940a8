"""View › Original Page: the PDF page a clause was printed on, beside the typeset text.

The pane follows the clause it is given (the tree's current row, which the cursor in the
reading pane moves too): it shows the page of the clause's first box with every box of
the clause on that page marked. PgUp/PgDn or the buttons step through the pages; "Fit
width" switches between the pane's width and the whole page, − and + (or Ctrl+wheel) zoom
from there. Pages render in a thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resreader.model import PageBox, Resolution
from resreader.ui.page_canvas import MARGIN, PageCanvas, PageScroll
from resreader.ui.page_source import clause_boxes, unavailable_reason
from resreader.ui.page_worker import PageImage, PageWorker

RESCALE = 0.15  # re-render when the shown pixels are this far from what the pane needs
REFIT_MS = 80  # wait for a splitter drag to pause before rendering at the new size


class OriginalPagePane(QWidget):
    def __init__(self, worker: PageWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("originalPage")
        self.worker = worker or PageWorker(self)
        self.resolution: Resolution | None = None
        self.index = self.page_count = 0
        self.boxes: list[PageBox] = []  # of the clause followed, on any page
        self.shown: PageImage | None = None
        self._reveal = False  # scroll to the clause's box once its page arrives
        self.canvas = PageCanvas(self)
        self.page_view = PageScroll(self.canvas, self)
        self.message = QLabel(
            self,
            wordWrap=True,
            alignment=Qt.AlignmentFlag.AlignCenter,
            textFormat=Qt.TextFormat.PlainText,
        )
        self.message.setMargin(12)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.page_view)
        self.stack.addWidget(self.message)
        self._refit = QTimer(self, singleShot=True, interval=REFIT_MS)
        self._refit.timeout.connect(self._ensure_render)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.stack, 1)
        self.page_view.stepRequested.connect(self.step)
        self.page_view.resized.connect(self._refit.start)
        self.worker.ready.connect(self._on_ready)
        self.worker.failed.connect(self._on_failed)
        self.set_resolution(None)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        self.previous = _button(self, "◀", "Previous page (Page Up)")
        self.next = _button(self, "▶", "Next page (Page Down)")
        self.page_label = QLabel(self)
        self.fit = _button(
            self, "Fit Width", "Fit the page to the pane's width, or show the whole page"
        )
        self.fit.setCheckable(True)
        self.fit.setChecked(True)
        self.zoom_out = _button(self, "−", "Zoom out (Ctrl+wheel)")
        self.zoom_in = _button(self, "+", "Zoom in (Ctrl+wheel)")
        self.zoom_out.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in.clicked.connect(lambda: self.zoom_by(1))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.fit.toggled.connect(self._set_fit_width)
        for widget in (self.previous, self.page_label, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(widget)
        return bar

    # -- what to show --
    def set_resolution(self, res: Resolution | None) -> None:
        self.resolution, self.shown = res, None
        self.index, self.page_count, self.boxes = 0, 0, []
        self.canvas.set_page(None, self.canvas.page_size)
        self.canvas.set_boxes([])
        reason = unavailable_reason(res)
        if reason:
            self._show_message(reason)
            return
        self.stack.setCurrentWidget(self.page_view)
        self._ensure_render()

    def show_clause(self, clause_id: str) -> None:
        """Follow a clause: its first page, its boxes marked; one without boxes marks nothing."""
        if self.resolution is None or unavailable_reason(self.resolution):
            return
        self.boxes = clause_boxes(self.resolution, clause_id)
        if self.boxes:
            self._reveal = True
            self.go_to_page(self.boxes[0].page)
        else:
            self.canvas.set_boxes([])

    def go_to_page(self, index: int) -> None:
        if self.page_count:
            index = min(max(index, 0), self.page_count - 1)
        self.index = max(index, 0)
        self.canvas.set_boxes(self._boxes_here())
        self._update_controls()
        self._ensure_render()

    def step(self, delta: int) -> None:
        self._reveal = False
        self.go_to_page(self.index + delta)
        self.page_view.verticalScrollBar().setValue(0)

    def zoom_by(self, steps: int) -> None:
        self.page_view.zoom_by(steps)
        here = self._boxes_here()
        if here:  # zoomed on the clause being read, not on the page's top-left corner
            self.page_view.ensure_visible(here[0])

    # -- rendering --
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_render()

    def _set_fit_width(self, on: bool) -> None:
        self.page_view.set_fit_width(on)
        self._ensure_render()

    def _ensure_render(self) -> None:
        res = self.resolution
        if not self.isVisible() or res is None or res.source is None or unavailable_reason(res):
            return
        scale = self._wanted_scale()
        shown = self.shown
        if (
            shown is not None
            and shown.index == self.index
            and abs(shown.scale - scale) <= RESCALE * scale
        ):
            self._reveal_box()
            return
        if shown is not None and shown.index != self.index:
            self.canvas.set_page(None, shown.page_size)  # not the last page under new marks
        self.worker.request(res.source, self.index, scale)

    def _wanted_scale(self) -> float:
        width = self.page_view.canvas_size().width() - 2 * MARGIN
        return max(width, 50) * self.devicePixelRatioF() / self.canvas.page_size[0]

    def _on_ready(self, page: PageImage) -> None:
        res = self.resolution
        if res is None or page.index != self.index or page.path != res.source:
            return  # an answer for a page or a document no longer wanted
        self.stack.setCurrentWidget(self.page_view)  # after a failed page, a good one shows
        self.shown, self.page_count = page, page.page_count
        self.canvas.set_page(page.image, page.page_size)
        self.page_view.refit()
        self._update_controls()
        self._reveal_box()

    def _reveal_box(self) -> None:
        here = self._boxes_here()
        if self._reveal and here:
            self._reveal = False
            self.page_view.ensure_visible(here[0])

    def _on_failed(self, message: str) -> None:
        self.shown = None  # the message hides the last page: asking for it again renders it
        self._show_message(f"Cannot show the original page of {message}")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.page_label.clear()
        self.previous.setEnabled(False)
        self.next.setEnabled(False)

    def _boxes_here(self) -> list[PageBox]:
        return [box for box in self.boxes if box.page == self.index]

    def _update_controls(self) -> None:
        count = self.page_count
        self.page_label.setText(
            f"Page {self.index + 1} of {count}" if count else f"Page {self.index + 1}"
        )
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(count == 0 or self.index < count - 1)


def _button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button

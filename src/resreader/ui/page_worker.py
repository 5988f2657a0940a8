"""Renders PDF pages off the UI thread, one at a time, newest request wins.

A page takes 10-20 ms to render, but PDFium may be busy parsing a PDF being opened (it
serializes on one lock), so the UI thread never waits for it. Each request gets a
generation number; an answer to an older request is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, Signal
from PySide6.QtGui import QImage

from resreader.errors import ResreaderError
from resreader.ui.latest_jobs import LatestJobs
from resreader.ui.pdfium_guard import PDFIUM_LOCK

if TYPE_CHECKING:  # imported when the first page is asked for: PDFium and the parser load then
    from resreader.parsing.pdf.render import PageRenderer


@dataclass(frozen=True)
class PageImage:
    image: QImage
    path: str  # the PDF it is a page of: an answer for another document is stale
    index: int  # 0-based
    page_count: int
    page_size: tuple[float, float]  # in PDF points
    scale: float  # pixels per point


class _Relay(QObject):
    """Lives in the UI thread; the job emits through it, so delivery is a queued call."""

    done = Signal(int, object, str)  # generation, PageImage or None, error message


class _Job(QRunnable):
    def __init__(
        self,
        generation: int,
        renderer: PageRenderer,
        path: str,
        index: int,
        scale: float,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the worker keeps it, to take it back while still queued
        self.generation, self._renderer, self._relay = generation, renderer, relay
        self._args = (path, index, scale)

    def run(self) -> None:
        page, error = _render(self._renderer, *self._args)
        self._relay.done.emit(self.generation, page, error)


def _render(
    renderer: PageRenderer, path: str, index: int, scale: float
) -> tuple[PageImage | None, str]:
    try:
        with PDFIUM_LOCK:
            page = renderer.render(Path(path), index, scale)
    except ResreaderError as err:
        return None, str(err)
    except Exception as exc:  # shown in the pane; the window must survive a failing page
        return None, f"{path}: {type(exc).__name__}: {exc}"
    image = QImage(
        page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888
    ).copy()  # copy: own the pixels
    return PageImage(image, path, page.index, page.page_count, page.page_size, page.scale), ""


class PageWorker(QObject):
    ready = Signal(object)  # the PageImage answering the latest request
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renderer: PageRenderer | None = None
        self._jobs = LatestJobs(self)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def request(self, path: str, index: int, scale: float) -> int:
        """Render page `index` of `path`; `ready` or `failed` follows from the thread."""
        if self._renderer is None:
            from resreader.parsing.pdf.render import PageRenderer

            self._renderer = PageRenderer()
        generation = self._jobs.next_generation()
        self._jobs.start(_Job(generation, self._renderer, path, index, scale, self._relay))
        return generation

    def is_busy(self) -> bool:
        return self._jobs.is_busy()

    def wait(self, msecs: int = -1) -> bool:
        return self._jobs.wait(msecs)

    def close(self) -> None:
        """Let the running page finish, then close the documents kept open."""
        self._jobs.next_generation()
        self._jobs.wait()
        if self._renderer is not None:
            with PDFIUM_LOCK:
                self._renderer.close()

    def _on_done(self, generation: int, page: PageImage | None, error: str) -> None:
        if not self._jobs.finished(generation):
            return  # a newer request was made since
        if page is None:
            self.failed.emit(error)
        else:
            self.ready.emit(page)

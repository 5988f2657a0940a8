"""A page of a PDF as pixels, through PDFium: what the window shows beside the typeset text.

No Qt (and no PIL) here: a page comes back as a plain buffer the UI wraps in an image.
PDFium is not thread-safe, not even across documents: callers that render from another
thread serialize every PDFium call themselves (the window holds one lock for it).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from resreader.errors import ResreaderError

MAX_PIXELS = 40_000_000  # a page larger than this is rendered smaller (~160 MB of RGBX)
MIN_SCALE, MAX_SCALE = 0.1, 8.0
Source = str | Path | bytes
GONE = "no such file (moved or deleted since it was opened)"


class RenderError(ResreaderError):
    """The page cannot be shown: the file is gone, damaged, locked, or has no such page."""


@dataclass(frozen=True)
class RenderedPage:
    """One page as RGBX pixels (4 bytes each, R first; rows `stride` bytes apart)."""

    index: int  # 0-based
    page_count: int
    width: int
    height: int
    stride: int
    pixels: bytes
    page_size: tuple[float, float]  # width, height in PDF points
    scale: float  # pixels per point


def render_page(source: Source, index: int, scale: float) -> RenderedPage:
    """Open, render one page, close: for a one-off. `PageRenderer` keeps documents open."""
    renderer = PageRenderer()
    try:
        return renderer.render(source, index, scale)
    finally:
        renderer.close()


class PageRenderer:
    """Renders pages, keeping the last few documents open (keyed by path and mtime)."""

    def __init__(self, keep: int = 2) -> None:
        self._keep = keep
        self._docs: OrderedDict[tuple[str, int, int], pdfium.PdfDocument] = OrderedDict()

    def render(self, source: Source, index: int, scale: float) -> RenderedPage:
        name = "the document" if isinstance(source, bytes) else str(source)
        if isinstance(source, bytes):
            doc = _open(source, name)
            try:
                return _render(doc, index, scale, name)
            finally:
                doc.close()
        return _render(self._document(Path(source)), index, scale, name)

    def page_count(self, source: str | Path) -> int:
        return len(self._document(Path(source)))

    def close(self) -> None:
        while self._docs:
            self._docs.popitem()[1].close()

    def _document(self, path: Path) -> pdfium.PdfDocument:
        try:
            stat = path.stat()
        except FileNotFoundError:
            raise RenderError(GONE, str(path)) from None
        except OSError as err:
            raise RenderError(err.strerror or "cannot be read", str(path)) from None
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)  # a changed file reopens
        # `in`, not truth: a PdfDocument's truth is its page count
        doc = self._docs.pop(key) if key in self._docs else _open(path, str(path))
        self._docs[key] = doc
        while len(self._docs) > self._keep:
            self._docs.popitem(last=False)[1].close()
        return doc


def _open(source: Path | bytes, name: str) -> pdfium.PdfDocument:
    if isinstance(source, Path) and not source.is_file():
        raise RenderError(GONE, name)
    try:
        # Bytes rather than a path: PDFium then never holds the file open or locked.
        data = source if isinstance(source, bytes) else source.read_bytes()
        return pdfium.PdfDocument(data)
    except OSError as err:
        raise RenderError(err.strerror or "cannot be read", name) from None
    except pdfium.PdfiumError as err:
        raise RenderError(_reason(err), name) from None


def _reason(err: pdfium.PdfiumError) -> str:
    if err.err_code == pdfium_c.FPDF_ERR_PASSWORD:
        return "the PDF is password-protected"
    if err.err_code == pdfium_c.FPDF_ERR_SECURITY:
        return "the PDF uses an unsupported security scheme"
    return "not a PDF that can be shown (damaged or not a PDF)"


def _render(doc: pdfium.PdfDocument, index: int, scale: float, name: str) -> RenderedPage:
    count = len(doc)
    if not 0 <= index < count:
        raise RenderError(f"there is no page {index + 1} (the PDF has {count})", name)
    page = doc[index]
    try:
        width_pt, height_pt = page.get_size()
        scale = _fit_scale(scale, width_pt, height_pt)
        bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
        try:
            pixels = bytes(bitmap.buffer)  # a copy: the bitmap's memory goes with it
            return RenderedPage(
                index,
                count,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                pixels,
                (width_pt, height_pt),
                scale,
            )
        finally:
            bitmap.close()
    except pdfium.PdfiumError:
        raise RenderError(f"page {index + 1} cannot be rendered", name) from None
    finally:
        page.close()


def _fit_scale(scale: float, width_pt: float, height_pt: float) -> float:
    scale = min(max(scale, MIN_SCALE), MAX_SCALE)
    pixels = width_pt * height_pt * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    return scale

"""parsing.pdf.render: a PDF page as RGBX pixels, without Qt; bad files as one-line errors."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from resreader.parsing.pdf.render import MAX_PIXELS, PageRenderer, RenderError, render_page

CORPUS_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus-pdf" / "A-RES-78-224.pdf"


def blank_pdf(*sizes: tuple[float, float]) -> bytes:
    doc = pdfium.PdfDocument.new()
    for width, height in sizes:
        doc.new_page(width, height)
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    return out.getvalue()


def test_a_page_renders_at_the_scale_asked() -> None:
    page = render_page(blank_pdf((200, 300), (100, 100)), 0, 2.0)
    assert (page.width, page.height) == (400, 600)
    assert page.page_size == (200, 300) and page.page_count == 2 and page.index == 0
    assert page.stride >= 4 * page.width and len(page.pixels) == page.stride * page.height
    assert set(page.pixels[: 4 * page.width]) == {255}  # a blank page: white paper, RGBX


@pytest.mark.skipif(not CORPUS_PDF.is_file(), reason="no ../shared/corpus-pdf")
def test_a_corpus_page_has_ink() -> None:
    page = render_page(CORPUS_PDF, 0, 1.0)
    assert (page.width, page.height) == (612, 792)
    dark = sum(1 for i in range(0, len(page.pixels), 4 * 7) if page.pixels[i] < 80)
    assert dark > 200


def test_a_huge_page_is_rendered_smaller() -> None:
    page = render_page(blank_pdf((3000, 3000)), 0, 8.0)
    assert page.width * page.height <= MAX_PIXELS * 1.01
    assert page.scale < 8.0


def test_no_such_page(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"there is no page 3 \(the PDF has 2\)"):
        render_page(blank_pdf((100, 100), (100, 100)), 2, 1.0)


@pytest.mark.parametrize(
    "content, reason",
    [
        (None, "no such file"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 50, "damaged or not a PDF"),
        (b"", "damaged or not a PDF"),
    ],
)
def test_bad_files_are_one_line_naming_the_file(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "bad.pdf"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(RenderError) as caught:
        render_page(path, 0, 1.0)
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message and "\n" not in message


def test_documents_are_kept_open_a_few_and_reopened_when_changed(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(blank_pdf((100, 100)))
    second.write_bytes(blank_pdf((100, 100), (100, 100)))
    renderer = PageRenderer(keep=1)
    try:
        assert renderer.page_count(first) == 1
        assert renderer.page_count(second) == 2  # `first` closed to keep one open
        assert renderer.render(first, 0, 1.0).page_count == 1  # and opened again
        first.write_bytes(blank_pdf((50, 80), (50, 80), (50, 80)))
        stat = first.stat()
        os.utime(first, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
        page = renderer.render(first, 2, 1.0)
        assert page.page_count == 3 and page.page_size == (50, 80)
    finally:
        renderer.close()

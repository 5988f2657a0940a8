"""View › Original Page: the PDF page beside the text, following the tree and the cursor,
the clause's boxes marked; disabled for a text resolution; a broken PDF is a message.

Most tests build the Resolution by hand over a real corpus PDF (A/RES/78/224, 3 pages), so
they check the pane, not the PDF parser; one opens the PDF through the parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor

from resreader.library import Entry
from resreader.model import Footnote, PageBox, Paragraph, Resolution
from resreader.ui.app import build_window
from resreader.ui.main_window import MainWindow
from resreader.ui.original_page import OriginalPagePane
from resreader.ui.page_canvas import MARGIN, MARK_ALPHA
from resreader.ui.pdfium_guard import PDFIUM_LOCK

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PDF = ROOT.parent / "shared" / "corpus-pdf" / "A-RES-78-224.pdf"
needs_pdf = pytest.mark.skipif(not PDF.is_file(), reason="no ../shared/corpus-pdf")

# Where these paragraphs stand in A/RES/78/224 (points from the top-left, as the parser gives).
OP1 = PageBox(0, 123.4, 434.5, 488.5, 467.7)
OP2 = PageBox(1, 123.4, 381.4, 488.4, 414.5)
OP3_END, OP3_NEXT = PageBox(1, 123.4, 620.0, 488.4, 640.0), PageBox(2, 123.4, 90.0, 488.4, 130.0)


def pdf_resolution(source: Path) -> Resolution:
    para = lambda n, lead, boxes: Paragraph(  # noqa: E731
        f"op{n}", str(n), lead, f"{lead} the matter number {n};", boxes=boxes
    )
    return Resolution(
        symbol="A/RES/78/224",
        title="Reducing reoffending",
        body="General Assembly",
        preamble=[
            Paragraph(
                "pp1",
                None,
                "Recalling",
                "Recalling its resolutions,",
                boxes=[PageBox(0, 123.4, 300.0, 488.5, 330.0)],
            )
        ],
        operative=[
            para(1, "Encourages", [OP1]),
            para(2, "Also encourages", [OP2]),
            para(3, "Requests", [OP3_END, OP3_NEXT]),
            para(4, "Decides", []),
        ],
        footnotes=[Footnote("1", "A/CONF.234/16.", boxes=[PageBox(2, 72.0, 700.0, 300.0, 712.0)])],
        source=str(source),
        format="pdf",
    )


@pytest.fixture
def window(qtbot) -> MainWindow:
    win, ok = build_window("library", [], persist=False)
    assert ok
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def show(window: MainWindow, res: Resolution) -> OriginalPagePane:
    window.show_entry(Entry(Path(res.source or "x.txt"), "opened", res))
    return window.original_page.pane


def rendered(qtbot, pane: OriginalPagePane, index: int) -> QImage:
    qtbot.waitUntil(lambda: pane.shown is not None and pane.shown.index == index, timeout=10_000)
    return pane.canvas.grab().toImage()


def select(window: MainWindow, clause_id: str) -> None:
    window.reader.tree.setCurrentIndex(window.reader.model.index_for(clause_id))


def open_pane(window: MainWindow, res: Resolution) -> OriginalPagePane:
    pane = show(window, res)
    window.original_page.action.trigger()
    assert pane.isVisible()
    return pane


def white_share(image: QImage, rect: QRect) -> float:
    rect = rect.intersected(image.rect())
    white = sum(
        image.pixelColor(x, y) == QColor(255, 255, 255)
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
    )
    return white / max(1, (rect.width() // 2) * (rect.height() // 2))


@needs_pdf
def test_the_pane_shows_the_rendered_page(window: MainWindow, qtbot) -> None:
    pane = open_pane(window, pdf_resolution(PDF))
    image = rendered(qtbot, pane, 0)
    page = pane.canvas.page_rect().toRect()
    inked = sum(
        image.pixelColor(x, y).lightness() < 100
        for x in range(page.left(), page.right(), 3)
        for y in range(page.top(), page.bottom(), 3)
    )
    assert inked > 500  # text, not a blank sheet
    assert white_share(image, page) > 0.5  # and mostly paper
    assert pane.page_count == 3 and pane.page_label.text() == "Page 1 of 3"
    assert pane.geometry().left() >= window.reader.view.geometry().right()  # beside the text


@needs_pdf
def test_the_selected_clause_is_marked_in_the_highlight_colour(window: MainWindow, qtbot) -> None:
    pane = open_pane(window, pdf_resolution(PDF))
    select(window, "op1")
    image = rendered(qtbot, pane, 0)
    assert pane.canvas.boxes == [OP1]
    box = pane.canvas.box_rect(OP1).toRect().adjusted(3, 3, -3, -3)
    assert white_share(image, box) == 0  # the paper under the mark is tinted
    margin = pane.canvas.box_rect(PageBox(0, 500.0, OP1.top, 590.0, OP1.bottom)).toRect()
    assert white_share(image, margin) > 0.95  # beside it, in the margin, paper is white
    # The lightest pixel under the mark is paper washed with the highlight colour.
    tint = pane.palette().color(QPalette.ColorRole.Highlight)
    light = max(
        (
            image.pixelColor(x, y)
            for x in range(box.left(), box.right(), 2)
            for y in range(box.top(), box.bottom(), 2)
        ),
        key=lambda c: c.lightness(),
    )
    a = MARK_ALPHA / 255
    for got, want in (
        (light.red(), tint.red()),
        (light.green(), tint.green()),
        (light.blue(), tint.blue()),
    ):
        assert abs(got - (255 * (1 - a) + want * a)) <= 8


@needs_pdf
def test_it_follows_the_tree_to_another_page(window: MainWindow, qtbot) -> None:
    pane = open_pane(window, pdf_resolution(PDF))
    select(window, "op1")
    first = rendered(qtbot, pane, 0)
    select(window, "op2")
    second = rendered(qtbot, pane, 1)
    assert pane.canvas.boxes == [OP2] and pane.page_label.text() == "Page 2 of 3"
    assert first != second
    select(window, "fn1")  # a footnote row: the note's page
    rendered(qtbot, pane, 2)
    assert pane.canvas.boxes == [PageBox(2, 72.0, 700.0, 300.0, 712.0)]


@needs_pdf
def test_it_follows_the_cursor_in_the_reading_pane(window: MainWindow, qtbot) -> None:
    pane = open_pane(window, pdf_resolution(PDF))
    view = window.reader.view
    start, _end = view.index.range_of("op2")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 3)
    view.setTextCursor(cursor)
    rendered(qtbot, pane, 1)
    assert pane.canvas.boxes == [OP2]


@needs_pdf
def test_a_clause_over_two_pages_shows_the_first_and_steps(window: MainWindow, qtbot) -> None:
    pane = open_pane(window, pdf_resolution(PDF))
    select(window, "op3")
    rendered(qtbot, pane, 1)
    assert pane.canvas.boxes == [OP3_END]
    qtbot.keyClick(pane.page_view, Qt.Key.Key_PageDown)
    rendered(qtbot, pane, 2)
    assert pane.canvas.boxes == [OP3_NEXT]  # the rest of the clause, marked too
    assert not pane.next.isEnabled()  # the last page
    qtbot.keyClick(pane.page_view, Qt.Key.Key_PageDown)
    assert pane.index == 2
    pane.previous.click()
    pane.previous.click()
    rendered(qtbot, pane, 0)
    assert pane.canvas.boxes == [] and not pane.previous.isEnabled()


@needs_pdf
def test_fit_width_or_the_whole_page(window: MainWindow, qtbot) -> None:
    pane = open_pane(window, pdf_resolution(PDF))
    window.reader.splitter.setSizes([200, 300, 800])  # a pane wider than the page is tall
    rendered(qtbot, pane, 0)
    view = pane.page_view
    assert view.fit_width and pane.fit.isChecked()
    wide = pane.canvas.size()
    assert wide.width() >= view.viewport().width() - 2 > 600
    assert wide.height() > view.viewport().height()  # scrolls
    pane.fit.click()
    whole = pane.canvas.size()
    assert whole.height() <= view.viewport().height() and whole.width() < wide.width()
    qtbot.waitUntil(lambda: pane.shown is not None and not pane.worker.is_busy())
    assert abs(pane.shown.image.width() - (whole.width() - 2 * MARGIN)) < 0.2 * whole.width()


def test_disabled_for_a_text_resolution(window: MainWindow) -> None:
    window.original_page.action.setChecked(True)
    assert window.open_paths([SEEDS / "A-RES-62-209.txt"])
    action = window.original_page.action
    assert not action.isEnabled()
    assert "PDF" in action.toolTip() and "text" in action.toolTip()
    assert not window.original_page.pane.isVisible()


@needs_pdf
def test_the_pane_comes_back_with_the_next_pdf(window: MainWindow, qtbot) -> None:
    pane = open_pane(window, pdf_resolution(PDF))
    window.open_paths([SEEDS / "A-RES-62-209.txt"])
    assert not pane.isVisible() and window.original_page.action.isChecked()
    show(window, pdf_resolution(PDF))
    assert pane.isVisible() and window.original_page.action.isEnabled()
    rendered(qtbot, pane, 0)


def test_a_missing_pdf_is_a_message(window: MainWindow, qtbot, tmp_path: Path) -> None:
    pane = open_pane(window, pdf_resolution(tmp_path / "gone.pdf"))
    qtbot.waitUntil(lambda: pane.stack.currentWidget() is pane.message, timeout=10_000)
    assert "gone.pdf" in pane.message.text() and "no such file" in pane.message.text()


def test_a_damaged_pdf_is_a_message(window: MainWindow, qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    pane = open_pane(window, pdf_resolution(broken))
    qtbot.waitUntil(lambda: pane.stack.currentWidget() is pane.message, timeout=10_000)
    text = pane.message.text()
    assert "broken.pdf" in text and "damaged or not a PDF" in text
    assert "Traceback" not in text and "\n" not in text


@needs_pdf
def test_a_parsed_pdf_shows_the_page_of_its_clause(window: MainWindow, qtbot) -> None:
    assert window.open_paths([PDF])  # through the PDF parser this time
    res = window.current.resolution
    target = next(c for c in res.clauses() if c.boxes and c.boxes[0].page > 0)
    window.original_page.action.trigger()
    pane = window.original_page.pane
    select(window, target.id)
    rendered(qtbot, pane, target.boxes[0].page)
    assert pane.canvas.boxes == [b for b in target.boxes if b.page == target.boxes[0].page]


def test_the_pane_state_is_remembered(qtbot) -> None:
    win, _ok = build_window("library", [])
    qtbot.addWidget(win)
    win.original_page.action.setChecked(True)
    win.close()
    again, _ok = build_window("library", [])
    qtbot.addWidget(again)
    assert again.original_page.action.isChecked()


@needs_pdf
def test_zooming_keeps_the_clause_in_view(window: MainWindow, qtbot) -> None:
    pane = open_pane(window, pdf_resolution(PDF))
    select(window, "op2")
    rendered(qtbot, pane, 1)
    fitted = pane.canvas.width()
    for _ in range(4):
        pane.zoom_in.click()
    assert pane.canvas.width() > 2 * fitted
    view = pane.page_view
    box = pane.canvas.box_rect(OP2).toRect()
    seen = (
        view.viewport()
        .rect()
        .translated(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    )
    assert seen.intersects(box)
    qtbot.waitUntil(lambda: pane.shown is not None and pane.shown.image.width() > 2 * fitted)
    pane.fit.click()  # fit again: zoom back to 1
    pane.fit.click()
    assert abs(pane.canvas.width() - fitted) <= 2


@needs_pdf
def test_a_good_page_after_a_failed_one_shows_again(qtbot) -> None:
    pane = OriginalPagePane()
    qtbot.addWidget(pane)
    pane.resize(500, 700)
    pane.show()
    pane.set_resolution(pdf_resolution(PDF))
    rendered(qtbot, pane, 0)
    pane.page_count = 0  # the count not yet known, as right after opening
    pane.go_to_page(99)
    qtbot.waitUntil(lambda: pane.stack.currentWidget() is pane.message, timeout=10_000)
    pane.go_to_page(0)
    qtbot.waitUntil(lambda: pane.stack.currentWidget() is pane.page_view, timeout=10_000)


@needs_pdf
def test_a_page_of_the_previous_document_is_never_shown(qtbot, tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    other.write_bytes(PDF.read_bytes())
    pane = OriginalPagePane()
    qtbot.addWidget(pane)
    pane.resize(500, 700)
    pane.show()
    with PDFIUM_LOCK:  # PDFium busy: the render of A waits
        pane.set_resolution(pdf_resolution(PDF))
        pane.hide()
        pane.set_resolution(pdf_resolution(other))  # B opened while the pane is hidden
    pane.worker.wait()
    qtbot.wait(50)
    assert pane.shown is None or pane.shown.path == str(other)

"""PDF and Word files coming into the window: File › Open's filter, drag and drop, opening in
a thread with a busy indicator, bad files as one line; parse warnings in the bar."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton

from resreader.ui.app import build_window
from resreader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS_PDF = ROOT.parent / "shared" / "corpus-pdf"
needs_corpus = pytest.mark.skipif(not CORPUS_PDF.is_dir(), reason="no ../shared/corpus-pdf")

JUMPING = """United Nations A/RES/99/1

The General Assembly,

Recalling its earlier resolutions,

1. Welcomes the report;

2. Decides to remain seized of the matter;

4. Requests a report.
"""


@pytest.fixture
def window(qtbot) -> MainWindow:
    win, ok = build_window("library", [], persist=False)
    assert ok
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def mime(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def drop(window: MainWindow, *paths: Path) -> bool:
    data = mime(*paths)  # kept alive: the event does not own it
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    return event.isAccepted()


def test_open_dialog_offers_pdf_and_word(window: MainWindow, monkeypatch) -> None:
    asked: list[str] = []

    def fake_dialog(_parent, _title, _start, filters):
        asked.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    window.commands.open.trigger()
    filters = asked[0].split(";;")
    assert filters[0] == "Resolutions (*.txt *.md *.pdf *.docx)"
    assert "PDF (*.pdf)" in filters and "Word (*.docx)" in filters
    assert filters[-1] == "All files (*)"


def test_drag_enter_accepts_pdf_and_word(window: MainWindow, tmp_path: Path) -> None:
    for name, wanted in (("a.pdf", True), ("b.DOCX", True), ("c.doc", False), ("d.png", False)):
        data = mime(tmp_path / name)  # kept alive: the event does not own it
        event = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.ignore()
        window.dragEnterEvent(event)
        assert event.isAccepted() is wanted, name


@needs_corpus
def test_a_dropped_pdf_opens_in_a_thread_with_a_busy_indicator(window: MainWindow, qtbot) -> None:
    path = CORPUS_PDF / "A-RES-78-224.pdf"
    with qtbot.waitSignal(window.opener.openedLater, timeout=20_000) as opened:
        assert drop(window, path)
        assert window.busy.isVisible() and "A-RES-78-224.pdf" in window.busy.label.text()
        assert QApplication.overrideCursor() is not None
    assert [e.path for e in opened.args[0]] == [path]
    assert window.current is not None and window.current.symbol == "A/RES/78/224"
    assert window.current.resolution.format == "pdf"
    assert "Reducing reoffending" in window.windowTitle()
    assert not window.busy.isVisible() and QApplication.overrideCursor() is None
    assert not window.messages.isVisible()


def test_a_broken_pdf_gives_one_line_and_changes_nothing(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    rows = window.model.rowCount()
    with qtbot.waitSignal(window.opener.worker.finished, timeout=20_000):
        drop(window, broken)
    assert window.messages.isVisible() and window.messages.kind == "error"
    text = window.messages.text()
    assert text.startswith(f"Could not open {broken}: ") and "\n" not in text
    assert "Traceback" not in text
    assert window.model.rowCount() == rows and window.current is None
    assert not window.busy.isVisible()


def test_a_text_file_still_opens_at_once(window: MainWindow, tmp_path: Path) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_bytes((SEEDS / "A-RES-62-209.txt").read_bytes())
    drop(window, mine)  # no thread, no waiting: parsed in milliseconds
    assert window.current is not None and window.current.path == mine
    assert not window.opener.worker.is_busy()


def test_parse_warnings_show_in_the_bar_and_clear_on_a_clean_file(
    window: MainWindow, tmp_path: Path
) -> None:
    jumping = tmp_path / "jumping.txt"
    jumping.write_text(JUMPING, encoding="utf-8")
    assert window.open_paths([jumping])
    warnings = window.current.resolution.warnings
    assert any("jumps from 2 to 4" in w for w in warnings)
    bar = window.reader.warnings
    assert bar.isVisible() and bar.kind == "warning"
    assert "jumps from 2 to 4" in bar.text()
    assert bar.height() < 2.5 * bar.fontMetrics().height()  # one line
    assert "jumps from 2 to 4" in bar.label.toolTip()
    assert not window.messages.isVisible()  # a warning is not an error: the file opened
    clean = tmp_path / "clean.txt"
    clean.write_bytes((SEEDS / "A-RES-62-209.txt").read_bytes())
    assert window.open_paths([clean]) and not window.current.resolution.warnings
    assert not bar.isVisible()


def test_parse_warnings_can_be_dismissed(window: MainWindow, tmp_path: Path, qtbot) -> None:
    jumping = tmp_path / "jumping.txt"
    jumping.write_text(JUMPING, encoding="utf-8")
    window.open_paths([jumping])
    bar = window.reader.warnings
    assert bar.isVisible()
    qtbot.mouseClick(bar.findChild(QToolButton), Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.current is not None and window.current.path == jumping  # still reading it


@needs_corpus
def test_warnings_of_a_pdf_show_in_the_bar(window: MainWindow, qtbot) -> None:
    path = CORPUS_PDF / "A-RES-79-1.pdf"
    with qtbot.waitSignal(window.opener.openedLater, timeout=30_000):
        drop(window, path)
    res = window.current.resolution
    if not res.warnings:
        pytest.skip("the PDF parser gives 79/1 no warnings now")
    bar = window.reader.warnings
    assert bar.isVisible() and res.warnings[0][:30] in bar.label.toolTip()


def test_the_window_starts_without_loading_pdfium() -> None:
    # the window's PDFium lock once imported parsing.pdf, and with it pypdfium2 and the
    # whole parser: start-up went from 2.6x to 3.3x a bare window (the text parser itself
    # loads here only when the parse cache is cold, as in this test)
    code = (
        "import sys\nfrom resreader.ui.app import application, build_window\n"
        "application()\nwin, ok = build_window('library', [], persist=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('pypdfium2', 'resreader.parsing.pdf'))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert run.stdout.strip().splitlines()[-1] == "[]"

"""The Read tab: tree and text follow each other; find in page; zoom; links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from resreader.library import load
from resreader.model import Footnote, Paragraph, Resolution, SubParagraph
from resreader.ui.clause_model import ClauseIdRole
from resreader.ui.reader_panel import ReaderPanel
from ui_helpers import shown_panel

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def panel(qtbot) -> ReaderPanel:
    return shown_panel(qtbot)


def nested() -> Resolution:
    subs = [
        SubParagraph(
            "op2(a)",
            "(a)",
            "To report on the first matter;",
            subparagraphs=[
                SubParagraph("op2(a)(i)", "(i)", "in its first part;"),
                SubParagraph("op2(a)(ii)", "(ii)", "in its second part;"),
            ],
        ),
        SubParagraph("op2(b)", "(b)", "To act on the second matter."),
    ]
    return Resolution(
        symbol="A/RES/99/1",
        title="Nested",
        adopted="2020-01-02",
        preamble=[Paragraph("pp1", None, "Recalling", "Recalling its resolution 58/220,")],
        operative=[
            Paragraph("op1", "1", "Welcomes", "Welcomes the report;", footnotes=["1"]),
            Paragraph(
                "op2", "2", "Requests", "Requests the Secretary-General:", subparagraphs=subs
            ),
            Paragraph("op3", "3", "Decides", "Decides to remain seized of the matter."),
        ],
        footnotes=[Footnote("1", "A/99/100.")],
    )


def marked_text(panel: ReaderPanel) -> str:
    span = panel.view.marked_range()
    assert span is not None
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def current_clause(panel: ReaderPanel) -> str | None:
    return panel.tree.currentIndex().data(ClauseIdRole)


def put_cursor_in(panel: ReaderPanel, words: str) -> None:
    cursor = panel.view.document().find(words)
    assert not cursor.isNull(), words
    cursor.clearSelection()
    panel.view.setTextCursor(cursor)


def test_selecting_a_tree_row_scrolls_to_and_marks_the_clause(panel: ReaderPanel) -> None:
    res = load(SEEDS / "A-RES-62-209.txt")
    panel.show_resolution(res)
    bar = panel.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    last = res.operative[-1]
    panel.tree.setCurrentIndex(panel.model.index_for(last.id))
    assert bar.value() > 0
    assert last.text[:30] in marked_text(panel)
    assert res.operative[-2].text[:30] not in marked_text(panel)
    assert panel.view.clause_at_cursor() == last.id
    panel.tree.setCurrentIndex(panel.model.index_for("pp1"))
    assert bar.value() < bar.maximum() // 2
    assert res.preamble[0].text[:30] in marked_text(panel)


def test_moving_the_cursor_in_the_text_selects_the_row(panel: ReaderPanel) -> None:
    res = load(SEEDS / "A-RES-62-209.txt")
    panel.show_resolution(res)
    for clause in (res.operative[2], res.preamble[3], res.operative[-1]):
        put_cursor_in(panel, clause.text[10:40])
        assert current_clause(panel) == clause.id
        assert panel.tree.selectionModel().isSelected(panel.tree.currentIndex())
    # The text cursor stayed where the user put it (the tree did not pull it back).
    assert panel.view.textCursor().position() > panel.view.index.range_of(res.operative[-1].id)[0]


def test_sub_paragraphs_map_both_ways(panel: ReaderPanel) -> None:
    panel.show_resolution(nested())
    put_cursor_in(panel, "in its second part")
    assert current_clause(panel) == "op2(a)(ii)"
    put_cursor_in(panel, "second matter")
    assert current_clause(panel) == "op2(b)"
    put_cursor_in(panel, "remain seized")
    assert current_clause(panel) == "op3"
    panel.tree.setCurrentIndex(panel.model.index_for("op2"))
    marked = marked_text(panel)
    assert "Requests the Secretary-General" in marked and "second matter" in marked
    assert "remain seized" not in marked and "Welcomes" not in marked
    panel.tree.setCurrentIndex(panel.model.index_for("op2(a)(i)"))
    assert "first part" in marked_text(panel) and "second part" not in marked_text(panel)


def test_find_in_page_counts_and_steps(panel: ReaderPanel, qtbot) -> None:
    panel.show_resolution(load(SEEDS / "A-RES-62-209.txt"))
    bar = panel.find_bar
    bar.open_bar()
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "triangular")
    total = bar.count
    assert total >= 2 and bar.status.text() == f"1 of {total}"
    assert panel.view.textCursor().selectedText().lower() == "triangular"
    bar.find_next()
    assert bar.status.text() == f"2 of {total}"
    bar.find_previous()
    bar.find_previous()
    assert bar.status.text() == f"{total} of {total}"  # wraps around
    qtbot.keyClicks(bar.edit, "xyzzy")
    assert bar.status.text() == "No matches"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    # the matches go; what stays is the tint of the clause the caret is in
    selections = panel.view.extraSelections()
    assert not bar.isVisible() and len(selections) == 1
    view = panel.view
    assert view.marked_range() == view.index.range_of(view.clause_at_cursor())


def test_zoom_steps_change_the_font_and_reset(panel: ReaderPanel) -> None:
    panel.show_resolution(nested())
    before = panel.view.font().pointSizeF()
    panel.view.set_zoom(3)
    assert panel.view.font().pointSizeF() == before + 3
    panel.view.set_zoom(0)
    assert panel.view.font().pointSizeF() == before
    panel.view.set_zoom(-100)
    assert panel.view.zoom == -6


def test_links_are_reported_never_followed(panel: ReaderPanel, qtbot) -> None:
    panel.show_resolution(nested())
    view = panel.view
    source = view.toHtml()
    with qtbot.waitSignal(view.resolutionLinkClicked) as res_link:
        view.anchorClicked.emit(QUrl("res:A/RES/58/220"))
    assert res_link.args == ["A/RES/58/220"]
    with qtbot.waitSignal(panel.statusMessage) as status:
        view.anchorClicked.emit(QUrl("fn:1"))
    assert status.args == ["Note 1: A/99/100."]
    with qtbot.waitSignal(view.otherLinkClicked) as other:
        view.anchorClicked.emit(QUrl("https://example.org/evil"))
    assert other.args == ["https://example.org/evil"]
    assert view.toHtml() == source and view.source().isEmpty()


def test_a_dark_palette_typesets_the_dark_variant(qtbot) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from resreader.library import Library
    from resreader.store import Settings
    from resreader.ui.main_window import MainWindow
    from resreader.ui.reader_panel import default_typesetter

    calls: list[bool] = []

    def recording(res: Resolution, **options: object) -> str:
        calls.append(bool(options["dark"]))
        return default_typesetter()(res, **options)

    window = MainWindow(Library(), Settings(), typesetter=recording)
    qtbot.addWidget(window)
    window.scan_library()
    window.open_names(["62/209"])
    assert calls and not any(calls)
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    try:
        app.setPalette(dark)  # the window hears of it and typesets again
        qtbot.waitUntil(lambda: calls[-1] is True)
        assert "Welcomes the report" in window.reader.view.toPlainText()
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: calls[-1] is False)


def test_a_reference_row_shows_its_first_citation(panel: ReaderPanel) -> None:
    res = load(SEEDS / "A-RES-62-209.txt")
    panel.show_resolution(res)
    refs = panel.model.index(panel.model.rowCount() - 1, 0)
    assert refs.data() == "References"
    row = panel.model.index(2, 0, refs)
    target = res.references[2].target
    panel.tree.setCurrentIndex(row)
    assert panel.view.textCursor().selectedText() == target
    assert marked_text(panel) == target


def test_a_footnote_row_goes_to_the_note(panel: ReaderPanel) -> None:
    res = load(SEEDS / "A-RES-62-209.txt")
    panel.show_resolution(res)
    panel.go_to_clause("fn6")
    assert res.footnote("6").text[:25] in marked_text(panel)
    assert panel.view.verticalScrollBar().value() > 0


def test_zoom_and_retypeset_keep_the_place_and_a_new_document_opens_at_the_top(
    panel: ReaderPanel,
) -> None:
    res = load(SEEDS / "A-RES-62-209.txt")
    panel.show_resolution(res)
    panel.tree.setCurrentIndex(panel.model.index_for("op8"))
    start = panel.view.index.range_of("op8")[0]
    assert panel.view.clause_at_cursor() == "op8"
    top = panel.view.top_position()
    assert abs(top - start) < 40
    panel.view.set_zoom(4)
    assert abs(panel.view.top_position() - top) < 40  # still reading op8
    panel.retypeset()
    assert abs(panel.view.top_position() - top) < 40
    assert res.operative[7].text[:30] in marked_text(panel)  # the mark survives
    panel.show_resolution(load(SEEDS / "A-RES-68-230.md"))
    assert panel.view.verticalScrollBar().value() == 0


def test_parse_warnings_sit_in_a_thin_bar_above_the_text(panel: ReaderPanel) -> None:
    res = nested()
    res.warnings = [f"footnote marker {n} has no footnote text" for n in range(1, 9)]
    panel.show_resolution(res)
    bar = panel.warnings
    assert bar.isVisible() and bar.text().startswith("8 parse warnings: footnote marker 1")
    assert bar.height() < 2.5 * bar.fontMetrics().height()  # one line, however many
    assert bar.label.toolTip().count("<br>") == 7  # one warning a line, as escaped rich text
    assert bar.geometry().bottom() <= panel.view.geometry().top()
    panel.show_resolution(nested())
    assert not bar.isVisible()


def test_a_narrower_pane_keeps_the_place(panel: ReaderPanel, qtbot) -> None:
    # Opening the original page beside the text halves its width: the reader stays on op8.
    panel.show_resolution(load(SEEDS / "A-RES-62-209.txt"))
    panel.tree.setCurrentIndex(panel.model.index_for("op8"))
    top = panel.view.top_position()
    assert top > 1000
    panel.view.setFixedWidth(panel.view.width() // 2)
    qtbot.waitUntil(lambda: panel.view.width() < 600)
    assert abs(panel.view.top_position() - top) < 40
    assert panel.view.clause_at_cursor() == "op8"


def test_a_long_row_number_does_not_run_into_the_text(panel: ReaderPanel) -> None:
    from resreader.model import Annex

    res = nested()
    res.annexes = [
        Annex("annex1", "Pact", [Paragraph("annex1-op1", "1", None, "We act.")]),
        Annex("annex2", "Compact", [Paragraph("annex2-op1", "1", None, "We go.")]),
    ]
    panel.show_resolution(res)
    rect = panel.tree.visualRect(panel.model.index_for("annex2"))
    image = panel.tree.viewport().grab(rect).toImage()
    inked = [
        any(image.pixelColor(x, y).lightness() < 160 for y in range(image.height()))
        for x in range(image.width())
    ]
    runs, previous = [], False  # runs of inked columns: words, with gaps between them
    for x, ink in enumerate(inked):
        if ink and not previous:
            runs.append(x)
        previous = ink
    blank_before = [x for x in runs if x > 0 and not any(inked[max(0, x - 5) : x])]
    assert len(blank_before) >= 3  # "Annex", "2", "Compact": each after a clear gap


def test_zoom_scales_the_paragraph_spacing_with_the_text(qtbot) -> None:
    from resreader.ui.app import build_window

    win, ok = build_window("open", ["62/209"], persist=False)
    qtbot.addWidget(win)

    def largest_gap() -> float:
        block, gaps = win.reader.view.document().begin(), []
        while block.isValid():
            gaps.append(block.blockFormat().topMargin())
            block = block.next()
        return max(gaps)

    size, gap = win.reader.view.font().pointSizeF(), largest_gap()
    for _ in range(6):
        win.commands.zoom_in.trigger()
    grown = win.reader.view.font().pointSizeF() / size
    assert grown > 1.3
    assert largest_gap() == pytest.approx(gap * grown, rel=0.1)  # the spacing grew as much

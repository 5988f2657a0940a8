"""The clipboard after a copy: HTML, Markdown and plain text at once, citations, escaping."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QWidget

from resreader.highlight_lookup import ResolutionFinder
from resreader.highlights import HighlightStore
from resreader.library import Library
from resreader.model import Paragraph, Resolution, SubParagraph
from resreader.ui import clipboard as clip
from resreader.ui.highlight_actions import HighlightActions
from resreader.ui.highlights_panel import HighlightsPanel

SCRIPT = "to act on <script>alert(1)</script> & more;"


def hand_made(symbol: str = "A/RES/62/209") -> Resolution:
    op7 = Paragraph(
        "op7",
        "7",
        "Calls upon",
        "Calls upon States:",
        subparagraphs=[SubParagraph("op7(c)", "(c)", SCRIPT)],
    )
    return Resolution(
        symbol=symbol,
        title="South-South cooperation",
        preamble=[
            Paragraph(f"pp{n}", None, "Recalling", f"Recalling text {n},") for n in range(1, 7)
        ],
        operative=[op7, Paragraph("op12", "12", "Decides", "Decides to include the item;")],
    )


@pytest.fixture
def board(qapp: QApplication) -> QClipboard:
    clipboard = qapp.clipboard()
    clipboard.clear()
    yield clipboard
    clipboard.clear()  # offscreen Qt segfaults at exit while it holds Python-made data


@pytest.fixture
def store(tmp_path: Path) -> HighlightStore:
    opened = HighlightStore(tmp_path / "h.sqlite3")
    yield opened
    opened.close()


def formats(board: QClipboard) -> tuple[str, str, str]:
    data = board.mimeData()
    assert {"text/html", "text/markdown", "text/plain"} <= set(data.formats())
    return data.html(), bytes(data.data("text/markdown")).decode("utf-8"), data.text()


def test_put_clauses_sets_three_formats_at_once(board: QClipboard) -> None:
    clip.put_clauses(board, "<p><i>Decides</i> é</p>", "*Decides* é", "Decides é")
    assert formats(board) == ("<p><i>Decides</i> é</p>", "*Decides* é", "Decides é")


def test_copy_clause_with_citation_and_escaped_text(board: QClipboard) -> None:
    copied = clip.copy_clause(hand_made(), "op7(c)", board)
    assert copied.clauses == 1 and copied.message().startswith("Copied 1 clause ")
    html, markdown, text = formats(board)
    assert SCRIPT in text and "(A/RES/62/209, para. 7 (c))" in text
    assert "(A/RES/62/209, para. 7 (c))" in markdown
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; more" in html
    assert "A/RES/62/209, para. 7 (c)" in html


def test_clipboard_markdown_keeps_entity_references_as_text(board: QClipboard) -> None:
    res = hand_made()
    res.operative[1] = Paragraph("op12", "12", "Decides", "Decides that &lt;b&gt; stays;")
    clip.copy_clause(res, "op12", board)
    html, markdown, text = formats(board)
    assert "Decides* that \\&lt;b\\&gt; stays;" in markdown
    assert "that &lt;b&gt; stays;" in text and "&amp;lt;b&amp;gt;" in html


def test_copy_highlights_in_document_order_with_notes(
    board: QClipboard, store: HighlightStore
) -> None:
    res = hand_made()
    store.add(res, "op12", note="agreed at 62")
    store.add(res, "pp6")
    store.add(res, "op7(c)")
    copied = clip.copy_highlights(res, store, board)
    assert copied.clauses == 3
    _html, markdown, text = formats(board)
    cites = [
        "(A/RES/62/209, sixth preambular paragraph)",
        "(A/RES/62/209, para. 7 (c))",
        "(A/RES/62/209, para. 12)",
    ]
    for rendering in (text, markdown):
        places = [rendering.index(c) for c in cites]
        assert places == sorted(places), rendering
        assert "agreed at 62" in rendering


def test_copy_highlights_with_nothing_highlighted_leaves_the_clipboard(
    board: QClipboard, store: HighlightStore
) -> None:
    clip.put_clauses(board, "<p>before</p>", "before", "before")
    copied = clip.copy_highlights(hand_made(), store, board)
    assert copied.clauses == 0 and copied.message() == "Nothing highlighted to copy"
    assert board.text() == "before"


def test_copy_all_highlights_across_the_library(board: QClipboard, store: HighlightStore) -> None:
    library = Library(user_dir=Path("/nonexistent"))
    library.scan()
    older, newer = library.by_symbol("60/212").resolution, library.by_symbol("62/209").resolution
    store.add(newer, "op1")
    store.add(older, "op2", note="compare with 62/209")
    store.add(hand_made("A/RES/1/1"), "op12")  # neither in the library nor in a file
    copied = clip.copy_all_highlights(store, library, board)
    assert copied.clauses == 2 and copied.missing == ["A/RES/1/1"]
    assert "not found, so not copied: A/RES/1/1" in copied.message()
    html, markdown, text = formats(board)
    for rendering in (text, markdown, html):
        assert rendering.index("A/RES/60/212, para. 2") < rendering.index("A/RES/62/209, para. 1")
    assert "compare with 62/209" in text


def test_copy_redline_has_html_and_a_text_fallback(board: QClipboard) -> None:
    words = [
        ("equal", "Welcomes the report on its"),
        ("delete", "fourteenth <b>"),
        ("insert", "fifteenth & last"),
        ("equal", "session;"),
    ]
    clip.copy_redline(words, board)
    data = board.mimeData()
    assert data.hasHtml() and data.hasText()
    assert "fourteenth &lt;b&gt;" in data.html() and "fifteenth &amp; last" in data.html()
    assert "fourteenth <b>" not in data.html()
    assert "fourteenth <b>" in data.text() and "fifteenth & last" in data.text()


def test_actions_and_panel_copy_to_the_clipboard(
    qtbot, board: QClipboard, store: HighlightStore
) -> None:
    res = hand_made()
    store.add(res, "op7(c)", "pink")
    owner = QWidget()
    qtbot.addWidget(owner)
    actions = HighlightActions(store, lambda: (res, ["op12"]), owner)
    with qtbot.waitSignal(actions.message) as said:
        actions.copy_highlighted.trigger()
    assert said.args == ["Copied 1 highlighted clause from A/RES/62/209"]
    assert "(A/RES/62/209, para. 7 (c))" in formats(board)[2]

    actions.copy_clause.trigger()  # the clause at the cursor, not highlighted
    assert "(A/RES/62/209, para. 12)" in formats(board)[2]

    panel = HighlightsPanel(store, ResolutionFinder([res]), clipboard=board)
    qtbot.addWidget(panel)
    board.clear()
    panel.copy_button.click()
    assert "(A/RES/62/209, para. 7 (c))" in formats(board)[2]


def test_clear_clipboard_on_quit(board: QClipboard, qapp: QApplication) -> None:
    clip.put_clauses(board, "<p>x</p>", "x", "x")
    clip.clear_clipboard_on_quit(qapp)
    qapp.aboutToQuit.emit()
    data = board.mimeData()
    assert board.text() == "" and (data is None or not data.hasHtml())


def test_a_highlight_the_text_no_longer_has_is_skipped_and_named(
    board: QClipboard, store: HighlightStore
) -> None:
    res = hand_made()
    store.add(res, "op12")
    store.add(res, "op14")  # highlighted in an earlier version of the text
    copied = clip.copy_highlights(res, store, board)
    assert copied.clauses == 1 and copied.gone == ["A/RES/62/209 op14"]
    assert copied.message() == (
        "Copied 1 clause with citations; no longer in the text: A/RES/62/209 op14"
    )
    assert "(A/RES/62/209, para. 12)" in formats(board)[2]
    store.remove(res, "op12")
    board.clear()
    assert clip.copy_highlights(res, store, board).message().startswith("Nothing copied")
    assert board.text() == ""


def test_clipboard_carries_no_bidi_controls(board: QClipboard) -> None:
    res = hand_made()
    res.operative[1] = Paragraph("op12", "12", "Decides", "Decides to pay \u202e001\u202c;")
    clip.copy_clause(res, "op12", board)
    for rendering in formats(board):
        assert "\u202e" not in rendering and "\u202c" not in rendering and "001" in rendering
    clip.copy_redline([("equal", "pay "), ("insert", "\u2067002\u2069")], board)
    data = board.mimeData()
    assert "\u2067" not in data.html() + data.text() and "002" in data.text()

"""The reading pane: a QTextBrowser that shows typeset HTML and never follows links itself.

It knows clauses only through the anchors the typesetter names after clause ids; it tells
its owner which clause the cursor is in, and what kind of link was clicked.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from resreader.ui.anchor_index import AnchorIndex
from resreader.ui.highlight_marks import note_tooltip
from resreader.ui.tooltips import text_tooltip

MIN_ZOOM, MAX_ZOOM = -6, 12  # zoom steps of one point each
MEASURE = 34  # the widest comfortable text column, in ems (~75 characters of a serif)
MIN_MARGIN = 24  # pixels of margin either side of the text, however narrow the pane


class ReaderView(QTextBrowser):
    clauseAtCursor = Signal(str)  # "" when the cursor is outside every clause
    resolutionLinkClicked = Signal(str)  # "A/RES/58/220"
    footnoteLinkClicked = Signal(str)  # "3"
    otherLinkClicked = Signal(str)  # any other URL: shown, never followed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)  # dropped files go to the main window
        self.setPlaceholderText("Choose a resolution in the library, or open a file (Ctrl+O).")
        # A keyboard caret lets the user walk the text, and the clause tree follows it.
        self.setTextInteractionFlags(
            self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.index = AnchorIndex()
        self.notes: dict[str, str] = {}  # clause id → its highlight's note, shown on hover
        self.zoom = 0
        self._mark: list[QTextEdit.ExtraSelection] = []
        self._mark_span: tuple[int, int] | None = None  # kept as numbers: a cursor read
        # back from an ExtraSelection is a wrapper PySide may hand out stale
        self.marked_clause = ""  # the clause the tree last went to, marked in the text
        self._matches: list[QTextEdit.ExtraSelection] = []
        self._last_clause = ""
        self.anchorClicked.connect(self._on_link)
        self.cursorPositionChanged.connect(self._on_cursor)

    def event(self, event: QEvent) -> bool:
        # QTextBrowser keeps a footnote's `title` on the marker but never shows it itself.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            viewport_pos = self.viewport().mapFromGlobal(event.globalPos())
            cursor = self.cursorForPosition(viewport_pos)
            tip = cursor.charFormat().toolTip()  # the format of the character before…
            if not tip:  # …so also look at the one after, the side the pointer is on
                cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
                tip = cursor.charFormat().toolTip()
            # a marker's title is the footnote's text: data, escaped here; the highlight
            # note comes as rich text already escaped by note_tooltip (escape once only)
            rich = text_tooltip(tip) if tip else self._note_at(cursor.position())
            if rich:
                QToolTip.showText(event.globalPos(), rich, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- content --
    def show_html(self, html: str, clause_ids: Iterable[str]) -> None:
        self._mark, self._matches, self._last_clause = [], [], ""
        self._mark_span = None
        self.marked_clause = ""
        self.setHtml(html)
        self._fit_measure()
        self.index = AnchorIndex(self.document(), clause_ids)
        self._apply_selections()

    def clear_content(self) -> None:
        self.show_html("", ())

    # -- clauses --
    def clause_at_cursor(self) -> str | None:
        return self.index.clause_at(self.textCursor().position())

    def restore_cursor(self, position: int) -> None:
        """Put the caret back after typesetting again, without announcing a move."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, max(self.document().characterCount() - 1, 0)))
        self._last_clause = self.index.clause_at(cursor.position()) or ""
        self.setTextCursor(cursor)

    def go_to_clause(self, clause_id: str) -> bool:
        """Scroll the clause into view, put the cursor there and mark it."""
        span = self.index.range_of(clause_id) or self._anchor_span(clause_id)
        if span is None:
            return False
        self._last_clause = clause_id  # the cursor move below must not echo back
        cursor = self.textCursor()
        cursor.setPosition(span[0])
        self.setTextCursor(cursor)
        self.scrollToAnchor(clause_id)
        self.mark_range(*span)
        self.marked_clause = clause_id
        return True

    def set_cursor_quietly(self, cursor: QTextCursor) -> None:
        """Move the caret (a reference's citation) without re-marking or announcing it."""
        self._last_clause = self.index.clause_at(cursor.position()) or ""
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def mark_at_cursor(self) -> None:
        """Mark the clause the caret is in: the one current clause follows the caret."""
        clause = self.clause_at_cursor()
        if clause:
            self.mark_clause(clause)

    def mark_clause(self, clause_id: str) -> bool:
        """Mark a clause without moving: after typesetting again, the mark comes back."""
        span = self.index.range_of(clause_id) or self._anchor_span(clause_id)
        if span is not None:
            self.mark_range(*span)
            self.marked_clause = clause_id
        return span is not None

    def mark_range(self, start: int, end: int) -> None:
        self.marked_clause = ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = QTextCharFormat()
        selection.format.setBackground(self._mark_colour())
        self._mark = [selection]
        self._mark_span = (start, end)
        self._apply_selections()

    def marked_range(self) -> tuple[int, int] | None:
        return self._mark_span

    # -- find in page --
    def find_all(self, text: str) -> int:
        """Highlight every match of `text` (case-insensitive); return how many there are."""
        self._matches = []
        if text:
            colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(70)
            cursor = self.document().find(text, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = QTextCharFormat()
                selection.format.setBackground(colour)
                self._matches.append(selection)
                cursor = self.document().find(text, cursor)
        self._apply_selections()
        return len(self._matches)

    def find_step(self, text: str, backward: bool = False) -> int:
        """Move to the next (or previous) match, wrapping; return its 1-based ordinal or 0."""
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if not text:
            return 0
        if not self.find(text, flags):
            cursor = self.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.setTextCursor(cursor)
            if not self.find(text, flags):
                return 0
        self._centre_caret()
        start = self.textCursor().selectionStart()
        return next(
            (i + 1 for i, s in enumerate(self._matches) if s.cursor.selectionStart() == start), 0
        )

    # -- zoom --
    def set_zoom(self, steps: int) -> None:
        """Zoom by whole points, keeping the line at the top of the pane in place."""
        steps = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        top = self.top_position()
        if steps > self.zoom:
            self.zoomIn(steps - self.zoom)
        elif steps < self.zoom:
            self.zoomOut(self.zoom - steps)
        self.zoom = steps
        self._fit_measure()
        self.keep_at_top(top)

    def top_position(self) -> int:
        """The document position shown at the top of the pane."""
        # Half a line down: the very first pixel row may still belong to the block above.
        probe = QPoint(self.viewport().width() // 2, self.fontMetrics().height() // 2)
        return self.cursorForPosition(probe).position()

    def keep_at_top(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    # -- layout: a readable line length, centred in a wide pane --
    def resizeEvent(self, event: QResizeEvent) -> None:
        # A new width re-wraps every line: keep the text that was at the top there (opening
        # the original page beside the text halves its width).
        rewraps = event.oldSize().width() > 0 and event.oldSize().width() != event.size().width()
        top = self.top_position() if rewraps and self.verticalScrollBar().value() > 0 else None
        super().resizeEvent(event)
        self._fit_measure()
        if top is not None:
            self.keep_at_top(top)

    def _fit_measure(self) -> None:
        em = QFontMetricsF(self.document().defaultFont()).height()
        spare = self.viewport().width() - MEASURE * em
        margin = max(MIN_MARGIN, spare / 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if abs(frame.leftMargin() - margin) >= 1:
            frame.setLeftMargin(margin)
            frame.setRightMargin(margin)
            root.setFrameFormat(frame)

    # -- internals --
    def _anchor_span(self, name: str) -> tuple[int, int] | None:
        """A non-clause anchor (a footnote, the meeting line): its own block or table."""
        if name not in self.index.names:
            return None
        return self.index.units[self.index.names.index(name)]

    def _note_at(self, position: int) -> str:
        note = self.notes.get(self.index.clause_at(position) or "")
        return note_tooltip(note) if note else ""  # escaped: a note is data too

    def _apply_selections(self) -> None:
        self.setExtraSelections(self._mark + self._matches)

    def _mark_colour(self) -> QColor:
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        colour.setAlpha(80 if dark else 38)  # a wash that reads on either background
        return colour

    def _centre_caret(self) -> None:
        """A match stands mid-pane, with text around it, not on the bottom edge."""
        bar = self.verticalScrollBar()
        offset = self.cursorRect().center().y() - self.viewport().height() // 2
        bar.setValue(bar.value() + offset)

    def _on_cursor(self) -> None:
        clause = self.clause_at_cursor() or ""
        if clause != self._last_clause:
            self._last_clause = clause
            if clause:  # one current clause: the tint moves with the caret, as the tree does
                self.mark_clause(clause)
            self.clauseAtCursor.emit(clause)

    def _on_link(self, url: QUrl) -> None:
        scheme, text = url.scheme(), url.toString()
        if scheme == "res":
            self.resolutionLinkClicked.emit(text.removeprefix("res:"))
        elif scheme == "fn":
            self.footnoteLinkClicked.emit(text.removeprefix("fn:"))
        elif not scheme and url.hasFragment():  # a link within the document
            self.scrollToAnchor(url.fragment())
        else:
            self.otherLinkClicked.emit(text)

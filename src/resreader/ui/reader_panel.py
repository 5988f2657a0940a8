"""The Read tab: the clause tree beside the reading pane; tree and text follow each other.

Parse warnings sit in a thin bar above the text; the find bar below it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from resreader.highlights import all_clauses
from resreader.model import Resolution
from resreader.ui import theme
from resreader.ui.clause_delegate import ClauseDelegate
from resreader.ui.clause_model import ClauseIdRole, ClauseModel, KindRole, TargetRole
from resreader.ui.find_bar import FindBar
from resreader.ui.highlight_marks import Marks, background
from resreader.ui.link_words import link_words, note_words
from resreader.ui.message_bar import MessageBar
from resreader.ui.reader_history import Navigator
from resreader.ui.reader_view import ReaderView

# resolution_html(res, *, dark, library_symbols, highlights, font_family, scale) -> str
Typesetter = Callable[..., str]
MarkSource = Callable[[Resolution], Marks]  # the highlights of a resolution


def default_typesetter() -> Typesetter:
    from resreader.typeset import resolution_html  # Pygments loads here, after start-up

    return resolution_html


class ReaderPanel(QWidget):
    statusMessage = Signal(str)
    resolutionShown = Signal()  # a new resolution (or none) is on screen

    def __init__(self, typesetter: Typesetter | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._typesetter = typesetter
        self.resolution: Resolution | None = None
        self._following = False
        self.dark = False  # the variant last typeset
        self.library_symbols: frozenset[str] = frozenset()
        self.library_titles: dict[str, str] = {}  # symbol → title, for the status bar
        self.highlights: dict[str, str] = {}  # clause id → colour, drawn by the typesetter
        self.mark_source: MarkSource | None = None  # when set, `highlights` follows it
        self.marks: Marks = {}
        self.model = ClauseModel(self)
        self.tree = self._make_tree()
        self.view = ReaderView(self)
        self.view.setFont(theme.reading_font())
        self.warnings = MessageBar(self, closable=True, one_line=True)
        self.warnings.setObjectName("parseWarnings")
        self.find_bar = FindBar(self.view, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self._text_column())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 745])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.view.clauseAtCursor.connect(self._select_row_for)
        self.navigator = Navigator(self, self.view, lambda: self.resolution)
        self.back_action = self.navigator.back_action
        self.forward_action = self.navigator.forward_action
        self.view.footnoteLinkClicked.connect(self.show_footnote)
        self.view.highlighted.connect(lambda url: self.statusMessage.emit(self.describe(url)))

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("clauseTree")
        tree.setModel(self.model)
        tree.setItemDelegate(ClauseDelegate(tree))
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.selectionModel().currentChanged.connect(self._on_tree_current)
        return tree

    def _text_column(self) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.warnings)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        return column

    # -- content --
    def show_resolution(self, res: Resolution | None, dark: bool | None = None) -> None:
        """Typeset `res` into the pane (None clears it) and rebuild the tree."""
        self.resolution = res
        self._load_marks()
        self.model.set_resolution(res, self.marks)
        if res is None:
            self.view.clear_content()
            self.warnings.dismiss()
            self.resolutionShown.emit()
            return
        self._typeset(dark)
        self.view.verticalScrollBar().setValue(0)  # a new document opens at its top
        self._expand_groups()
        if res.warnings:
            count = len(res.warnings)
            head = f"{count} parse warnings: " if count > 1 else "Parse warning: "
            self.warnings.show_message(
                head + "; ".join(res.warnings), "warning", details="\n".join(res.warnings)
            )
        else:
            self.warnings.dismiss()
        self.resolutionShown.emit()

    def set_library(self, titles: dict[str, str]) -> None:
        """The library's symbols and titles: links to them, described by title on hover."""
        self.library_titles = dict(titles)
        symbols = frozenset(titles)
        if symbols != self.library_symbols:
            self.library_symbols = symbols
            self.retypeset()

    def retypeset(self, dark: bool | None = None) -> None:
        """Typeset again (palette changed, library changed); keeps the place in the text."""
        if self.resolution is None:
            return
        top, marked = self.view.top_position(), self.view.marked_clause
        caret = self.view.textCursor().position()
        self._typeset(dark)
        self.view.restore_cursor(caret)
        self.view.keep_at_top(top)
        if marked:
            self.view.mark_clause(marked)

    def refresh_highlights(self) -> None:
        """The highlights changed: show them in the tree and the text, keeping the place."""
        self._load_marks()
        self.model.set_highlights(self.marks)
        self.retypeset()

    def _load_marks(self) -> None:
        if self.mark_source is not None:
            self.marks = self.mark_source(self.resolution) if self.resolution else {}
        self.view.notes = {cid: m.note for cid, m in self.marks.items() if m.note}

    def set_zoom(self, steps: int) -> None:
        """Zoom the text by whole points, and its paragraph spacing and indents with it."""
        before = self.view.zoom
        self.view.set_zoom(steps)
        if self.view.zoom != before and self.resolution is not None:
            self.retypeset()

    def _spacing_scale(self) -> float:
        size = self.view.font().pointSizeF()  # zoom steps are points on the base size
        base = size - self.view.zoom
        return size / base if base > 0 and size > 0 else 1.0

    def _typeset(self, dark: bool | None) -> None:
        assert self.resolution is not None
        if self._typesetter is None:
            self._typesetter = default_typesetter()
        self.dark = theme.is_dark() if dark is None else dark
        if self.mark_source is not None:
            self.highlights = {
                cid: background(m.colour, self.dark) for cid, m in self.marks.items()
            }
        html = self._typesetter(
            self.resolution,
            dark=self.dark,
            library_symbols=self.library_symbols,
            highlights=self.highlights or None,
            font_family=theme.reading_font_family(),
            scale=self._spacing_scale(),
        )
        ids = [c.id for c in self.resolution.clauses()]
        ids += [a.id for a in self.resolution.annexes]
        ids += [p.id for a in self.resolution.annexes for p in a.paragraphs]
        self.view.show_html(html, ids)

    def follow_palette(self) -> None:
        """Typeset again only if the system switched between light and dark."""
        if self.dark != theme.is_dark():
            self.retypeset()

    def go_to_clause(self, clause_id: str) -> bool:
        index = self.model.index_for(clause_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)  # the tree's handler scrolls the text
            return True
        return self.view.go_to_clause(clause_id)

    def selected_clause_ids(self) -> list[str]:
        """The clauses selected in the tree, in document order (group rows left out)."""
        rows = self.tree.selectionModel().selectedRows()
        chosen = {i.data(ClauseIdRole) for i in rows if i.data(KindRole) == "clause"}
        return (
            [c.id for c in all_clauses(self.resolution) if c.id in chosen]
            if self.resolution
            else []
        )

    def show_footnote(self, num: str) -> None:
        """A clicked marker goes to its note (Back returns) and says it in the status bar."""
        note = self.resolution.footnote(num) if self.resolution else None
        here = self.navigator.place_now()  # taken before the jump: Back returns here
        if note is not None and here is not None and self.go_to_clause(f"fn{num}"):
            self.navigator.leave(here)
        self.statusMessage.emit(note_words(self.resolution, num))

    def describe(self, url: QUrl) -> str:
        """What a link under the pointer leads to, in words (empty when off every link)."""
        return link_words(url.toString(), self.library_titles, self.resolution)

    # -- Back / Forward --
    def go_back(self) -> None:
        self.navigator.back()

    def go_forward(self) -> None:
        self.navigator.forward()

    def _expand_groups(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

    # -- tree ⇄ text --
    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or not current.isValid():
            return
        clause_id = current.data(ClauseIdRole)
        if clause_id:
            self.view.go_to_clause(clause_id)
        elif current.data(KindRole) == "reference":
            self._show_first(current.data(TargetRole))

    def _show_first(self, target: str | None) -> None:
        cursor = self.view.document().find(target) if target else None
        if cursor is not None and not cursor.isNull():
            self.view.set_cursor_quietly(cursor)
            self.view.ensureCursorVisible()
            self.view.mark_range(cursor.selectionStart(), cursor.selectionEnd())

    def _select_row_for(self, clause_id: str) -> None:
        index = self.model.index_for(clause_id) if clause_id else QModelIndex()
        if not index.isValid() or index == self.tree.currentIndex():
            return
        self._following = True  # following the cursor must not move the cursor back
        try:
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.scrollTo(index)
        finally:
            self._following = False

"""Highlights in the Compare tab: the target of the actions, the context menu, the marks.

The diff view has one table for both resolutions; the side ("a" or "b") is the column of
the current cell, so the arrow keys or a click choose the pane the actions work on. The
clause is the one last clicked on that side when it is in the current row (a click can
land on a sub-paragraph), else the side's clause of the row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from resreader.compare.result import Pair
from resreader.highlights import HighlightStore, resolution_key
from resreader.model import Resolution
from resreader.ui import clipboard as clip
from resreader.ui.diff_model import SIDES, A, B, DiffModel
from resreader.ui.diff_view import DiffView
from resreader.ui.highlight_actions import HighlightActions, Target
from resreader.ui.highlight_marks import bar_colour, inherited, marks_of

COLUMNS = {"a": A, "b": B}


class DiffHighlights(QObject):
    def __init__(self, view: DiffView, store: HighlightStore, actions: HighlightActions) -> None:
        super().__init__(view)
        self.view, self.store, self.actions = view, store, actions
        self._side = "a"  # the pane last used, when the current cell is the margin
        self._clicked: tuple[str, str] | None = None  # (side, clause id) last clicked
        table = view.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_menu)
        table.selectionModel().currentChanged.connect(self._on_current)
        view.clauseActivated.connect(self._on_clicked)
        view.comparisonChanged.connect(self._on_comparison)

    # -- what the actions work on --
    def side(self) -> str:
        return SIDES.get(self.view.table.currentIndex().column(), self._side)

    def current(self) -> Target | None:
        """The focused pane's resolution and clause (no clause on a gap)."""
        cmp = self.view.comparison()
        if cmp is None:
            return None
        side = self.side()
        res = cmp.a if side == "a" else cmp.b
        row = self.view.table.currentIndex().row()
        pair = self.view.model.pair(row)
        if pair is None:
            return res, []
        cell = self.view.model.index(row, COLUMNS[side]).data(DiffModel.ClauseIdsRole) or []
        if self._clicked and self._clicked[0] == side and self._clicked[1] in cell:
            return res, [self._clicked[1]]
        own = pair.a if side == "a" else pair.b
        return res, [own] if own else []

    # -- showing highlights --
    def refresh(self, key: str | None = None) -> None:
        """Show the highlights of both sides again (only if `key` is one of them)."""
        cmp = self.view.comparison()
        if cmp is None or (key is not None and key not in _keys(cmp.a, cmp.b)):
            return
        model = self.view.model
        rows: tuple[dict[int, str], dict[int, str]] = ({}, {})  # row → tick colour, A and B
        self.view.table.delegate.clear_documents()  # the same layout, other backgrounds
        for side, res, ticks in (("a", cmp.a, rows[0]), ("b", cmp.b, rows[1])):
            marks = marks_of(self.store, res)
            model.set_highlights(side, marks)
            for row, pair in enumerate(cmp.pairs):
                found = [inherited(marks, cid) for p in pair.walk() if (cid := getattr(p, side))]
                first = next((m for m in found if m), None)
                if first:
                    ticks[row] = bar_colour(first.colour)
        self.view.overview.set_highlights(*rows)

    # -- the context menu --
    def menu_at(self, pos: QPoint) -> QMenu | None:
        """The menu for the clause under `pos` (table viewport coordinates)."""
        table, cmp = self.view.table, self.view.comparison()
        index = table.indexAt(pos)
        if cmp is None or not index.isValid() or index.column() not in SIDES:
            return None
        side, cid = SIDES[index.column()], table.clause_at(index, pos)
        if not cid:
            return None
        table.setCurrentIndex(index)  # the pane and row the keys now work on
        self._clicked = (side, cid)
        res: Resolution = cmp.a if side == "a" else cmp.b
        menu = self.actions.context_menu(res, [cid], table)
        pair = _pair_of(self.view.model.pair(index.row()), side, cid)
        if pair is not None and pair.a and pair.b and _has_changes(pair):
            menu.addSeparator()
            redline = menu.addAction("Copy as &Redline")
            redline.setStatusTip(
                "Copy the changes of this pair: deletions struck, insertions underlined"
            )
            redline.triggered.connect(lambda _checked=False, p=pair: self.copy_redline(p))
        return menu

    def copy_redline(self, pair: Pair) -> None:
        clip.copy_redline(pair.words, QGuiApplication.clipboard())
        cmp = self.view.comparison()
        a, b = (cmp.a.label, cmp.b.label) if cmp else ("A", "B")
        self.actions.message.emit(f"Copied the redline of {a} {pair.a} → {b} {pair.b}")

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.menu_at(pos)
        if menu is not None:
            menu.popup(self.view.table.viewport().mapToGlobal(pos))

    def _on_comparison(self, _cmp: object) -> None:
        self.refresh()
        self.actions.update_state()  # the result may arrive after the tab was opened

    def _on_clicked(self, side: str, cid: str) -> None:
        self._clicked, self._side = (side, cid), side
        self.actions.update_state()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.column() in SIDES:
            self._side = SIDES[current.column()]
        self.actions.update_state()


def _keys(*resolutions: Resolution) -> set[str]:
    return {resolution_key(res) for res in resolutions}


def _has_changes(pair: Pair) -> bool:
    return any(op != "equal" for op, _text in pair.words)


def _pair_of(pair: Pair | None, side: str, cid: str) -> Pair | None:
    """The pair (or sub-pair) that holds clause `cid` of `side`."""
    if pair is None:
        return None
    return next((p for p in pair.walk() if getattr(p, side) == cid), None)

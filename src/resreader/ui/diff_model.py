"""A thin table model over a Comparison: one row per pair; columns margin, A, B.

The Comparison stays the source of truth (docs/ARCHITECTURE.md, "Data flow"); the model only renders
rows on demand and caches each cell's rich text until the comparison or colours change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from resreader.compare.result import Comparison, Pair
from resreader.model import Clause, Resolution
from resreader.ui.diff_colors import LIGHT, DiffColors
from resreader.ui.diff_html import EMPTY, Cell, build_cell
from resreader.ui.diff_labels import header_text, margin_lines, margin_tooltip, partner_tooltip
from resreader.ui.highlight_marks import (
    Marks,
    bar_colour,
    inherited,
    note_tooltip,
    soft_background,
)
from resreader.ui.tooltips import text_tooltip

Index = QModelIndex | QPersistentModelIndex
STATUS, A, B = 0, 1, 2
SIDES = {A: "a", B: "b"}
PAGE_DARK = "#1b1c1f"  # about a dark palette's Base: what highlights fade into


class DiffModel(QAbstractTableModel):
    PairRole = Qt.ItemDataRole.UserRole + 1  # the Pair object
    StatusRole = Qt.ItemDataRole.UserRole + 2  # "same" | "renumbered" | …
    HtmlRole = Qt.ItemDataRole.UserRole + 3  # the text cell's rich text ("" for a gap)
    ClauseIdsRole = Qt.ItemDataRole.UserRole + 4  # the clause id of each text block
    ClauseIdRole = Qt.ItemDataRole.UserRole + 5  # the cell's own clause id, or None
    MarginRole = Qt.ItemDataRole.UserRole + 6  # the margin's lines of text
    PartStartRole = Qt.ItemDataRole.UserRole + 7  # True on the first operative row
    BarsRole = Qt.ItemDataRole.UserRole + 8  # per text block: its highlight's bar colour or ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cmp: Comparison | None = None
        self._pairs: list[Pair] = []
        self._clauses: dict[str, dict[str, Clause]] = {"a": {}, "b": {}}
        self._colors = LIGHT
        self._cells: dict[tuple[int, int], Cell] = {}
        self._first_operative = -1
        self._marks: dict[str, Marks] = {"a": {}, "b": {}}

    # --- what the view feeds in -------------------------------------------------------------

    def comparison(self) -> Comparison | None:
        return self._cmp

    def set_comparison(self, cmp: Comparison | None) -> None:
        self.beginResetModel()
        self._cmp = cmp
        self._pairs = list(cmp.pairs) if cmp else []
        self._clauses = {"a": _index(cmp.a) if cmp else {}, "b": _index(cmp.b) if cmp else {}}
        self._first_operative = _first_operative(self._pairs)
        self._cells.clear()
        self.endResetModel()

    def set_colors(self, colors: DiffColors) -> None:
        if colors == self._colors:
            return
        self._colors = colors
        self._cells.clear()
        if self._pairs:
            last = self.index(len(self._pairs) - 1, B)
            self.dataChanged.emit(self.index(0, STATUS), last)

    def colors(self) -> DiffColors:
        return self._colors

    def set_highlights(self, side: str, marks: Marks) -> None:
        """The highlights of one side's resolution; its cells are built again."""
        if marks == self._marks[side]:
            return
        self._marks[side] = dict(marks)
        column = A if side == "a" else B
        self._cells = {key: cell for key, cell in self._cells.items() if key[1] != column}
        if self._pairs:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._pairs) - 1, column))

    def highlights(self, side: str) -> Marks:
        return self._marks[side]

    def pair(self, row: int) -> Pair | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def cell(self, row: int, column: int) -> Cell:
        pair = self.pair(row)
        if pair is None or column not in SIDES:
            return EMPTY
        key = (row, column)
        if key not in self._cells:
            side = SIDES[column]
            base = "#ffffff" if not self._colors.dark else PAGE_DARK
            backgrounds = {
                cid: soft_background(m.colour, self._colors.dark, base)
                for cid, m in self._marks[side].items()
            }
            self._cells[key] = build_cell(
                self._clauses[side], pair, side, self._colors, backgrounds
            )
        return self._cells[key]

    def text_lengths(self, row: int, column: int) -> list[int]:
        """The length of each clause in a text cell, cheaply (for estimating its height)."""
        pair, side = self.pair(row), SIDES.get(column)
        cid = (pair.a if side == "a" else pair.b) if pair and side else None
        clause = self._clauses[side].get(cid) if cid and side else None
        return _lengths(clause) if clause else []

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.pair(index.row()) if index.isValid() else None
        if pair is None:
            return None
        if role == self.PairRole:
            return pair
        if role == self.StatusRole:
            return pair.status
        if role == self.PartStartRole:
            return index.row() == self._first_operative
        column = index.column()
        if column == STATUS:
            return self._margin_data(pair, role)
        return self._text_data(index.row(), column, pair, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._cmp is None:
            return None
        if section not in SIDES or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        res = self._cmp.a if section == A else self._cmp.b
        text = f"{SIDES[section].upper()}   {header_text(res)}"
        return text if role == Qt.ItemDataRole.DisplayRole else text_tooltip(text)

    # --- roles --------------------------------------------------------------------------------

    def _margin_data(self, pair: Pair, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, self.MarginRole):
            lines = margin_lines(pair, self._clauses["a"], self._clauses["b"])
            return lines if role == self.MarginRole else "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return margin_tooltip(pair, self._clauses["a"], self._clauses["b"])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(self._colors.status_color(pair.status))
        return None

    def _text_data(self, row: int, column: int, pair: Pair, role: int) -> Any:
        side = SIDES[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column).plain
        if role == self.HtmlRole:
            return self.cell(row, column).html
        if role == self.ClauseIdsRole:
            return list(self.cell(row, column).clause_ids)
        if role == self.ClauseIdRole:
            return pair.a if side == "a" else pair.b
        if role == self.BarsRole:
            marks = self._marks[side]
            found = (
                inherited(marks, cid) if cid else None for cid in self.cell(row, column).clause_ids
            )
            return [bar_colour(mark.colour) if mark else "" for mark in found]
        if role == Qt.ItemDataRole.ToolTipRole:
            own = self._marks[side].get((pair.a if side == "a" else pair.b) or "")
            tip = self._partner_tooltip(row, column, pair)
            return note_tooltip(own.note) + tip if own and own.note else tip
        return None

    def _partner_tooltip(self, row: int, column: int, pair: Pair) -> str:
        assert self._cmp is not None
        if column == A:
            return partner_tooltip(self._cmp.b, pair.b, self.cell(row, B).plain, "a")
        return partner_tooltip(self._cmp.a, pair.a, self.cell(row, A).plain, "b")


def _index(res: Resolution) -> dict[str, Clause]:
    return {clause.id: clause for clause in res.clauses()}


def _first_operative(pairs: list[Pair]) -> int:
    """The row where the operative part starts (pairs come preamble first)."""
    for row, pair in enumerate(pairs):
        if (pair.b or pair.a or "").startswith("op"):
            return row
    return -1


def _lengths(clause: Clause) -> list[int]:
    return [len(clause.text) + 4] + [n for sub in clause.subparagraphs for n in _lengths(sub)]

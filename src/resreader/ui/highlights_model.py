"""The highlights panel's item model: resolution rows, each with its highlight rows beneath.

One thin adapter over `HighlightStore.all()`: the store stays the source of truth and
`refresh()` rereads it. Columns: where the clause sits ("para. 12", with a colour swatch),
the start of its text, the note. A colour filter hides highlights of other colours, and a
resolution with nothing left to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from resreader.citation import locate
from resreader.highlight_lookup import ResolutionFinder
from resreader.highlights import PALETTE, Highlight, HighlightStore, all_clauses
from resreader.model import Clause, Resolution
from resreader.safe_text import display_text
from resreader.ui import theme
from resreader.ui.headers import column_title
from resreader.ui.tooltips import text_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

# Custom roles are never None: "" where there is nothing to say.
KindRole = Qt.ItemDataRole.UserRole + 1  # "resolution" | "highlight"
KeyRole = Qt.ItemDataRole.UserRole + 2  # the resolution key (its symbol, or "sha256:…")
ClauseIdRole = Qt.ItemDataRole.UserRole + 3  # "op7(c)"; "" on resolution rows
ColourRole = Qt.ItemDataRole.UserRole + 4  # "yellow"; "" on resolution rows
NoteRole = Qt.ItemDataRole.UserRole + 5

HEADERS = ("Highlight", "Text", "Note")
SNIPPET = 80  # characters of clause text shown


@dataclass(eq=False)
class Group:
    """One resolution's row; `row` is its place among the groups."""

    key: str
    label: str
    title: str | None
    row: int
    resolution: Resolution | None
    highlights: list[Highlight] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # "para. 12", per highlight
    texts: list[str] = field(default_factory=list)  # the clause text, per highlight
    clauses: dict[str, Clause] = field(default_factory=dict)  # the resolution's, by id

    def add(self, h: Highlight) -> None:
        """Compute what the row shows once, not on every paint."""
        res = self.resolution
        if res is not None and not self.clauses:
            self.clauses = {c.id: c for c in all_clauses(res)}
        clause = self.clauses.get(h.clause_id)
        self.highlights.append(h)
        self.places.append(_place(res, clause) if res and clause else h.clause_id)
        self.texts.append(" ".join(clause.text.split()) if clause else h.text)

    @property
    def heading(self) -> str:
        title = f" — {self.title}" if self.title and self.title != self.label else ""
        return f"{self.label}{title} ({len(self.highlights)})"


class _Root:
    """The internal pointer of top-level rows (children of the invisible root)."""


class HighlightsModel(QAbstractItemModel):
    def __init__(
        self, store: HighlightStore, finder: ResolutionFinder | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.finder = finder or ResolutionFinder()
        self._colours: frozenset[str] = frozenset()  # empty: every colour
        self._groups: list[Group] = []
        self._root = _Root()
        self._dark = False
        self.refresh()

    # -- content --
    def refresh(self) -> None:
        """Reread the store (after any change to highlights or to the library)."""
        self.beginResetModel()
        self._groups = []
        self._dark = theme.is_dark()
        for h in self.store.all():
            if self._colours and h.colour not in self._colours:
                continue
            if not self._groups or self._groups[-1].key != h.key:
                self._groups.append(
                    Group(h.key, h.label, h.title, len(self._groups), self.finder.for_highlight(h))
                )
            self._groups[-1].add(h)
        self.endResetModel()

    def set_colour_filter(self, colours: set[str] | frozenset[str] | None) -> None:
        """Show only these colours; None or empty shows every highlight."""
        self._colours = frozenset(colours or ())
        self.refresh()

    def colour_filter(self) -> frozenset[str]:
        return self._colours

    def highlights(self) -> list[Highlight]:
        """What the model shows, in its order."""
        return [h for g in self._groups for h in g.highlights]

    def group(self, index: ModelIndex) -> Group | None:
        if not index.isValid():
            return None
        pointer = index.internalPointer()
        return self._groups[index.row()] if pointer is self._root else pointer

    def highlight(self, index: ModelIndex) -> Highlight | None:
        if not index.isValid() or index.internalPointer() is self._root:
            return None
        return index.internalPointer().highlights[index.row()]

    def index_of(self, key: str, clause_id: str | None = None) -> QModelIndex:
        group = next((g for g in self._groups if g.key == key), None)
        if group is None:
            return QModelIndex()
        if clause_id is None:
            return self.createIndex(group.row, 0, self._root)
        row = next((r for r, h in enumerate(group.highlights) if h.clause_id == clause_id), -1)
        return self.createIndex(row, 0, group) if row >= 0 else QModelIndex()

    # -- the QAbstractItemModel interface --
    def index(self, row: int, column: int, parent: ModelIndex = NO_PARENT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._root)
        return self.createIndex(row, column, self._groups[parent.row()])

    def parent(self, index: ModelIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalPointer() is self._root:
            return QModelIndex()
        return self.createIndex(index.internalPointer().row, 0, self._root)

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalPointer() is not self._root:
            return 0
        return len(self._groups[parent.row()].highlights)

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return len(HEADERS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalPointer() is not self._root:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(HEADERS, section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pointer = index.internalPointer()
        if pointer is self._root:
            found = _group_data(self._groups[index.row()], index.column(), role)
        else:
            found = _highlight_data(pointer, index.row(), index.column(), role, self._dark)
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        return display_text(found) if shown and isinstance(found, str) else found


def _group_data(group: Group, column: int, role: int) -> Any:
    common = {
        KindRole: "resolution",
        KeyRole: group.key,
        ClauseIdRole: "",
        ColourRole: "",
        NoteRole: "",
    }
    if role in common:
        return common[role]
    if role == Qt.ItemDataRole.DisplayRole:
        return group.heading if column == 0 else ""
    if role == Qt.ItemDataRole.ToolTipRole:
        missing = "" if group.resolution else "\nNot in the library: its text cannot be copied."
        return text_tooltip(f"{group.label}{' — ' + group.title if group.title else ''}{missing}")
    return None


def _highlight_data(group: Group, row: int, column: int, role: int, dark: bool) -> Any:
    h = group.highlights[row]
    common = {
        KindRole: "highlight",
        KeyRole: h.key,
        ClauseIdRole: h.clause_id,
        ColourRole: h.colour,
        NoteRole: h.note,
    }
    if role in common:
        return common[role]
    if role == Qt.ItemDataRole.DisplayRole:
        cells = (group.places[row], _snippet(group.texts[row]), h.note)
        return cells[column] if 0 <= column < len(cells) else None
    if role == Qt.ItemDataRole.DecorationRole and column == 0:
        colour = PALETTE.get(h.colour)
        return QColor(colour.dark if dark else colour.light) if colour else None
    if role == Qt.ItemDataRole.ToolTipRole:
        note = f"\nNote: {h.note}" if h.note else ""
        return f"{group.label}, {group.places[row]}\n{group.texts[row]}{note}"
    return None


def _place(res: Resolution, clause: Clause) -> str:
    try:
        return locate(res, clause)
    except ValueError:
        return clause.id


def _snippet(text: str) -> str:
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1].rstrip() + "…"

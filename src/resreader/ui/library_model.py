"""A thin item model over `resreader.library.Library`: the library stays the source of truth.

Rows are library entries (already sorted by adoption date); columns: symbol, title, adopted.
`LibraryFilter` matches what the user types against symbol and title.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from resreader.library import Entry, Library, chronology
from resreader.safe_text import display_text
from resreader.ui.headers import column_title
from resreader.ui.tooltips import text_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the default parent: the invisible root

EntryRole = Qt.ItemDataRole.UserRole + 1  # the library Entry object
PathRole = Qt.ItemDataRole.UserRole + 2  # str(entry.path)
FilterRole = Qt.ItemDataRole.UserRole + 3  # "symbol title", what the filter box matches
SortRole = Qt.ItemDataRole.UserRole + 4  # a key that puts undated entries last

HEADERS = ("Symbol", "Title", "Adopted")
NO_DATE = "—"
ORIGINS = {"seed": "bundled sample", "user": "your library", "opened": "opened this session"}


class LibraryModel(QAbstractItemModel):
    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library

    # -- the QAbstractItemModel interface (flat: every row is a child of the root) --
    def index(self, row: int, column: int, parent: ModelIndex = NO_PARENT) -> QModelIndex:
        if parent.isValid() or not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: ModelIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.library.entries)

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(HEADERS, section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.library.entries):
            return None
        entry = self.library.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            cell = _cell(entry, index.column())
            return None if cell is None else display_text(cell)  # no spoofing reorder
        if role == Qt.ItemDataRole.ToolTipRole:
            return text_tooltip(
                f"{entry.symbol or entry.path.stem} — {entry.title}\n"
                f"{entry.path}\n({ORIGINS.get(entry.origin, entry.origin)})"
            )
        if role == EntryRole:
            return entry
        if role == PathRole:
            return str(entry.path)
        if role == FilterRole:
            return display_text(f"{entry.symbol or ''} {entry.title}")  # what is shown
        if role == SortRole:
            return _sort_key(entry, index.column())
        return None

    # -- helpers for the panel --
    def entry(self, index: ModelIndex) -> Entry | None:
        value = self.data(index, EntryRole)
        return value if isinstance(value, Entry) else None

    def row_of(self, entry: Entry) -> int:
        return next((i for i, e in enumerate(self.library.entries) if e is entry), -1)

    def rescan(self) -> None:
        self.beginResetModel()
        self.library.scan()
        self.endResetModel()

    def open_path(self, path: Path) -> Entry:
        """Parse and list a file (raises ParseError, leaving the model as it was)."""
        known = {id(e) for e in self.library.entries}
        entry = self.library.open(path)
        if id(entry) not in known:
            # Library.open inserted it already; replay the insertion for the views.
            row = self.row_of(entry)
            self.library.entries.pop(row)
            self.beginInsertRows(QModelIndex(), row, row)
            self.library.entries.insert(row, entry)
            self.endInsertRows()
        return entry

    def add_to_library(self, entry: Entry) -> Entry:
        """Copy an opened file into the user's library folder (raises OSError)."""
        self.library.add_to_library(entry)
        row = self.row_of(entry)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        return entry


class LibraryFilter(QSortFilterProxyModel):
    """Case-insensitive "contains" over symbol and title; sorted by the date column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterRole(FilterRole)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SortRole)


def _cell(entry: Entry, column: int) -> str | None:
    if column == 0:
        return entry.symbol or entry.path.stem
    if column == 1:
        return entry.title
    if column == 2:
        return entry.adopted or NO_DATE
    return None


def _sort_key(entry: Entry, column: int) -> str:
    # Undated entries sort with their session, or after every date ("—" is not a key).
    date = chronology(entry.resolution)
    text = _cell(entry, column) or ""
    return f"{date} {entry.symbol or ''}" if column == 2 else f"{text.casefold()} {date}"
